package org.dorsal.model;

/**
 * Engineering and money limits on a plan.
 *
 * @param maxMicrowaveHops the longest run of consecutive microwave hops on any site's path before
 *     it reaches fiber, a gateway or a satellite terminal
 * @param capexBudgetUsd total capex allowed, or {@code Double.POSITIVE_INFINITY} for no budget
 * @param routing whether a site's traffic takes one path (a forest) or may be split
 */
public record Constraints(int maxMicrowaveHops, double capexBudgetUsd, Routing routing) {

  /** Single-path routing. */
  public Constraints(int maxMicrowaveHops, double capexBudgetUsd) {
    this(maxMicrowaveHops, capexBudgetUsd, Routing.SINGLE_PATH);
  }

  public boolean hasBudget() {
    return capexBudgetUsd != Double.POSITIVE_INFINITY;
  }

  public boolean splitRouting() {
    return routing == Routing.SPLIT;
  }
}
