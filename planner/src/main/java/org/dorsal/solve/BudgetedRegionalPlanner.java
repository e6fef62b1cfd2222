package org.dorsal.solve;

import java.util.List;
import java.util.Locale;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;

/**
 * Plans a large network under a capex budget region by region: the regional planner knows no
 * budget, so capex is priced ({@link CapexPricing}) with each region's first construction alone
 * until the plan keeps the budget; at that price every construction start plans the network again
 * (kept when it still keeps the budget and costs less), then the regional neighbourhood search
 * (and bound) improves it within the budget at that price.
 * Its plan is kept when it still keeps the budget, else the heuristic's; the bound is the priced
 * problem's regional bound less price x budget.
 */
final class BudgetedRegionalPlanner {
  /** Share of the time limit for the price search. */
  static final double SEARCH_SHARE = 0.3;

  private final DesignNetwork net;
  private final SolveProgress progress;

  BudgetedRegionalPlanner(DesignNetwork net, SolveProgress progress) {
    this.net = net;
    this.progress = progress;
  }

  /** The plan, or null when no price up to the limit gave a plan within the budget. */
  PlanOutcome plan(SolveOptions options, long started, long deadline) {
    CapexPricing pricing = new CapexPricing(net);
    SolveOptions heuristicOnly = new SolveOptions(options.timeLimitSeconds(), options.relativeGap(), options.seed(),
        options.threads(), false);
    long searchDeadline = started + (long) ((deadline - started) * SEARCH_SHARE);
    // the price search plans the network once per price, with each region's first construction
    // only; at the price found, every construction start plans it again
    CapexPricing.Found found = pricing.search((priced, until) ->
        new RegionalPlanner(priced, RegionalPlanner.MAX_SITES_PER_REGION, SolveProgress.NONE).firstStartOnly()
            .solve(heuristicOnly, until).solution(), searchDeadline);
    if (found == null) {
      return null;
    }
    progress.update(String.format(Locale.ROOT, "capex priced at %.4f per USD keeps the budget", found.price()),
        found.solution().objectiveUsd(), Double.NaN);
    DesignSolution best = found.solution();
    long allStartsDeadline = System.nanoTime() + (deadline - System.nanoTime()) / 3;
    DesignSolution allStarts = new RegionalPlanner(pricing.priced(found.price()), RegionalPlanner.MAX_SITES_PER_REGION,
        SolveProgress.NONE).solve(heuristicOnly, allStartsDeadline).solution();
    if (allStarts != null) {
      DesignSolution candidate = pricing.onOriginal(allStarts);
      if (candidate.withinBudget(net) && candidate.objectiveUsd() < best.objectiveUsd() - 1e-6) {
        best = candidate;
        progress.update("every construction start at that price", best.objectiveUsd(), Double.NaN);
      }
    }
    double bound = 0;
    String how = "heuristic";
    if (options.useMip()) {
      // the best plan so far again, on the priced network (same parents, priced modules)
      DesignNetwork priced = pricing.priced(found.price());
      DesignSolution start = ForestState.fromParents(priced, best.parentArc()).snapshot();
      double pricedBudget = net.capexBudgetUsd * (1 + found.price());
      RegionalPlanner.Result full = start.withinBudget(priced, pricedBudget)
          ? new RegionalPlanner(priced, RegionalPlanner.MAX_SITES_PER_REGION, progress)
              .improveWithinBudget(start, pricedBudget, options, deadline)
          : new RegionalPlanner.Result(null, Double.NEGATIVE_INFINITY, 0, null);
      if (full.solution() != null) {
        DesignSolution candidate = pricing.onOriginal(full.solution());
        if (candidate.withinBudget(net) && candidate.objectiveUsd() < best.objectiveUsd() - 1e-6) {
          best = candidate;
          how = "heuristic + SCIP neighbourhood search";
        }
        if (Double.isFinite(full.boundUsd())) {
          bound = Math.max(0, full.boundUsd() - found.price() * net.capexBudgetUsd);
        }
      }
    }
    double objective = best.objectiveUsd();
    bound = Math.min(bound, objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    SolveStatus status = !options.useMip() ? SolveStatus.FEASIBLE
        : gap <= options.relativeGap() + 1e-12 ? SolveStatus.OPTIMAL : SolveStatus.TIMED_OUT;
    double seconds = (System.nanoTime() - started) / 1e9;
    String solverName = String.format(Locale.ROOT,
        "regions planned in parallel with capex priced at %.4f per USD to keep the budget (%s);"
            + " lower bound: the priced regional bound less price x budget", found.price(), how);
    SolveStats stats = new SolveStats(status, objective, bound, gap, seconds, solverName, Double.NaN, 0);
    progress.update("done", objective, bound);
    return new PlanOutcome(Planner.toPlan(net, best, stats), List.of(), null);
  }
}
