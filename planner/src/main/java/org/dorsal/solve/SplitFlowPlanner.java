package org.dorsal.solve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;

/**
 * Plans an instance with split routing (a single-commodity fixed-charge network flow): {@link
 * SlopeScaling} for a first plan, then {@link SplitFlowMip} warm-started from it for the rest of the
 * time limit, for a better plan and the lower bound. The flows are freed of cycles, every link gets
 * the cheapest option that fits its flow, and each site's traffic is split into paths ({@link
 * FlowDecomposition}). With two or more threads the cut rounds run beside the slope scaling.
 * Deterministic for a given seed and thread count when no stage is cut short by its time share.
 */
public final class SplitFlowPlanner {
  /** Share of the time limit the slope scaling may take at most. */
  static final double HEURISTIC_SHARE = Double.parseDouble(System.getProperty("dorsal.splitHeuristicShare", "0.2"));
  /** Share of the time limit the cut rounds on the LP relaxation may take at most (after the heuristic). */
  static final double CUT_SHARE = Double.parseDouble(System.getProperty("dorsal.splitCutShare", "0.2"));
  /** Rounds of cut separation at most. */
  static final int CUT_ROUNDS = Integer.getInteger("dorsal.splitCutRounds", 50);

  /** What runs: everything, or one part alone (the benchmark's baselines). */
  public enum Mode {
    /** Slope scaling, then the strengthened MIP warm-started from it. */
    FULL,
    /** Slope scaling alone (no bound: the plan reports bound 0), within the whole time limit. */
    HEURISTIC_ONLY,
    /** The MIP without its singleton cuts and without a warm start, handed straight to SCIP. */
    PLAIN_MIP
  }

  private final Mode mode;

  public SplitFlowPlanner() {
    this(Mode.FULL);
  }

  public SplitFlowPlanner(Mode mode) {
    this.mode = mode;
  }

