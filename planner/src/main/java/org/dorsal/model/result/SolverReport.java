package org.dorsal.model.result;

/** The solver's statistics as written to the result. */
public record SolverReport(
    String status,
    String solver,
    double objectiveUsd,
    double boundUsd,
    double gap,
    double seconds,
    double heuristicObjectiveUsd,
    long branchAndBoundNodes) {}
