package org.dorsal.model;

/**
 * What the solver reports about a plan.
 *
 * @param objectiveUsd net present cost plus penalties of unserved optional sites
 * @param boundUsd best proven lower bound on the objective
 * @param gap relative gap (objective - bound) / objective, 0 when optimal
 * @param heuristicObjectiveUsd objective of the construction heuristic (warm start), NaN if none
 */
public record SolveStats(
    SolveStatus status,
    double objectiveUsd,
    double boundUsd,
    double gap,
    double seconds,
    String solverName,
    double heuristicObjectiveUsd,
    long branchAndBoundNodes) {}
