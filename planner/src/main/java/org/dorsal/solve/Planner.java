package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;

/**
 * Plans an instance: shortest-path construction with local improvement, {@link RuinRecreate}
 * rounds, then the exact MIP (or its neighbourhood search) warm-started from it, then a polish
 * that re-equips every link with the cheapest module that fits its flow. With two or more
 * threads, a {@link BoundWorker} computes the lower bound while this thread runs only the
 * neighbourhood search; its plan is taken only when it proves it optimal. Returns the plan with
 * its lower bound, or the reasons there is none. An instance with a roll-out is planned by {@link
 * RolloutPlanner}; one with split routing by {@link SplitFlowPlanner}.
 */
public final class Planner {
  static final double LNS_SHARE = Double.parseDouble(System.getProperty("dorsal.lnsShare", "0.75"));
  static final int LNS_GROUP_SIZE = Integer.getInteger("dorsal.lnsGroup", 12);
  static final int LNS_MAX_STEPS = Integer.getInteger("dorsal.lnsSteps", 24);
  static final double LNS_STEP_SAFETY_SECONDS = Double.parseDouble(System.getProperty("dorsal.lnsStepSafety", "20"));
  /**
   * Rounds of {@link RuinRecreate} before the neighbourhood search, per second of the time limit (0:
   * none). Measured at 20: cm50 (10 s, 200 rounds, about 2 s) 2.70 % -> see docs/benchmarks.md;
   * cusco-puno (60 s, 1,200 rounds, 7.7 s) 68,225,038 -> 68,097,496 USD, as with 200 rounds.
   */
  static final double RUIN_ROUNDS_PER_SECOND = Double.parseDouble(System.getProperty("dorsal.ruinRoundsPerSecond", "20"));
  /** Share of the search's time that the ruin-and-recreate rounds may take at most (a guard). */
  static final double RUIN_SHARE = Double.parseDouble(System.getProperty("dorsal.ruinShare", "0.6"));
  static final double CUT_SHARE = Double.parseDouble(System.getProperty("dorsal.cutShare", "0.2"));
  /** Per-site routing variables added to the MIP to strengthen its bound (sites x arcs). */
  static final long COMMODITY_BUDGET = Long.getLong("dorsal.commodityBudget", 50_000);
  static final long BOUND_THREAD_COMMODITY_BUDGET = Long.getLong("dorsal.boundCommodityBudget", COMMODITY_BUDGET);
  static final boolean BOUND_THREAD_ALWAYS = Boolean.parseBoolean(System.getProperty("dorsal.boundThreadAlways", "true"));

  /** Networks with at least this many sites (and no capex budget) are planned region by region. */
  static final int REGIONAL_MIN_SITES = Integer.getInteger("dorsal.regionalMinSites", 2000);

  public PlanOutcome plan(Instance instance, SolveOptions options) {
    return plan(instance, options, SolveProgress.NONE);
  }

