package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.dorsal.model.Constraints;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;

/**
 * Keeps a capex budget by pricing capex (Lagrangian relaxation of the budget): a planner that
 * ignores budgets minimises net present cost + λ x capex instead, which makes capex-light choices
 * (leases, satellite, fewer builds) win as λ grows; λ is searched for the least price whose plan
 * keeps the budget. Any bound B(λ) of the priced problem gives a bound of the budgeted one,
 * B(λ) - λ x budget, since every plan within the budget pays at most its priced cost minus that.
 */
final class CapexPricing {
  /** Largest price tried per USD of capex before giving up. */
  static final double MAX_PRICE = 1024;
  /** Bisection steps after the first price that keeps the budget. */
  static final int BISECTION_STEPS = 6;

  /** The best plan found that keeps the budget (on the original network) and its price λ. */
  record Found(DesignSolution solution, double price) {}

  private final DesignNetwork net;

  CapexPricing(DesignNetwork net) {
    this.net = net;
  }

  /**
   * The network of the instance with every capex times (1 + price) and no budget: option NPCs
   * become NPC + price x capex, everything else is unchanged and indices stay the same.
   */
  DesignNetwork priced(double price) {
    Instance instance = net.instance();
    List<Link> links = new ArrayList<>(instance.links().size());
    double factor = 1 + price;
    for (Link l : instance.links()) {
      List<LinkOption> options = new ArrayList<>(l.options().size());
      for (LinkOption o : l.options()) {
        options.add(new LinkOption(o.id(), o.capacityMbps(), o.capexUsd() * factor, o.opexUsdPerYear(),
            o.leaseUsdPerMbpsMonth(), o.leaseUsdPerYear()));
      }
      links.add(new Link(l.id(), l.fromId(), l.toId(), l.technology(), l.lengthKm(), l.buildUsdPerKm() * factor,
          options));
    }
    Constraints c = instance.constraints();
    return DesignNetwork.of(instance.withLinks(links)
        .withConstraints(new Constraints(c.maxMicrowaveHops(), Double.POSITIVE_INFINITY)));
  }

  /**
   * A plan of a priced network as a plan of the original one: links re-equipped with the cheapest
   * module for their flow when that keeps the budget, else with the priced plan's own modules.
   */
  DesignSolution onOriginal(DesignSolution pricedPlan) {
    ForestState forest = ForestState.fromParents(net, pricedPlan.parentArc());
    DesignSolution cheapest = forest.snapshot();
    if (cheapest.withinBudget(net)) {
      return cheapest;
    }
    double linkCost = 0;
    double kept = 0;
    for (int l = 0; l < net.linkCount; l++) {
      if (cheapest.linkOption()[l] >= 0) {
        linkCost += net.optionNpcUsd[cheapest.linkOption()[l]];
      }
      if (pricedPlan.linkOption()[l] >= 0) {
        kept += net.optionNpcUsd[pricedPlan.linkOption()[l]];
      }
    }
    return new DesignSolution(pricedPlan.parentArc().clone(), pricedPlan.linkOption().clone(),
        cheapest.objectiveUsd() - linkCost + kept);
  }

  /**
   * Searches the price: plans at 0, then at prices growing fourfold from 1/16 until a plan keeps
   * the budget, then bisects between the last price over the budget and the first within it.
   * Returns the cheapest plan within the budget found on the way (of equal ones, the one at the
   * lower price), or null when none was found
   * before the deadline or up to {@link #MAX_PRICE}.
   *
   * @param planner plans a priced network by the deadline (null when it finds no plan)
   */
  Found search(BiFunction<DesignNetwork, Long, DesignSolution> planner, long deadlineNanos) {
    Found best = null;
    double over = 0;
    double within = Double.NaN;
    for (double price = 0; price <= MAX_PRICE; price = price == 0 ? 1.0 / 16 : price * 4) {
      if (System.nanoTime() > deadlineNanos) {
        return best;
      }
      DesignSolution plan = planAt(planner, price, deadlineNanos);
      if (plan == null) {
        return best;
      }
      if (plan.withinBudget(net)) {
        best = better(best, plan, price);
        within = price;
        break;
      }
      over = price;
    }
    if (Double.isNaN(within) || within == 0) {
      return best;
    }
    for (int step = 0; step < BISECTION_STEPS && System.nanoTime() < deadlineNanos; step++) {
      double price = (over + within) / 2;
      DesignSolution plan = planAt(planner, price, deadlineNanos);
      if (plan == null) {
        break;
      }
      if (plan.withinBudget(net)) {
        best = better(best, plan, price);
        within = price;
      } else {
        over = price;
      }
    }
    return best;
  }

  private DesignSolution planAt(BiFunction<DesignNetwork, Long, DesignSolution> planner, double price,
      long deadlineNanos) {
    DesignSolution pricedPlan = planner.apply(priced(price), deadlineNanos);
    return pricedPlan == null ? null : onOriginal(pricedPlan);
  }

  /** The cheaper plan; of equal ones the lower price (bisection tries lower prices later). */
  private static Found better(Found best, DesignSolution plan, double price) {
    boolean replace = best == null || plan.objectiveUsd() < best.solution().objectiveUsd() - 1e-6
        || (plan.objectiveUsd() <= best.solution().objectiveUsd() + 1e-6 && price < best.price());
    return replace ? new Found(plan, price) : best;
  }
}
