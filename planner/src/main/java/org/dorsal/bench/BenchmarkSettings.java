package org.dorsal.bench;

/**
 * How a benchmark run solves: every solver gets the same time limit per instance; the planner also
 * the thread count. The gap tolerance and the seed are fixed so that runs compare.
 *
 * @param timeLimitSeconds wall-clock limit of each solver on each instance
 * @param threads worker threads of the planner ({@code dorsal}); the baselines use one
 */
public record BenchmarkSettings(double timeLimitSeconds, int threads) {
  /** Relative gap at which the planner and the plain MIP stop. */
  public static final double RELATIVE_GAP = 1e-6;
  /** Seed of every solver that takes one. */
  public static final long SEED = 1;

  public BenchmarkSettings {
    if (!(timeLimitSeconds > 0) || Double.isInfinite(timeLimitSeconds) || threads < 1) {
      throw new IllegalArgumentException("the time limit must be a finite number of seconds above 0 and the"
          + " threads at least 1, not " + timeLimitSeconds + " s and " + threads);
    }
  }
}
