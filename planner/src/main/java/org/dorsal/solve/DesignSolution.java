package org.dorsal.solve;

/**
 * A forest on the design network: each node's parent arc (-1 when it is unused or a gateway) and
 * each link's option (a global option index, -1 when the link is not equipped).
 *
 * <p>Arrays are owned by this object: callers must not change them.
 */
record DesignSolution(int[] parentArc, int[] linkOption, double objectiveUsd) {

  /** Capex of the chosen options (build cost per km included). */
  double capexUsd(DesignNetwork net) {
    double sum = 0;
    for (int k : linkOption) {
      if (k >= 0) {
        sum += net.optionCapexUsd[k];
      }
    }
    return sum;
  }

  /** Whether the plan keeps within the instance's capex budget (to a relative 1e-9). */
  boolean withinBudget(DesignNetwork net) {
    return withinBudget(net, net.capexBudgetUsd);
  }

  /** Whether the plan's capex on this network is at most the given budget (to a relative 1e-9). */
  boolean withinBudget(DesignNetwork net, double capexBudgetUsd) {
    return capexBudgetUsd == Double.POSITIVE_INFINITY || capexUsd(net) <= capexBudgetUsd * (1 + 1e-9) + 1e-6;
  }
}
