package org.dorsal.solve;

/**
 * A forest on the design network: each node's parent arc (-1 when it is unused or a gateway) and
 * each link's option (a global option index, -1 when the link is not equipped).
 *
 * <p>Arrays are owned by this object: callers must not change them.
 */
record DesignSolution(int[] parentArc, int[] linkOption, double objectiveUsd) {}
