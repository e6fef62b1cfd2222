package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkSchedule;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;

/**
 * Plans a roll-out (docs/rollout.md). The forest is planned by {@link Planner} on the instance at
 * the last year's demand (the largest, so every link can carry its flow in every year); for that
 * fixed forest {@link RolloutScheduler} schedules each link by dynamic programming over years and
 * options. On networks small enough, the multi-period MIP ({@link RolloutMip}), warm-started from
 * that plan, then searches forest and schedules together and gives the lower bound.
 */
public final class RolloutPlanner {
  /** The multi-period MIP runs when its per-year flows (arcs x years) stay below this. */
  static final long MIP_ARC_YEARS = Long.getLong("dorsal.rolloutMipArcYears", 10_000);
  /** Share of the time limit for the forest when the MIP follows. */
  static final double FOREST_SHARE = 0.4;
  /** Share of the time limit for forests at priced-up capex when a budget applies. */
  static final double PRICING_SHARE = 0.15;

  public PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress) {
    return plan(instance, options, progress, null);
  }

  /**
   * As above, with a forest of the instance's last-year network to schedule as well ({@code
   * extraForest}: each node's parent arc; null for none), e.g. one known to fit the budgets.
   */
  PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress, int[] extraForest) {
    long started = System.nanoTime();
    RolloutNetwork rn = new RolloutNetwork(instance);
    boolean mip = options.useMip() && (long) rn.net.arcCount * rn.years <= MIP_ARC_YEARS;
    // with the MIP on, the construction heuristic's forest and the schedules also need time
    double forestShare = mip ? FOREST_SHARE : options.useMip() ? 0.9 : 1.0;
    // with a budget, forests at priced-up capex are tried too (PricedRolloutForests)
    double pricingShare = rn.hasYearlyBudget() || rn.hasTotalBudget() ? PRICING_SHARE : 0;
    forestShare -= pricingShare;
    SolveOptions forestOptions = new SolveOptions(options.timeLimitSeconds() * forestShare, options.relativeGap(),
        options.seed(), options.threads(), options.useMip());
    PlanOutcome forest = new Planner().plan(rn.net.instance(), forestOptions, progress);
    if (!forest.hasPlan() && extraForest == null) {
      return new PlanOutcome(null, forest.unservable(), "at the last year's demand: " + forest.message());
    }
    List<int[]> forests = new ArrayList<>();
    if (forest.hasPlan()) {
      forests.add(parentArcs(rn.net, forest.plan()));
    }
    if (extraForest != null) {
      forests.add(extraForest);
    }
    boolean constructedToo = false;
    if (options.useMip()) {
      // the construction heuristic's forest too: the search's forest is cheaper at static prices,
      // but may need more capex early (a budget it cannot meet) or cost more as a roll-out
      PlanOutcome constructed = new Planner().plan(rn.net.instance(),
          new SolveOptions(options.timeLimitSeconds() * 0.05, options.relativeGap(), options.seed(), 1, false));
      if (constructed.hasPlan()) {
        forests.add(parentArcs(rn.net, constructed.plan()));
        constructedToo = true;
      }
    }
    RolloutScheduler scheduler = new RolloutScheduler(rn);
    int[] bestParents = null;
    int[][] bestOptions = null;
    double bestUsd = Double.POSITIVE_INFINITY;
    String failure = null;
    boolean pricedForest = false;
    for (int[] parentArc : forests) {
      RolloutScheduler.Result scheduled = scheduler.schedule(parentArc);
      if (scheduled.failure() != null) {
        failure = failure == null ? scheduled.failure() : failure;
      } else if (scheduled.objectiveUsd() < bestUsd - 1e-6) {
        bestUsd = scheduled.objectiveUsd();
        bestParents = parentArc;
        bestOptions = scheduled.optionByYear();
      }
    }
    if (pricingShare > 0) {
      PricedRolloutForests.Found priced = new PricedRolloutForests(rn, scheduler)
          .search(System.nanoTime() + (long) (options.timeLimitSeconds() * pricingShare * 1e9));
      if (priced != null && priced.schedule().objectiveUsd() < bestUsd - 1e-6) {
        bestUsd = priced.schedule().objectiveUsd();
        bestParents = priced.parentArc();
        bestOptions = priced.schedule().optionByYear();
        pricedForest = true;
      }
    }
    boolean heuristicPlan = bestParents != null;
    if (!heuristicPlan && !mip) {
      return new PlanOutcome(null, List.of(), "no roll-out schedule: " + failure);
    }
    if (heuristicPlan) {
      progress.update("roll-out schedule", bestUsd, Double.NaN);
    }
    double heuristicUsd = heuristicPlan ? bestUsd : Double.NaN;
    double bound = 0;
    long nodes = 0;
    SolveStatus status = SolveStatus.FEASIBLE;
    String solverName = "roll-out: forests planned at the last year's demand ("
        + (forest.hasPlan() ? forest.plan().stats().solverName() : "none found") + (constructedToo
        ? "; and the construction heuristic's" : "") + (extraForest != null ? "; and one given" : "")
        + (pricedForest ? "; the cheapest roll-out from a forest at priced-up capex" : "")
        + "), links scheduled by dynamic programming";
    if (mip) {
      double remaining = options.timeLimitSeconds() - (System.nanoTime() - started) / 1e9;
      // without a schedule of the heuristic's forest the MIP starts cold: another forest may fit the budgets
      RolloutMip.Outcome exact = new RolloutMip(rn).solve(bestParents, bestOptions, Math.max(1, remaining),
          options.relativeGap(), options.seed());
      if (exact.status() == SolveStatus.INFEASIBLE) {
        return new PlanOutcome(null, List.of(), "no roll-out plan: the MIP proved that no plan keeps within the"
            + " capex budgets" + (heuristicPlan ? "" : " (" + failure + ")"));
      }
      nodes = exact.nodes();
      bound = Math.max(0, exact.boundUsd());
      solverName = "roll-out: multi-period SCIP MIP (OR-Tools) warm-started from the forest at the last year's"
          + " demand with links scheduled by dynamic programming";
      if (exact.parentArc() != null) {
        // the MIP's own schedules, or the MIP's forest re-scheduled by the heuristic if cheaper
        // (exact when no budget binds; the MIP may stop at a gap)
        int[][] candidateOptions = exact.optionByYear();
        double candidateUsd = scheduler.objectiveUsd(exact.parentArc(), candidateOptions);
        RolloutScheduler.Result rescheduled = scheduler.schedule(exact.parentArc());
        if (rescheduled.failure() == null && rescheduled.objectiveUsd() < candidateUsd) {
          candidateOptions = rescheduled.optionByYear();
          candidateUsd = rescheduled.objectiveUsd();
        }
        if (candidateUsd < bestUsd - 1e-6) {
          bestUsd = candidateUsd;
          bestParents = exact.parentArc();
          bestOptions = candidateOptions;
        }
      }
      status = exact.status() == SolveStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.TIMED_OUT;
    }
    if (bestParents == null) {
      return new PlanOutcome(null, List.of(), "no roll-out schedule within the time limit: " + failure);
    }
    bound = Math.min(bound, bestUsd);
    double gap = bestUsd > 0 ? (bestUsd - bound) / bestUsd : 0;
    if (mip && gap <= options.relativeGap() + 1e-12) {
      status = SolveStatus.OPTIMAL;
    } else if (status == SolveStatus.OPTIMAL) {
      status = SolveStatus.FEASIBLE;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    SolveStats stats = new SolveStats(status, bestUsd, bound, gap, seconds, solverName, heuristicUsd, nodes);
    progress.update("done", bestUsd, bound);
    return new PlanOutcome(toPlan(rn, bestParents, bestOptions, stats), List.of(), null);
  }

  /** Each node's parent arc in {@code net} from a plan's routes (-1 where no route passes). */
  static int[] parentArcs(DesignNetwork net, Plan plan) {
    int[] parent = new int[net.nodeCount];
    Arrays.fill(parent, -1);
    Instance instance = net.instance();
    Map<String, Integer> nodeIndex = instance.nodeIndexById();
    Map<String, Integer> linkIndex = instance.linkIndexById();
    for (SiteRoute route : plan.routes()) {
      int x = nodeIndex.get(route.siteId());
      for (String linkId : route.linkIds()) {
        int a = net.arcOf(x, linkIndex.get(linkId));
        parent[x] = a;
        x = net.arcHead[a];
      }
    }
    return parent;
  }

  /** The plan in instance ids: the last year's options as choices, and every link's schedule. */
  static Plan toPlan(RolloutNetwork rn, int[] parentArc, int[][] optionByYear, SolveStats stats) {
    DesignNetwork net = rn.net;
    int[] lastOption = new int[net.linkCount];
    Arrays.fill(lastOption, -1);
    List<LinkSchedule> schedules = new ArrayList<>();
    for (int l = 0; l < net.linkCount; l++) {
      int[] options = optionByYear[l];
      if (options == null || options[rn.years - 1] < 0) {
        continue;
      }
      lastOption[l] = options[rn.years - 1];
      var link = net.instance().links().get(l);
      List<LinkSchedule.Step> steps = new ArrayList<>();
      int previous = -1;
      for (int t = 0; t < rn.years; t++) {
        if (options[t] >= 0 && options[t] != previous) {
          steps.add(new LinkSchedule.Step(t + 1, link.options().get(options[t] - net.optionStart[l]).id()));
        }
        previous = options[t];
      }
      schedules.add(new LinkSchedule(link.id(), steps));
    }
    Plan plan = Planner.toPlan(net, new DesignSolution(parentArc, lastOption, stats.objectiveUsd()), stats);
    return new Plan(plan.choices(), plan.routes(), stats).withSchedules(schedules);
  }
}
