package org.dorsal.solve;

import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;

/**
 * Parts of the planner run on their own, as baselines the whole planner is measured against
 * ({@code dorsal bench}). Each returns a {@link PlanOutcome} like {@link Planner#plan}, so its plan
 * goes through the same accounting and verifier.
 */
public final class Baselines {
  private Baselines() {}

  /**
   * The shortest-path construction heuristic alone: sites join along their cheapest incremental
   * paths in several orders, with the heuristic's own subtree re-routing, and nothing after it (no
   * neighbourhood search, no cuts, no MIP, so no lower bound: the plan reports bound 0). The whole
   * time limit is its deadline. A plan above the capex budget is no plan (the heuristic does not
   * model the budget).
   */
  public static PlanOutcome shortestPath(Instance instance, double timeLimitSeconds) {
    if (instance.constraints().splitRouting()) {
      // split routing's construction heuristic is the slope scaling
      return new SplitFlowPlanner(SplitFlowPlanner.Mode.HEURISTIC_ONLY)
          .plan(instance, new SolveOptions(timeLimitSeconds, 1e-6, 1, 1, false), SolveProgress.NONE);
    }
    long started = System.nanoTime();
    long deadline = started + (long) (timeLimitSeconds * 1e9);
    DesignNetwork net = DesignNetwork.of(instance);
    // the shortest-path starts alone: the savings start is part of Dorsal's own construction
    ShortestPathHeuristic heuristic = new ShortestPathHeuristic(net);
    DesignSolution found = heuristic.shortestPathStarts(heuristic.orders(), deadline);
    if (found == null) {
      return new PlanOutcome(null, List.of(), "the heuristic could not connect every required site");
    }
    return withoutBound(net, found, "heuristic", "shortest-path heuristic alone", started, deadline);
  }

  /**
   * "What a spreadsheet does" ({@link NearestGatewayBaseline}): every site on its own, routed to
   * its nearest gateway on its cheapest path (satellite, then the next gateways, as fallbacks),
   * following an earlier route where it meets one; then every link sized for its total flow. No
   * lower bound (the plan reports bound 0) and no time limit: it runs once, to the end. A plan
   * above the capex budget is no plan (the baseline ignores the budget).
   */
  public static PlanOutcome nearestGateway(Instance instance) {
    long started = System.nanoTime();
    DesignNetwork net = DesignNetwork.of(instance);
    NearestGatewayBaseline.Result result = new NearestGatewayBaseline(net).route();
    if (result.solution() == null) {
      return new PlanOutcome(null, List.of(), result.failure());
    }
    return withoutBound(net, result.solution(), "baseline", "nearest-gateway baseline (each site alone)", started,
        Long.MAX_VALUE);
  }

  /**
   * A forest of a solver that ignores the capex budget and proves no bound, as a plan with bound 0;
   * no plan when it breaks the budget.
   *
   * @param who what the solver is called in the message when it breaks the budget
   * @param deadline System.nanoTime() after which the plan counts as timed out
   */
  private static PlanOutcome withoutBound(DesignNetwork net, DesignSolution found, String who, String solverName,
      long started, long deadline) {
    if (!found.withinBudget(net)) {
      return new PlanOutcome(null, List.of(), "the " + who + "'s plan has " + found.capexUsd(net)
          + " USD of capex, above the budget of " + net.capexBudgetUsd + " USD: the " + who + " ignores the budget");
    }
    long ended = System.nanoTime();
    SolveStatus status = ended > deadline ? SolveStatus.TIMED_OUT : SolveStatus.FEASIBLE;
    double objective = found.objectiveUsd();
    SolveStats stats = new SolveStats(status, objective, 0, objective > 0 ? 1 : 0, (ended - started) / 1e9,
        solverName, objective, 0);
    return new PlanOutcome(Planner.toPlan(net, found, stats), List.of(), null);
  }

  /**
   * The design MIP handed to SCIP as it is: the same {@link MipModel} the planner builds, without a
   * warm start, cutset or connectivity cuts, per-site routing variables or the polish that
   * re-equips links afterwards. Building the model counts against the time limit.
   *
   * @param relativeGap SCIP stops when its gap is at most this; the plan is "optimal" then
   */
  public static PlanOutcome plainMip(Instance instance, double timeLimitSeconds, double relativeGap, long seed) {
    return plainMip(instance, timeLimitSeconds, relativeGap, seed, Double.POSITIVE_INFINITY);
  }

