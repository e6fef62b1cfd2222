package org.dorsal.model.result;

/**
 * How much a coverage plan serves, and how much any plan within the budget could serve.
 *
 * @param weight "population" or "priority"
 * @param weightCovered total weight of the served sites (required ones included)
 * @param weightBound proven upper bound on the weight any plan within every constraint and the
 *     budget can serve (at least weightCovered)
 * @param weightGap (weightBound - weightCovered) / weightBound, 0 when the bound is 0
 * @param capexBudgetUsd the total budget planned for, infinity when there is none (written as null)
 * @param capexBudgetUsdPerYear the roll-out's yearly budget planned for, infinity when there is none
 *     (written as null)
 */
public record CoverageReport(String weight, double weightCovered, double weightBound, double weightGap,
    double capexBudgetUsd, double capexBudgetUsdPerYear) {

  /** The report with the gap computed from the covered weight and the bound. */
  public static CoverageReport of(String weight, double weightCovered, double weightBound, double capexBudgetUsd,
      double capexBudgetUsdPerYear) {
    double bound = Math.max(weightBound, weightCovered);
    double gap = bound > 0 ? (bound - weightCovered) / bound : 0;
    return new CoverageReport(weight, weightCovered, bound, gap, capexBudgetUsd, capexBudgetUsdPerYear);
  }
}
