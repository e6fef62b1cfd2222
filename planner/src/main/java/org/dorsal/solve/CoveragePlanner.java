package org.dorsal.solve;

import com.google.ortools.Loader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dorsal.model.Constraints;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Coverage;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.CoverageReport;

/**
 * Plans an instance with a {@code coverage} section: coverage first, then cost.
 *
 * <ol>
 *   <li>greedy warm start ({@link CoverageGreedy}): required sites, then optional sites by weight
 *       per USD of extra capex while the budget holds;
 *   <li>the design MIP maximising the weight served (every constraint and the budget kept),
 *       warm-started from the greedy: the set of sites to serve and an upper bound on the weight;
 *   <li>the cost planner ({@link Planner}) on that set (its sites required, the others not worth
 *       serving), warm-started from the MIP's forest;
 *   <li>on networks small enough for the strong MIP formulation, the design MIP minimising the
 *       net present cost among all plans serving at least that weight: ties in weight go to the
 *       cheapest plan, and its bound is a bound for the coverage objective.
 * </ol>
 */
public final class CoveragePlanner {
  /** Share of the time limit for the greedy and the weight MIP. */
  static final double WEIGHT_SHARE = 0.4;
  /** Share of the rest for the cost planner when the tie-breaking MIP follows. */
  static final double FIXED_SET_SHARE = 0.6;