  /**
   * As above, with SCIP's own memory limit ({@code limits/memory}): past it SCIP stops as at the
   * time limit, with the best plan it has, instead of growing until the process runs out of memory.
   *
   * @param memoryLimitMb SCIP's limit in MB; infinity for none (SCIP's default)
   */
  public static PlanOutcome plainMip(Instance instance, double timeLimitSeconds, double relativeGap, long seed,
      double memoryLimitMb) {
    if (instance.constraints().splitRouting()) {
      return new SplitFlowPlanner(SplitFlowPlanner.Mode.PLAIN_MIP)
          .plan(instance, new SolveOptions(timeLimitSeconds, relativeGap, seed, 1, true), SolveProgress.NONE);
    }
    long started = System.nanoTime();
    DesignNetwork net = DesignNetwork.of(instance);
    double remaining = Math.max(1, timeLimitSeconds - (System.nanoTime() - started) / 1e9);
    MipSolver mipSolver = new MipSolver(net, memoryLimitMb);
    MipSolver.Outcome mip = mipSolver.solve(null, remaining, relativeGap, seed, 0, List.of());
    double seconds = (System.nanoTime() - started) / 1e9;
    if (mip.status() == SolveStatus.INFEASIBLE) {
      return new PlanOutcome(null, List.of(), "the MIP proved that no plan meets every constraint");
    }
    if (mip.solution() == null) {
      return new PlanOutcome(null, List.of(), "SCIP found no plan within the time limit of " + timeLimitSeconds
          + " s" + (Double.isFinite(memoryLimitMb) ? " and its memory limit of " + memoryLimitMb + " MB" : "")
          + " (bound " + mip.boundUsd() + ")");
    }
    // links SCIP equipped without traffic (free ones, or within its gap tolerance) are no part of a
    // plan: the verifier rejects them; dropping them only lowers the cost
    DesignSolution solution = withoutIdleLinks(net, mip.solution());
    // the objective of the forest as SCIP chose it, recomputed exactly (SCIP's value carries its
    // integrality tolerance)
    double objective = objectiveUsd(net, solution, mipSolver.arcFlows(solution));
    double bound = Math.min(Double.isFinite(mip.boundUsd()) ? mip.boundUsd() : 0, objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    SolveStatus status = mip.status();
    if (gap <= relativeGap + 1e-12) {
      status = SolveStatus.OPTIMAL;
    } else if (status == SolveStatus.OPTIMAL) {
      status = SolveStatus.FEASIBLE;
    }
    SolveStats stats = new SolveStats(status, objective, bound, gap, seconds, "SCIP MIP alone (OR-Tools)", Double.NaN,
        mip.nodes());
    return new PlanOutcome(Planner.toPlan(net, solution, stats), List.of(), null);
  }

  /** The forest without the links no served site's route uses (and the parent arcs of non-sites on them). */
  static DesignSolution withoutIdleLinks(DesignNetwork net, DesignSolution s) {
    boolean[] used = new boolean[net.linkCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || s.parentArc()[v] < 0) {
        continue;
      }
      for (int x = v; x != net.root() && !net.gateway[x]; x = net.arcHead[s.parentArc()[x]]) {
        used[net.arcLink[s.parentArc()[x]]] = true;
      }
    }
    int[] option = s.linkOption().clone();
    int[] parent = s.parentArc().clone();
    for (int l = 0; l < net.linkCount; l++) {
      if (option[l] >= 0 && !used[l]) {
        option[l] = -1;
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (parent[v] >= 0 && !net.site[v] && option[net.arcLink[parent[v]]] < 0) {
        parent[v] = -1;
      }
    }
    return new DesignSolution(parent, option, s.objectiveUsd());
  }

  /** Net present cost of the chosen options, transit of the gateway loads and unserved penalties. */
  static double objectiveUsd(DesignNetwork net, DesignSolution s, double[] arcFlowMbps) {
    double sum = 0;
    for (int k : s.linkOption()) {
      if (k >= 0) {
        sum += net.optionNpcUsd[k];
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      int head = net.arcHead[a];
      if (head != net.root() && net.gateway[head]) {
        sum += arcFlowMbps[a] * net.transitNpcUsdPerMbps[head];
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && !net.required[v] && s.parentArc()[v] < 0) {
        sum += net.penaltyUsd[v];
      }
    }
    return sum;
  }
}
