package org.dorsal.scenario;

/**
 * Which points of a coverage-versus-capex curve are Pareto optimal: a point is, unless another
 * has at least its coverage at lower capex, or more coverage at the same or lower capex. Points
 * without a plan (NaN figures) are never optimal and dominate nothing.
 */
public final class ParetoFlags {
  /** Relative tolerance within which two figures count as equal. */
  private static final double TOLERANCE = 1e-9;

  private ParetoFlags() {}

  /** @return per point whether it is Pareto optimal */
  public static boolean[] of(double[] capexUsd, double[] coverage) {
    int n = capexUsd.length;
    boolean[] optimal = new boolean[n];
    for (int p = 0; p < n; p++) {
      if (Double.isNaN(capexUsd[p]) || Double.isNaN(coverage[p])) {
        continue;
      }
      optimal[p] = true;
      for (int q = 0; q < n && optimal[p]; q++) {
        if (q == p || Double.isNaN(capexUsd[q]) || Double.isNaN(coverage[q])) {
          continue;
        }
        boolean cheaper = less(capexUsd[q], capexUsd[p]);
        boolean noDearer = !less(capexUsd[p], capexUsd[q]);
        boolean more = less(coverage[p], coverage[q]);
        boolean noLess = !less(coverage[q], coverage[p]);
        if ((cheaper && noLess) || (noDearer && more)) {
          optimal[p] = false;
        }
      }
    }
    return optimal;
  }

  /** a < b beyond the tolerance. */
  private static boolean less(double a, double b) {
    return a < b - TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
