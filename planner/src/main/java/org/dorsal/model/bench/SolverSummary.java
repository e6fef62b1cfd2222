package org.dorsal.model.bench;

/**
 * One solver's results over a benchmark run.
 *
 * @param instances instances the solver ran on (every row of the solver)
 * @param withCost rows with a verified plan
 * @param compared rows with both a verified plan and a known value: what the gap figures cover
 * @param meanGapToKnown mean of (cost - known) / known over the compared rows; NaN when none
 * @param maxGapToKnown the largest of those gaps; NaN when none
 * @param atKnownValue compared rows whose |gap| is below 1e-6
 * @param meanSeconds mean solver wall time over all the solver's rows
 */
public record SolverSummary(
    String solver,
    int instances,
    int withCost,
    int compared,
    double meanGapToKnown,
    double maxGapToKnown,
    int atKnownValue,
    double meanSeconds) {}