  public PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress) {
    long started = System.nanoTime();
    DesignNetwork net = DesignNetwork.of(instance);
    List<Unservable> unreachable = unreachable(net);
    if (!unreachable.isEmpty()) {
      return new PlanOutcome(null, unreachable, unreachable.size() + " required site(s) have no path to a gateway"
          + " or a satellite terminal");
    }
    double limit = options.timeLimitSeconds();
    // the cut rounds run beside the slope scaling when there is a second thread
    boolean cutting = options.useMip() && mode == Mode.FULL;
    long cutDeadline = started + (long) (limit * (HEURISTIC_SHARE + CUT_SHARE) * 1e9);
    ExecutorService pool = cutting && options.threads() >= 2 ? Executors.newSingleThreadExecutor(runnable -> {
      Thread t = new Thread(runnable, "dorsal-split-cuts");
      t.setDaemon(true);
      return t;
    }) : null;
    try {
      Future<List<CutsetCuts.Cut>> parallelCuts = pool == null ? null : pool.submit(() -> cuts(net, cutDeadline));
      return plan(net, options, progress, started, parallelCuts, cutting ? cutDeadline : 0);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Cutset inequalities separated on the LP relaxation, for SCIP's model. */
  private static List<CutsetCuts.Cut> cuts(DesignNetwork net, long deadlineNanos) {
    try (SplitFlowMip relaxation = new SplitFlowMip(net, true, false)) {
      return relaxation.solveRelaxation(CUT_ROUNDS, deadlineNanos).cuts();
    }
  }

  /**
   * @param parallelCuts the cut rounds running on another thread, or null to run them here (when
   *     {@code cutDeadline} is not 0) or not at all
   */
  private PlanOutcome plan(DesignNetwork net, SolveOptions options, SolveProgress progress, long started,
      Future<List<CutsetCuts.Cut>> parallelCuts, long cutDeadline) {
    double limit = options.timeLimitSeconds();
    double heuristicShare = mode == Mode.HEURISTIC_ONLY || !options.useMip() ? 1 : HEURISTIC_SHARE;
    SplitFlowSolution heuristic = mode == Mode.PLAIN_MIP ? null
        : new SlopeScaling(net).solve(options.seed(), started + (long) (limit * heuristicShare * 1e9));
    if (heuristic != null) {
      progress.update("slope scaling", heuristic.objectiveUsd(), Double.NaN);
    }
    SplitFlowSolution best = heuristic;
    double bound = Double.NEGATIVE_INFINITY;
    SolveStatus status = SolveStatus.FEASIBLE;
    long nodes = 0;
    String solverName = "slope scaling (GLOP)";
    if (options.useMip() && mode != Mode.HEURISTIC_ONLY) {
      List<CutsetCuts.Cut> cuts = parallelCuts != null ? joined(parallelCuts)
          : cutDeadline != 0 ? cuts(net, cutDeadline) : List.of();
      double left = limit - (System.nanoTime() - started) / 1e9;
      try (SplitFlowMip mip = new SplitFlowMip(net, mode == Mode.FULL)) {
        for (CutsetCuts.Cut cut : cuts) {
          mip.add(cut);
        }
        SplitFlowMip.Outcome outcome = mip.solve(heuristic, Math.max(1, left), options.relativeGap(), options.seed());
        nodes = outcome.nodes();
        bound = outcome.boundUsd();
        status = outcome.status();
        solverName = mode == Mode.FULL ? "slope scaling (GLOP), then SCIP on the split-flow MIP"
            : "SCIP on the plain split-flow MIP";
        if (outcome.solution() != null
            && (best == null || outcome.solution().objectiveUsd() < best.objectiveUsd())) {
          best = outcome.solution();
        }
      }
      if (status == SolveStatus.INFEASIBLE && best == null) {
        return new PlanOutcome(null, List.of(), "no split routing serves every required site within the link and"
            + " uplink capacities" + (net.capexBudgetUsd == Double.POSITIVE_INFINITY ? "" : " and the capex budget"));
      }
    }
    if (best == null) {
      return new PlanOutcome(null, List.of(), "no plan found within " + limit + " s");
    }
    List<FlowDecomposition.SitePath> paths = FlowDecomposition.decompose(net, best.arcFlowMbps(), best.served());
    SplitFlowSolution exact = SplitFlowSolution.of(net, FlowDecomposition.arcFlows(net, paths), best.served());
    if (exact == null) {
      throw new IllegalStateException("the decomposed flow does not fit its links' options");
    }
    double objective = exact.objectiveUsd();
    double boundUsd = Math.min(Math.max(bound, 0), objective); // no cost is negative
    double gap = objective > 0 ? Math.max(0, (objective - boundUsd) / objective) : 0;
    if (status == SolveStatus.OPTIMAL && gap > Math.max(options.relativeGap(), 1e-9)) {
      status = SolveStatus.FEASIBLE; // SCIP's plan was not the one kept
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    SolveStats stats = new SolveStats(status, objective, boundUsd, gap, seconds, solverName,
        heuristic == null ? Double.NaN : heuristic.objectiveUsd(), nodes);
    progress.update("done", objective, boundUsd);
    return new PlanOutcome(toPlan(net, exact, paths, stats), List.of(), null);
  }

  private static List<CutsetCuts.Cut> joined(Future<List<CutsetCuts.Cut>> cuts) {
    try {
      return cuts.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the cut rounds ran", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the cut rounds failed", e.getCause());
    }
  }

  /** Required sites from which no arc path leads to a gateway or the satellite root. */
  static List<Unservable> unreachable(DesignNetwork net) {
    boolean[] reaches = new boolean[net.nodeCount + 1];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    reaches[net.root()] = true;
    queue.add(net.root());
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        reaches[v] = true;
        queue.add(v);
      }
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
        int tail = net.arcTail[net.inArcs[i]];
        if (!reaches[tail]) {
          reaches[tail] = true;
          queue.add(tail);
        }
      }
    }
    List<Unservable> out = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && net.required[v] && !reaches[v]) {
        out.add(new Unservable(net.instance().nodes().get(v).id(), "no chain of links (one-way links crossed only"
            + " from 'from' to 'to') leads from it to a gateway or a satellite terminal"));
      }
    }
    return out;
  }

  private static Plan toPlan(DesignNetwork net, SplitFlowSolution s, List<FlowDecomposition.SitePath> paths,
      SolveStats stats) {
    Instance instance = net.instance();
    List<LinkChoice> choices = Planner.linkChoices(net, s.linkOption());
    List<SiteRoute> routes = new ArrayList<>();
    int next = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v]) {
        continue;
      }
      String siteId = instance.nodes().get(v).id();
      if (!s.served()[v]) {
        routes.add(new SiteRoute(siteId, List.of()));
        continue;
      }
      for (; next < paths.size() && paths.get(next).site() == v; next++) {
        List<String> links = new ArrayList<>();
        for (int a : paths.get(next).arcs()) {
          links.add(instance.links().get(net.arcLink[a]).id());
        }
        routes.add(new SiteRoute(siteId, links, paths.get(next).mbps()));
      }
    }
    return new Plan(choices, routes, stats);
  }
}