  public PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress) {
    // loading OR-Tools takes seconds on a busy machine: not out of the first MIP's share of the time
    Loader.loadNativeLibraries();
    long started = System.nanoTime();
    double limit = options.timeLimitSeconds();
    Coverage coverage = instance.coverage() != null ? instance.coverage() : Coverage.byPopulation();
    CoverageWeightPhase.Choice choice = CoverageWeightPhase.choose(instance, options, started, limit * WEIGHT_SHARE);
    DesignNetwork net = choice.net();
    double[] weight = choice.weight();
    long nodes = choice.nodes();
    if (choice.infeasible()) {
      return noPlan(instance, net, weight, options, "the MIP proved that no plan serves every required site", true);
    }
    DesignSolution chosen = choice.chosen();
    if (chosen == null) {
      return noPlan(instance, net, weight, options, "no plan was found within the time limit of " + limit + " s", false);
    }
    double weightBound = choice.weightBound();
    SolveStatus weightStatus = choice.status();
    double chosenWeight = CoverageWeightPhase.weightOf(chosen, net, weight);
    progress.update(String.format(Locale.ROOT, "coverage: weight %,.0f served, at most %,.0f", chosenWeight,
        Math.max(weightBound, chosenWeight)), Double.NaN, Double.NaN);

    boolean tieBreak = options.useMip() && net.siteRoutingFits(Planner.COMMODITY_BUDGET);
    double rest = Math.max(1, limit - elapsed(started));
    Instance fixed = withSites(instance, choice.served());
    SolveOptions fixedOptions = new SolveOptions(Math.max(1, tieBreak ? rest * FIXED_SET_SHARE : rest),
        options.relativeGap(), options.seed(), options.threads(), options.useMip());
    // the weight phase's forest keeps the budget; the cost planner prices capex itself when its own
    // construction breaks the budget (CapexPricing) and keeps the cheaper of the two
    DesignSolution warm = recosted(DesignNetwork.of(fixed), chosen);
    PlanOutcome fixedOutcome = new Planner().plan(fixed, fixedOptions, progress, warm);
    Plan plan = fixedOutcome.plan();
    if (plan == null) {
      // cannot happen with a within-budget warm start, but the warm start itself is a plan
      SolveStats stats = new SolveStats(SolveStatus.FEASIBLE, npcUsd(net, chosen), 0, 1, 0, "coverage MIP", Double.NaN, 0);
      plan = Planner.toPlan(net, chosen, stats);
    }
    double npc = plan.stats().objectiveUsd();
    double costBound = plan.stats().boundUsd();
    SolveStatus costStatus = plan.stats().status() == SolveStatus.OPTIMAL ? SolveStatus.FEASIBLE : plan.stats().status();
    String solverName = "coverage: greedy + SCIP weight MIP; cost of the chosen sites: " + plan.stats().solverName();
    nodes += plan.stats().branchAndBoundNodes();

    if (tieBreak) {
      double floor = Math.max(chosenWeight, weightOf(plan, instance, coverage));
      double seconds = Math.max(1, limit - elapsed(started));
      MipSolver.Outcome mip = new CoverageMip(net, weight)
          .minimiseCostServing(floor, chosen, seconds, options.relativeGap(), options.seed());
      nodes += mip.nodes();
      DesignSolution cheaper = mip.solution() == null ? null : cheapest(net, mip.solution());
      if (cheaper != null && cheaper.withinBudget(net)
          && CoverageWeightPhase.weightOf(cheaper, net, weight) >= floor - 1e-6 * Math.max(1, floor)
          && npcUsd(net, cheaper) < npc - 1e-6 * Math.max(1, npc)) {
        npc = npcUsd(net, cheaper);
        plan = Planner.toPlan(net, cheaper, plan.stats());
      }
      if (Double.isFinite(mip.boundUsd())) {
        costBound = mip.boundUsd();
      }
      costStatus = mip.status() == SolveStatus.INFEASIBLE ? SolveStatus.FEASIBLE : mip.status();
      solverName += "; ties in weight broken by SCIP (least cost serving at least that weight)";
    }
    double penalty = unservedPenaltyUsd(plan, instance);
    double objective = npc + penalty;
    double bound = Math.min(Math.max(0, costBound) + penalty, objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    SolveStatus status;
    if (weightStatus == SolveStatus.OPTIMAL && costStatus == SolveStatus.OPTIMAL) {
      status = SolveStatus.OPTIMAL;
    } else if (weightStatus == SolveStatus.TIMED_OUT || costStatus == SolveStatus.TIMED_OUT) {
      status = SolveStatus.TIMED_OUT;
    } else {
      status = SolveStatus.FEASIBLE;
    }
    SolveStats stats = new SolveStats(status, objective, bound, gap, elapsed(started), solverName, Double.NaN, nodes);
    double covered = weightOf(plan, instance, coverage);
    CoverageReport report = CoverageReport.of(coverage.weight(), covered, weightBound,
        instance.constraints().capexBudgetUsd(), Double.POSITIVE_INFINITY);
    Plan done = new Plan(plan.choices(), plan.routes(), stats).withCoverage(report);
    progress.update("done", objective, bound);
    return new PlanOutcome(done, List.of(), null);
  }

  /**
   * Why there is no plan. When the MIP proved that the budget is too small, the least capex the
   * required sites need: exact when a MIP without the budget (a fifth of the time limit) proves it,
   * else between the budget and the capex of the capex-priced construction.
   */
  static PlanOutcome noPlan(Instance instance, DesignNetwork net, double[] weight, SolveOptions options,
      String why, boolean proven) {
    double budget = instance.constraints().capexBudgetUsd();
    if (budget == Double.POSITIVE_INFINITY || !proven) {
      return Planner.infeasible(net, why);
    }
    Instance unlimited = withSites(instance, null)
        .withConstraints(new Constraints(instance.constraints().maxMicrowaveHops(), Double.POSITIVE_INFINITY));
    DesignNetwork free = DesignNetwork.of(unlimited);
    MipSolver.Outcome least = new CoverageMip(free, weight)
        .minimiseRequiredCapex(Math.max(2, options.timeLimitSeconds() * 0.2), options.seed());
    if (least.status() == SolveStatus.INFEASIBLE) {
      return Planner.infeasible(net, "no plan serves every required site, whatever the budget");
    }
    String message = String.format(Locale.ROOT, "the capex budget of %,.0f USD is below the least capex that serves"
        + " every required site", budget);
    if (least.status() == SolveStatus.OPTIMAL && least.solution() != null) {
      message += String.format(Locale.ROOT, " (%,.0f USD)", least.solution().capexUsd(free));
    } else {
      DesignSolution constructed = new ShortestPathHeuristic(DesignNetwork.of(capexWeighted(unlimited, Double.POSITIVE_INFINITY)))
          .solve(System.nanoTime() + 2_000_000_000L);
      double upper = least.solution() != null ? least.solution().capexUsd(free) : Double.POSITIVE_INFINITY;
      if (constructed != null) {
        upper = Math.min(upper, constructed.capexUsd(free));
      }
      double lower = Math.max(budget, Double.isFinite(least.boundUsd()) ? least.boundUsd() : 0);
      message += Double.isFinite(upper)
          ? String.format(Locale.ROOT, " (between %,.0f and %,.0f USD)", lower, upper)
          : String.format(Locale.ROOT, " (more than %,.0f USD)", lower);
    }
    return new PlanOutcome(null, List.of(), message);
  }

  /**
   * The instance for the cost planner: no coverage section, optional sites without penalty; with
   * {@code required} given, the optional sites it marks become required.
   */
  static Instance withSites(Instance instance, boolean[] required) {
    List<Node> nodes = new ArrayList<>(instance.nodes().size());
    for (int v = 0; v < instance.nodes().size(); v++) {
      Node n = instance.nodes().get(v);
      if (n.isOptionalSite()) {
        boolean now = required != null && required[v];
        n = new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(), n.demandMbps(), n.population(),
            now, 0, n.uplinkCapacityMbps(), n.transitUsdPerMbpsMonth());
      }
      nodes.add(n);
    }
    return instance.withNodesAndLinks(nodes, instance.links()).withCoverage(null);
  }

  /**
   * The instance priced at capex x (1 + capexWeight) plus running costs (one year at the rate that
   * keeps their present value): cheapest paths lean towards low capex as the weight grows; at
   * infinity options cost their capex alone. What the budget limits is capex, so these pricings
   * give constructions that fit tighter budgets.
   */
  static Instance capexWeighted(Instance instance, double capexWeight) {
    Economics e = instance.economics();
    double annuity = PresentValue.annuityFactor(e.horizonYears(), e.discountRate()) / (1 + capexWeight);
    double rate = annuity > 1e-9 ? 1 / annuity - 1 : 1e9;
    return new Instance(instance.name(), instance.description(), new Economics(e.currency(), 1, rate),
        instance.constraints(), instance.nodes(), instance.links(), instance.candidateRules(), instance.rollout(),
        instance.coverage(), instance.uncertainty());
  }

  /** The forest priced on another network of the same links: cheapest modules when within budget. */
  private static DesignSolution recosted(DesignNetwork net, DesignSolution s) {
    DesignSolution cheapest = cheapest(net, s);
    return cheapest.withinBudget(net) ? cheapest
        : new DesignSolution(s.parentArc(), s.linkOption(), npcUsd(net, s));
  }

  /** The forest re-equipped with the cheapest module for each flow, when that keeps the budget. */
  private static DesignSolution cheapest(DesignNetwork net, DesignSolution s) {
    DesignSolution polished = ForestState.fromParents(net, s.parentArc()).snapshot();
    if (!polished.withinBudget(net)) {
      return new DesignSolution(s.parentArc(), s.linkOption(), npcUsd(net, s));
    }
    return new DesignSolution(polished.parentArc(), polished.linkOption(), npcUsd(net, polished));
  }

  /** Net present cost of the chosen modules and of the transit, no penalties. */
  private static double npcUsd(DesignNetwork net, DesignSolution s) {
    double sum = 0;
    for (int k : s.linkOption()) {
      if (k >= 0) {
        sum += net.optionNpcUsd[k];
      }
    }
    double[] flow = new MipSolver(net).arcFlows(s);
    for (int a = 0; a < net.arcCount; a++) {
      if (net.arcHead[a] < net.nodeCount && net.gateway[net.arcHead[a]]) {
        sum += flow[a] * net.transitNpcUsdPerMbps[net.arcHead[a]];
      }
    }
    return sum;
  }

  static double weightOf(Plan plan, Instance instance, Coverage coverage) {
    Map<String, Node> byId = byId(instance);
    double sum = 0;
    for (SiteRoute route : plan.routes()) {
      if (route.served()) {
        sum += coverage.weightOf(byId.get(route.siteId()));
      }
    }
    return sum;
  }

  static double unservedPenaltyUsd(Plan plan, Instance instance) {
    Map<String, Node> byId = byId(instance);
    double sum = 0;
    for (SiteRoute route : plan.routes()) {
      if (!route.served()) {
        sum += byId.get(route.siteId()).unservedPenaltyUsd();
      }
    }
    return sum;
  }

  private static Map<String, Node> byId(Instance instance) {
    Map<String, Node> byId = new HashMap<>();
    for (Node n : instance.nodes()) {
      byId.put(n.id(), n);
    }
    return byId;
  }

  private static double elapsed(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}
