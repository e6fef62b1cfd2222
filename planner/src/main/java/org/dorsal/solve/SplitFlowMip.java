package org.dorsal.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dorsal.model.SolveStatus;

/**
 * Split routing as a MIP (OR-Tools, SCIP): the single-commodity fixed-charge network flow.
 *
 * <p>Variables: z[k] per option (at most one per link), f[a] flow per arc, s[v] per optional site
 * (served). Constraints: flow out of a site minus flow into it is its demand (times s[v] when
 * optional), zero at relays and junctions; flow into a gateway within its uplink; the arcs of a
 * link together within the capacity of its option; optional capex budget. Strengthening: each arc's
 * flow at most min(capacity, total demand) times "the link is equipped", and each site's singleton
 * cut (its demand must leave it: the options of the links out of it, each counted up to the
 * site's demand, reach that demand). Objective: options' net present cost, usage charges per Mbps,
 * transit, penalties of unserved optional sites.
 */
final class SplitFlowMip implements AutoCloseable {
  static {
    Loader.loadNativeLibraries();
  }

  /** What SCIP gave: a solution (or null), its bound, the status and the branch-and-bound nodes. */
  record Outcome(SplitFlowSolution solution, double boundUsd, SolveStatus status, long nodes) {}

  private final DesignNetwork net;
  private final MPSolver solver;
  private final MPVariable[] z;
  private final MPVariable[] f;
  private final MPVariable[] served;

  /** Whether SCIP gets the warm start (an experiment switch). */
  static final boolean HINT = Boolean.parseBoolean(System.getProperty("dorsal.splitHint", "true"));
  /** Whether the singleton cuts may be added at all (an experiment switch). */
  static final boolean SINGLETON_CUTS = Boolean.parseBoolean(System.getProperty("dorsal.splitSingleton", "true"));

  private final boolean singletonCuts;
  private final boolean integral;

  /** @param singletonCuts whether to add each site's singleton cut (off: the plain model) */
  SplitFlowMip(DesignNetwork net, boolean singletonCuts) {
    this(net, singletonCuts, true);
  }

  /**
   * @param integral false for the LP relaxation (GLOP; options and served sites between 0 and 1),
   *     where {@link #solveRelaxation} separates cuts
   */
  SplitFlowMip(DesignNetwork net, boolean singletonCuts, boolean integral) {
    this.net = net;
    this.singletonCuts = singletonCuts && SINGLETON_CUTS;
    this.integral = integral;
    String backend = integral ? "SCIP" : "GLOP";
    solver = MPSolver.createSolver(backend);
    if (solver == null) {
      throw new IllegalStateException("OR-Tools has no " + backend + " backend on this platform");
    }
    solver.suppressOutput();
    z = new MPVariable[net.optionStart[net.linkCount]];
    f = new MPVariable[net.arcCount];
    served = new MPVariable[net.nodeCount];
    build();
  }

  @Override
  public void close() {
    solver.delete();
  }

