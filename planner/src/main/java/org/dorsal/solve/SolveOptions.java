package org.dorsal.solve;

/**
 * How to solve.
 *
 * @param timeLimitSeconds wall-clock limit for the whole solve
 * @param relativeGap stop when (objective - bound) / objective is at most this
 * @param seed random seed handed to the MIP solver
 * @param threads worker threads: with 2 or more a second thread computes the lower bound
 * @param useMip false to stop after the heuristic (no bound beyond the trivial one)
 */
public record SolveOptions(double timeLimitSeconds, double relativeGap, long seed, int threads, boolean useMip) {

  public static SolveOptions defaults() {
    return new SolveOptions(60, 1e-4, 1, 1, true);
  }
}