  /**
   * As {@link #plan(Instance, SolveOptions)}, reporting progress as it goes. An instance with a
   * {@code coverage} section is planned for coverage first ({@link CoveragePlanner}).
   */
  public PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress) {
    if (instance.constraints().splitRouting()) {
      return new SplitFlowPlanner().plan(instance, options, progress);
    }
    if (instance.rollout() != null && instance.coverage() != null) {
      return new RolloutCoveragePlanner().plan(instance, options, progress);
    }
    if (instance.rollout() != null) {
      return new RolloutPlanner().plan(instance, options, progress);
    }
    if (instance.coverage() != null) {
      return new CoveragePlanner().plan(instance, options, progress);
    }
    return plan(instance, options, progress, null);
  }

  /**
   * As above for the cost objective, with a forest known to keep every constraint and the budget
   * ({@code warmStart}, null for none): it stands in for the construction when that breaks the
   * budget or costs more.
   */
  PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress, DesignSolution warmStart) {
    long started = System.nanoTime();
    long deadline = started + (long) (options.timeLimitSeconds() * 1e9);
    DesignNetwork net = DesignNetwork.of(instance);
    if (options.useMip() && DreyfusWagner.applies(net)) {
      // a Steiner tree problem with few sites: solved exactly by dynamic programming
      DesignSolution exact = DreyfusWagner.solve(net);
      if (exact != null) {
        double seconds = (System.nanoTime() - started) / 1e9;
        SolveStats stats = new SolveStats(SolveStatus.OPTIMAL, exact.objectiveUsd(), exact.objectiveUsd(), 0, seconds,
            "Dreyfus-Wagner dynamic program (exact for " + net.siteCount() + " sites)", Double.NaN, 0);
        progress.update("done", exact.objectiveUsd(), exact.objectiveUsd());
        return new PlanOutcome(toPlan(net, exact, stats), List.of(), null);
      }
    }
    if (net.siteCount() >= REGIONAL_MIN_SITES) {
      PlanOutcome regional = net.capexBudgetUsd == Double.POSITIVE_INFINITY
          ? regional(net, options, started, deadline, progress)
          : new BudgetedRegionalPlanner(net, progress).plan(options, started, deadline);
      if (regional != null) {
        return regional;
      }
      // some region has no plan on its own: the whole network goes to the construction heuristic
      // alone, which keeps to the time limit (the cut LP and the MIP of a network this size do
      // not: a national run once sat 17 minutes in the first LP)
      options = new SolveOptions(options.timeLimitSeconds(), options.relativeGap(), options.seed(),
          options.threads(), false);
    }
    long heuristicDeadline = started + (long) (options.timeLimitSeconds() * 0.25e9);
    DesignSolution constructed = new ShortestPathHeuristic(net).solve(heuristicDeadline, deadline);
    if (constructed != null) {
      progress.update("construction heuristic", constructed.objectiveUsd(), Double.NaN);
    }
    if (constructed != null && !constructed.withinBudget(net)) {
      // the heuristics ignore the capex budget: a plan above it is no plan and no warm start, so
      // the heuristic plans again with capex priced until its plan keeps the budget (else the
      // MIP, which keeps the budget, has to find one)
      CapexPricing.Found found = new CapexPricing(net)
          .search((priced, until) -> new ShortestPathHeuristic(priced).solve(until), heuristicDeadline);
      constructed = found == null ? null : found.solution();
    }
    if (warmStart != null && (constructed == null || warmStart.objectiveUsd() < constructed.objectiveUsd())) {
      constructed = warmStart;
    }
    // a second thread spends the whole time limit on the bound (leaving 3 s to finish, or a twentieth
    // of a short time limit on a network small enough for the per-site routing variables, whose
    // SCIP model is quick to build and often proves the optimum)
    boolean large = !net.siteRoutingFits(COMMODITY_BUDGET);
    long marginNanos = large ? 3_000_000_000L : Math.min(3_000_000_000L, (long) (options.timeLimitSeconds() * 0.05e9));
    // the plan after ruin and recreate, for the bound thread's warm start and reduced-cost fixing
    CompletableFuture<DesignSolution> recreated = new CompletableFuture<>();
    BoundWorker boundWorker = constructed != null && options.useMip() && options.threads() >= 2
        && (large || BOUND_THREAD_ALWAYS)
        ? new BoundWorker(net, constructed, recreated, deadline - marginNanos, options.seed(),
            hasModuleChoice(net) ? CUT_SHARE : 0, large || !hasModuleChoice(net) ? 0 : BOUND_THREAD_COMMODITY_BUDGET)
        : null;
    try {
      PlanOutcome outcome = solve(net, options, started, deadline, constructed, boundWorker, recreated, marginNanos,
          progress);
      if (outcome.hasPlan()) {
        progress.update("done", outcome.plan().stats().objectiveUsd(), outcome.plan().stats().boundUsd());
      }
      return outcome;
    } finally {
      recreated.complete(null);
      if (boundWorker != null) {
        boundWorker.close();
      }
    }
  }

  private PlanOutcome solve(DesignNetwork net, SolveOptions options, long started, long deadline,
      DesignSolution constructed, BoundWorker boundWorker, CompletableFuture<DesignSolution> recreated, long marginNanos,
      SolveProgress progress) {
    DesignSolution heuristic = constructed;
    if (heuristic != null && options.useMip()) {
      // with a bound thread this thread only improves the plan, so its safety deadline is the
      // time limit itself (less the time to collect the bound)
      long lnsDeadline = boundWorker != null ? deadline - marginNanos - 500_000_000L
          : started + (long) (options.timeLimitSeconds() * LNS_SHARE * 1e9);
      int ruinRounds = (int) Math.round(RUIN_ROUNDS_PER_SECOND * options.timeLimitSeconds());
      if (ruinRounds > 0) {
        // a count of rounds, so the plan does not depend on the machine; the share only guards
        DesignSolution improved = new RuinRecreate(net).improve(heuristic, ruinRounds, options.seed(),
            started + (long) ((lnsDeadline - started) * RUIN_SHARE));
        if (improved.objectiveUsd() < heuristic.objectiveUsd()) {
          heuristic = improved;
          progress.update("ruin and recreate", heuristic.objectiveUsd(), Double.NaN);
        }
      }
      recreated.complete(heuristic.withinBudget(net) ? heuristic : null);
      // once the bound thread has proven a plan optimal there is nothing left to search for
      DesignSolution searched = new NeighbourhoodSearch(net, LNS_GROUP_SIZE, LNS_MAX_STEPS, LNS_STEP_SAFETY_SECONDS)
          .improve(heuristic, lnsDeadline,
              () -> boundWorker != null && boundWorker.provenOptimalSolution() != null);
      // a search that leaves the budget keeps the (within-budget) forest it started from
      heuristic = searched.withinBudget(net) ? searched : heuristic;
      progress.update("neighbourhood search", heuristic.objectiveUsd(), Double.NaN);
    }
    if (heuristic != null && !heuristic.withinBudget(net)) {
      heuristic = null;
    }
    DesignSolution best = heuristic;
    double bound = 0;
    SolveStatus status = SolveStatus.FEASIBLE;
    long nodes = 0;
    String solverName = "shortest-path heuristic";
    if (boundWorker != null) {
      // the plan is the neighbourhood search's alone: fixed by step counts, not by thread timing
      solverName = "heuristic + SCIP neighbourhood search; lower bound from cuts + SCIP on a second thread";
      status = SolveStatus.TIMED_OUT;
    } else if (options.useMip()) {
      // as on the bound thread: without a choice of module no cut LP and no per-site routing
      // variables, SCIP gets the aggregated model and the whole time (hasModuleChoice)
      boolean choice = hasModuleChoice(net);
      long cutDeadline = System.nanoTime() + (long) (options.timeLimitSeconds() * CUT_SHARE * 1e9);
      CutsetCuts.Result cuts = choice ? new CutsetCuts(net).separate(Math.min(cutDeadline, deadline))
          : new CutsetCuts.Result(List.of(), Double.NEGATIVE_INFINITY, 0);
      double remaining = Math.max(1, (deadline - System.nanoTime()) / 1e9);
      ReducedCostFixing.Fixed fixed = heuristic == null || !choice ? null
          : ReducedCostFixing.of(net, cuts, heuristic.objectiveUsd());
      MipSolver.Outcome mip = new MipSolver(net).solve(heuristic, remaining, options.relativeGap(), options.seed(),
          choice ? COMMODITY_BUDGET : 0, cuts.cuts(), fixed);
      nodes = mip.nodes();
      solverName = "heuristic + SCIP MIP (OR-Tools)";
      if (mip.status() == SolveStatus.INFEASIBLE) {
        return infeasible(net, "the MIP proved that no plan meets every constraint");
      }
      bound = Math.max(mip.boundUsd(), cuts.lpBoundUsd());
      if (mip.solution() != null) {
        DesignSolution candidate = polished(net, mip.solution());
        if (best == null || candidate.objectiveUsd() < best.objectiveUsd()) {
          best = candidate;
        }
      }
      status = mip.status();
    }
    if (best == null) {
      return infeasible(net, "no plan was found within the time limit of " + options.timeLimitSeconds() + " s");
    }
    if (boundWorker != null) {
      bound = boundWorker.boundUsd(deadline + 2_000_000_000L);
      DesignSolution proven = boundWorker.provenOptimalSolution();
      if (proven != null) {
        proven = polished(net, proven);
      }
      if (proven != null && proven.withinBudget(net) && proven.objectiveUsd() < best.objectiveUsd() - 1e-6) {
        best = proven;
        solverName = "SCIP on a second thread (proven optimal; the neighbourhood search's plan was dearer)";
      }
    }
    double objective = best.objectiveUsd();
    bound = Math.min(Double.isFinite(bound) ? bound : 0, objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    if (options.useMip() && gap <= options.relativeGap() + 1e-12) {
      status = SolveStatus.OPTIMAL;
    } else if (status == SolveStatus.OPTIMAL) {
      status = SolveStatus.FEASIBLE;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    SolveStats stats = new SolveStats(status, objective, bound, gap, seconds, solverName,
        constructed == null ? Double.NaN : constructed.objectiveUsd(), nodes);
    return new PlanOutcome(toPlan(net, best, stats), List.of(), null);
  }

  /**
   * Whether some link offers more than one module. Without a choice of module (Steiner-like
   * networks: one option per link) the cutset cuts add little that SCIP's own separation does not,
   * and the bound thread gives SCIP the whole time (measured on SteinLib E at 10 s: e01 and e02
   * proven optimal instead of stopping at a 6 % gap). Nor does it get the per-site routing
   * variables there: SCIP solves the aggregated flow model much faster (SteinLib D at 10 s: d02,
   * d06 and d07 proven optimal in 1.9-9.0 s; with the per-site variables their bounds stayed at
   * 21, 0 and 7 and d06's plan at 70 against 67).
   */
  static boolean hasModuleChoice(DesignNetwork net) {
    for (int l = 0; l < net.linkCount; l++) {
      if (net.optionStart[l + 1] - net.optionStart[l] > 1) {
        return true;
      }
    }
    return false;
  }

  /** The region-by-region plan, or null when some region has none on its own. */
  private static PlanOutcome regional(DesignNetwork net, SolveOptions options, long started, long deadline,
      SolveProgress progress) {
    RegionalPlanner.Result result = new RegionalPlanner(net, RegionalPlanner.MAX_SITES_PER_REGION, progress).solve(options, deadline);
    if (result.solution() == null) {
      return null;
    }
    double objective = result.solution().objectiveUsd();
    double bound = Math.min(Math.max(0, result.boundUsd()), objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    SolveStatus status = !options.useMip() ? SolveStatus.FEASIBLE
        : gap <= options.relativeGap() + 1e-12 ? SolveStatus.OPTIMAL : SolveStatus.TIMED_OUT;
    double seconds = (System.nanoTime() - started) / 1e9;
    String solverName = result.regionCount() + " regions planned in parallel (heuristic + SCIP neighbourhood search);"
        + " lower bound: " + result.boundMethod();
    SolveStats stats = new SolveStats(status, objective, bound, gap, seconds, solverName, Double.NaN, 0);
    progress.update("done", objective, bound);
    return new PlanOutcome(toPlan(net, result.solution(), stats), List.of(), null);
  }

  /**
   * A MIP plan re-equipped with the cheapest module that fits each flow; re-equipping may trade
   * opex for capex, so the MIP's own modules are kept when the polished plan breaks the budget.
   */
  private static DesignSolution polished(DesignNetwork net, DesignSolution mipSolution) {
    DesignSolution polished = ForestState.fromParents(net, mipSolution.parentArc()).snapshot();
    return polished.withinBudget(net) ? polished : mipSolution;
  }

  static PlanOutcome infeasible(DesignNetwork net, String why) {
    List<Unservable> reasons = new InfeasibilityDiagnosis(net).diagnose();
    String message = reasons.isEmpty()
        ? why + "; every required site can be reached on its own, so the sites together exceed shared"
            + " capacities (gateway uplinks, link modules) or the capex budget"
        : why + "; " + reasons.size() + " required site(s) cannot be served";
    return new PlanOutcome(null, reasons, message);
  }

  /** The plan in instance ids: chosen options and every site's route from the site to its exit. */
  static Plan toPlan(DesignNetwork net, DesignSolution s, SolveStats stats) {
    Instance instance = net.instance();
    List<LinkChoice> choices = linkChoices(net, s.linkOption());
    List<SiteRoute> routes = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v]) {
        continue;
      }
      List<String> links = new ArrayList<>();
      int x = v;
      while (s.parentArc()[x] >= 0) {
        int a = s.parentArc()[x];
        links.add(instance.links().get(net.arcLink[a]).id());
        x = net.arcHead[a];
        if (x == net.root() || net.gateway[x]) {
          break;
        }
      }
      routes.add(new SiteRoute(instance.nodes().get(v).id(), links));
    }
    return new Plan(choices, routes, stats);
  }

  /** The plan's link decisions for these options (a global option index per link, -1 for none). */
  static List<LinkChoice> linkChoices(DesignNetwork net, int[] linkOption) {
    List<LinkChoice> choices = new ArrayList<>();
    for (int l = 0; l < net.linkCount; l++) {
      int k = linkOption[l];
      if (k >= 0) {
        var link = net.instance().links().get(l);
        choices.add(new LinkChoice(link.id(), link.options().get(k - net.optionStart[l]).id()));
      }
    }
    return choices;
  }
}