  private void build() {
    double infinity = MPSolver.infinity();
    double totalDemand = net.totalDemandMbps();
    MPObjective objective = solver.objective();
    MPConstraint budget = net.capexBudgetUsd == Double.POSITIVE_INFINITY ? null
        : solver.makeConstraint(-infinity, net.capexBudgetUsd, "budget");
    for (int k = 0; k < z.length; k++) {
      z[k] = integral ? solver.makeBoolVar("z" + k) : solver.makeNumVar(0, 1, "z" + k);
      objective.setCoefficient(z[k], net.optionNpcUsd[k]);
      if (budget != null) {
        budget.setCoefficient(z[k], net.optionCapexUsd[k]);
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      int l = net.arcLink[a];
      double most = Math.min(net.maxCapacityMbps(l), totalDemand);
      f[a] = solver.makeNumVar(0, most, "f" + a);
      objective.setCoefficient(f[a], net.arcNpcUsdPerMbps(a));
      // flow only on an equipped link, at most the total demand
      MPConstraint equipped = solver.makeConstraint(-infinity, 0);
      equipped.setCoefficient(f[a], 1);
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        equipped.setCoefficient(z[k], -Math.min(net.optionCapacityMbps[k], totalDemand));
      }
    }
    List<List<Integer>> arcsOfLink = new ArrayList<>();
    for (int l = 0; l < net.linkCount; l++) {
      arcsOfLink.add(new ArrayList<>(2));
    }
    for (int a = 0; a < net.arcCount; a++) {
      arcsOfLink.get(net.arcLink[a]).add(a);
    }
    for (int l = 0; l < net.linkCount; l++) {
      MPConstraint one = solver.makeConstraint(-infinity, 1);
      MPConstraint capacity = solver.makeConstraint(-infinity, 0);
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        one.setCoefficient(z[k], 1);
        capacity.setCoefficient(z[k], -net.optionCapacityMbps[k]);
      }
      for (int a : arcsOfLink.get(l)) {
        capacity.setCoefficient(f[a], 1);
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        MPConstraint uplink = solver.makeConstraint(-infinity, net.uplinkMbps[v]);
        for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
          uplink.setCoefficient(f[net.inArcs[i]], 1);
        }
        continue;
      }
      MPConstraint balance;
      MPConstraint leaves = null;
      if (net.site[v] && net.required[v]) {
        balance = solver.makeConstraint(net.demandMbps[v], net.demandMbps[v]);
        leaves = singletonCuts ? solver.makeConstraint(net.demandMbps[v], infinity) : null;
      } else if (net.site[v]) {
        served[v] = integral ? solver.makeBoolVar("s" + v) : solver.makeNumVar(0, 1, "s" + v);
        objective.setCoefficient(served[v], -net.penaltyUsd[v]);
        balance = solver.makeConstraint(0, 0);
        balance.setCoefficient(served[v], -net.demandMbps[v]);
        if (singletonCuts) {
          leaves = solver.makeConstraint(0, infinity);
          leaves.setCoefficient(served[v], -net.demandMbps[v]);
        }
      } else {
        balance = solver.makeConstraint(0, 0);
      }
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int a = net.outArcs[i];
        balance.setCoefficient(f[a], 1);
        if (leaves != null) {
          int l = net.arcLink[a];
          for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
            leaves.setCoefficient(z[k], Math.min(net.optionCapacityMbps[k], net.demandMbps[v]));
          }
        }
      }
      for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
        balance.setCoefficient(f[net.inArcs[i]], -1);
      }
    }
    double penalties = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      penalties += net.penaltyUsd[v];
    }
    objective.setOffset(penalties);
    objective.setMinimization();
  }

  /** Adds a cutset inequality: sum over its links' modules k of min(cap_k, D) z_k >= D. */
  void add(CutsetCuts.Cut cut) {
    MPConstraint row = solver.makeConstraint(cut.demandMbps(), MPSolver.infinity());
    for (int l : cut.links()) {
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        row.setCoefficient(z[k], cut.coefficient(net.optionCapacityMbps[k]));
      }
    }
  }

  /**
   * The LP relaxation (built with {@code integral} false) with cutset inequalities separated round
   * after round ({@link ConnectivityCuts#separateSplit}) until none is violated, the rounds run out or
   * the deadline (nanoTime) passes. Returns the cuts found and the last LP's bound.
   */
  CutsetCuts.Result solveRelaxation(int maxRounds, long deadlineNanos) {
    if (integral) {
      throw new IllegalStateException("the relaxation is solved on a model built with integral = false");
    }
    ConnectivityCuts separator = new ConnectivityCuts(net);
    List<CutsetCuts.Cut> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    double bound = Double.NEGATIVE_INFINITY;
    int rounds = 0;
    while (rounds < maxRounds && System.nanoTime() < deadlineNanos) {
      MPSolver.ResultStatus status = solver.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        break;
      }
      bound = solver.objective().value();
      rounds++;
      double[] values = new double[z.length];
      for (int k = 0; k < z.length; k++) {
        values[k] = z[k].solutionValue();
      }
      int added = 0;
      for (CutsetCuts.Cut cut : separator.separateSplit(values)) {
        if (seen.add(Arrays.toString(cut.links()) + cut.demandMbps())) {
          add(cut);
          all.add(cut);
          added++;
        }
      }
      if (added == 0) {
        break;
      }
    }
    return new CutsetCuts.Result(all, bound, rounds);
  }

  /**
   * Solves within the time limit (seconds, from now), warm-started from {@code start} when not
   * null; the solution SCIP reports is re-equipped with the cheapest options that fit its flows.
   */
  Outcome solve(SplitFlowSolution start, double timeLimitSeconds, double relativeGap, long seed) {
    solver.setTimeLimit(Math.max(1, (long) (timeLimitSeconds * 1000)));
    solver.setSolverSpecificParametersAsString("randomization/randomseedshift = " + Math.floorMod(seed, 1_000_000));
    if (start != null && HINT) {
      hint(start);
    }
    MPSolverParameters params = new MPSolverParameters();
    params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
    long began = System.nanoTime();
    MPSolver.ResultStatus status = solver.solve(params);
    double elapsed = (System.nanoTime() - began) / 1e9;
    long nodes = solver.nodes();
    if (status == MPSolver.ResultStatus.INFEASIBLE) {
      return new Outcome(null, Double.POSITIVE_INFINITY, SolveStatus.INFEASIBLE, nodes);
    }
    double bound = MipSolver.boundOrMinusInfinity(solver);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return new Outcome(null, bound, SolveStatus.TIMED_OUT, nodes);
    }
    SplitFlowSolution found = extract();
    return new Outcome(found, bound, MipSolver.statusWithPlan(status, elapsed, timeLimitSeconds), nodes);
  }

  private SplitFlowSolution extract() {
    double[] flow = new double[net.arcCount];
    for (int a = 0; a < net.arcCount; a++) {
      double value = f[a].solutionValue();
      flow[a] = value > SplitFlowSolution.FLOW_EPSILON_MBPS ? value : 0;
    }
    boolean[] isServed = new boolean[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      isServed[v] = net.site[v] && (net.required[v] || served[v].solutionValue() > 0.5);
    }
    return SplitFlowSolution.of(net, FlowCycles.cancel(net, flow), isServed);
  }

  private void hint(SplitFlowSolution start) {
    int size = z.length + f.length;
    List<MPVariable> vars = new ArrayList<>(size);
    List<Double> values = new ArrayList<>(size);
    for (int l = 0; l < net.linkCount; l++) {
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        vars.add(z[k]);
        values.add(start.linkOption()[l] == k ? 1.0 : 0.0);
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      vars.add(f[a]);
      values.add(start.arcFlowMbps()[a]);
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (served[v] != null) {
        vars.add(served[v]);
        values.add(start.served()[v] ? 1.0 : 0.0);
      }
    }
    MipSolver.setHint(solver, vars, values);
  }
}
