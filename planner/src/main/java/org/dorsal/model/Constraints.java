package org.dorsal.model;

/**
 * Engineering and money limits on a plan.
 *
 * @param maxMicrowaveHops the longest run of consecutive microwave hops on any site's path before
 *     it reaches fiber, a gateway or a satellite terminal
 * @param capexBudgetUsd total capex allowed, or {@code Double.POSITIVE_INFINITY} for no budget
 */
public record Constraints(int maxMicrowaveHops, double capexBudgetUsd) {

  public boolean hasBudget() {
    return capexBudgetUsd != Double.POSITIVE_INFINITY;
  }
}
