package org.dorsal.solve;

/**
 * Forests for a roll-out whose capex budgets bind: the construction heuristic on the last year's
 * network with capex priced up ({@link CapexPricing#priced}), at prices growing fourfold from
 * 1/16 until the forest has a schedule within the budgets, then bisected between the last price
 * without one and the first with one. A higher price gives a leaner forest (leases, satellite,
 * fewer builds): less capex in the early years, more running cost. Returns the forest whose
 * schedule costs least among those tried.
 */
final class PricedRolloutForests {
  static final int BISECTION_STEPS = 3;

  /** A forest (each node's parent arc) and its schedule within the budgets. */
  record Found(int[] parentArc, RolloutScheduler.Result schedule, double price) {}

  private final RolloutScheduler scheduler;
  private final CapexPricing pricing;

  PricedRolloutForests(RolloutNetwork rn, RolloutScheduler scheduler) {
    this.scheduler = scheduler;
    this.pricing = new CapexPricing(rn.net);
  }

  /** The cheapest forest with a schedule found by the deadline, or null. */
  Found search(long deadlineNanos) {
    Found best = null;
    double over = 0;
    double within = Double.NaN;
    for (double price = 1.0 / 16; price <= CapexPricing.MAX_PRICE; price *= 4) {
      if (System.nanoTime() > deadlineNanos) {
        return best;
      }
      Found found = tryAt(price, deadlineNanos);
      if (found != null) {
        best = cheaper(best, found);
        within = price;
        break;
      }
      over = price;
    }
    for (int step = 0; step < BISECTION_STEPS && !Double.isNaN(within); step++) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      double price = (over + within) / 2;
      Found found = tryAt(price, deadlineNanos);
      if (found != null) {
        best = cheaper(best, found);
        within = price;
      } else {
        over = price;
      }
    }
    return best;
  }

  private Found tryAt(double price, long deadlineNanos) {
    // each price gets the construction's first start improved (the soft deadline is now)
    DesignSolution forest = new ShortestPathHeuristic(pricing.priced(price)).solve(System.nanoTime(), deadlineNanos);
    if (forest == null) {
      return null;
    }
    RolloutScheduler.Result schedule = scheduler.schedule(forest.parentArc());
    return schedule.failure() == null ? new Found(forest.parentArc(), schedule, price) : null;
  }

  private static Found cheaper(Found a, Found b) {
    return a == null || b.schedule().objectiveUsd() < a.schedule().objectiveUsd() - 1e-6 ? b : a;
  }
}
