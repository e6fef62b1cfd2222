package org.dorsal.model;

/**
 * A single-commodity fixed-charge network flow problem on a directed graph, as in FCNetLib
 * (Ortega and Wolsey): choose which arcs to open and how much to send on each so that
 *
 * <pre>
 *   minimise   sum over arcs a of  costPerFlowUnit[a] * x[a] + fixedCost[a] * y[a]
 *   subject to inflow(v) - outflow(v) = demandUnits[v]   for every node v
 *              0 &lt;= x[a] &lt;= flowCapacityUnits[a] * y[a],  y[a] in {0, 1}
 * </pre>
 *
 * <p>Flow is splittable and continuous; arcs are directed and priced per direction; a node with
 * negative demand is a source. Parallel arcs between the same two nodes are told apart by {@link
 * #arcCopy()} (FCNetLib's index {@code s}: a second copy usually has a lower variable and a higher
 * fixed cost, which models a concave cost curve). Arcs from a node to itself may occur (the
 * computed-cost files have them); their cost is positive, so no optimal solution opens them.
 *
 * <p>Nodes are 0..nodeCount-1 (FCNetLib's labels n1..nK), arcs 0..arcCount-1 ordered by tail,
 * head, then copy. The arrays are the problem's storage, not copies: do not change them.
 *
 * @param name short name (the file name without extension)
 * @param nodeCount number of nodes
 * @param demandUnits per node, inflow minus outflow required (positive: a sink, negative: a source)
 * @param arcTail per arc, the node it leaves
 * @param arcHead per arc, the node it enters
 * @param arcCopy per arc, 0-based copy index among arcs with the same tail and head
 * @param fixedCost per arc, paid once when the arc carries flow (opened)
 * @param costPerFlowUnit per arc, paid per unit of flow on it
 * @param flowCapacityUnits per arc, the most flow it can carry when opened
 * @param atMostOneOutArc the reference model's optional {@code tree} constraints: every node opens
 *     at most one leaving arc
 * @param sinksFedByOneArc the optional {@code tt1} constraints: every node with positive demand has
 *     exactly one opened entering arc
 * @param transitNodesFedByAtMostOneArc the optional {@code tt2} constraints: every node with zero
 *     demand has at most one opened entering arc
 */
public record FixedChargeFlowProblem(
    String name,
    int nodeCount,
    double[] demandUnits,
    int[] arcTail,
    int[] arcHead,
    int[] arcCopy,
    double[] fixedCost,
    double[] costPerFlowUnit,
    double[] flowCapacityUnits,
    boolean atMostOneOutArc,
    boolean sinksFedByOneArc,
    boolean transitNodesFedByAtMostOneArc) {

  public FixedChargeFlowProblem {
    int arcs = arcTail.length;
    if (demandUnits.length != nodeCount) {
      throw new IllegalArgumentException("demandUnits has " + demandUnits.length + " entries for " + nodeCount + " nodes");
    }
    if (arcHead.length != arcs || arcCopy.length != arcs || fixedCost.length != arcs
        || costPerFlowUnit.length != arcs || flowCapacityUnits.length != arcs) {
      throw new IllegalArgumentException("the arc arrays differ in length");
    }
  }

  public int arcCount() {
    return arcTail.length;
  }

  /** Number of nodes with non-zero demand (sources and sinks). */
  public int terminalCount() {
    int count = 0;
    for (double d : demandUnits) {
      count += d != 0 ? 1 : 0;
    }
    return count;
  }

  /** Number of nodes with negative demand. */
  public int sourceCount() {
    int count = 0;
    for (double d : demandUnits) {
      count += d < 0 ? 1 : 0;
    }
    return count;
  }

  /** Total supply: the sum of the sources' negated demands. */
  public double totalSupplyUnits() {
    double sum = 0;
    for (double d : demandUnits) {
      sum += d < 0 ? -d : 0;
    }
    return sum;
  }
}
