package org.dorsal.solve;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dorsal.model.SolveStatus;

/** Solves the design MIP with SCIP, warm-started from a forest when one is given. */
final class MipSolver {

  /** What the MIP returned: a forest (null when none was found), its bound and status. */
  record Outcome(DesignSolution solution, double boundUsd, SolveStatus status, long nodes) {}

  /** SCIP's default value of infinity ({@code numerics/infinity}). */
  private static final double SCIP_INFINITY = 1e20;

  /** More SCIP parameters for the whole-network MIP, ';'-separated (for experiments). */
  static final String EXTRA_PARAMETERS = System.getProperty("dorsal.scipParameters", "");

  private final DesignNetwork net;
  private final double memoryLimitMb;

  MipSolver(DesignNetwork net) {
    this(net, Double.POSITIVE_INFINITY);
  }

  /** @param memoryLimitMb SCIP's {@code limits/memory} in MB; infinity leaves SCIP's default */
  MipSolver(DesignNetwork net, double memoryLimitMb) {
    this.net = net;
    this.memoryLimitMb = memoryLimitMb;
  }

  Outcome solve(DesignSolution warmStart, double timeLimitSeconds, double relativeGap, long seed) {
    return solve(warmStart, timeLimitSeconds, relativeGap, seed, 0, List.of());
  }

  /**
   * @param timeLimitSeconds wall time for the whole call: building the model counts against it
   * @param cuts valid cutset inequalities to add to the model
   * @param commodityBudget per-site routing variables (sites x arcs) are added to strengthen the
   *     bound when all of them fit in this budget
   */
  Outcome solve(DesignSolution warmStart, double timeLimitSeconds, double relativeGap, long seed, long commodityBudget,
      List<CutsetCuts.Cut> cuts) {
    return solve(warmStart, timeLimitSeconds, relativeGap, seed, commodityBudget, cuts, null);
  }

  /**
   * As above, with variables fixed to zero by reduced costs ({@code fixed}, null for none); the warm
   * start must not use them (a plan no dearer than the fixing's upper bound does not).
   */
  Outcome solve(DesignSolution warmStart, double timeLimitSeconds, double relativeGap, long seed, long commodityBudget,
      List<CutsetCuts.Cut> cuts, ReducedCostFixing.Fixed fixed) {
    long entered = System.nanoTime();
    try (MipModel model = new MipModel(net, "SCIP", commoditySites(commodityBudget))) {
      if (fixed != null) {
        ReducedCostFixing.apply(model, fixed);
      }
      return solve(model, entered, warmStart, timeLimitSeconds, relativeGap, seed, cuts);
    }
  }

  /** Solves a built (possibly re-targeted) model; {@code entered} is when building it began. */
  Outcome solve(MipModel model, long entered, DesignSolution warmStart, double timeLimitSeconds,
      double relativeGap, long seed, List<CutsetCuts.Cut> cuts) {
    for (CutsetCuts.Cut cut : cuts) {
      CutsetCuts.add(model, cut);
    }
    MPSolver solver = model.solver;
    double built = (System.nanoTime() - entered) / 1e9;
    solver.setTimeLimit(Math.max(1, (long) ((timeLimitSeconds - built) * 1000)));
    String parameters = "randomization/randomseedshift = " + Math.floorMod(seed, 1_000_000);
    if (Double.isFinite(memoryLimitMb)) {
      parameters += "\nlimits/memory = " + memoryLimitMb;
    }
    if (!EXTRA_PARAMETERS.isEmpty()) {
      parameters += "\n" + EXTRA_PARAMETERS.replace(';', '\n');
    }
    solver.setSolverSpecificParametersAsString(parameters);
    if (warmStart != null) {
      hint(model, warmStart);
    }
    MPSolverParameters params = new MPSolverParameters();
    params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
    long started = System.nanoTime();
    MPSolver.ResultStatus status = solver.solve(params);
    double elapsed = (System.nanoTime() - started) / 1e9;
    long nodes = solver.nodes();
    if (status == MPSolver.ResultStatus.INFEASIBLE) {
      return new Outcome(null, Double.POSITIVE_INFINITY, SolveStatus.INFEASIBLE, nodes);
    }
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return new Outcome(null, boundOrMinusInfinity(solver), SolveStatus.TIMED_OUT, nodes);
    }
    DesignSolution found = extract(model);
    double bound = boundOrMinusInfinity(solver);
    return new Outcome(found, bound, statusWithPlan(status, elapsed, timeLimitSeconds), nodes);
  }

  /**
   * The status of a SCIP run that found a plan: optimal when SCIP says so, else timed out when it
   * used (nearly) all of its limit, else feasible (stopped early, e.g. at the gap or memory limit).
   */
  static SolveStatus statusWithPlan(MPSolver.ResultStatus status, double elapsedSeconds, double limitSeconds) {
    if (status == MPSolver.ResultStatus.OPTIMAL) {
      return SolveStatus.OPTIMAL;
    }
    return elapsedSeconds >= limitSeconds * 0.98 ? SolveStatus.TIMED_OUT : SolveStatus.FEASIBLE;
  }

  /** All sites when their routing variables (sites x arcs) fit in the budget, else none (null). */
  boolean[] commoditySites(long budget) {
    // all or none: on the regional instance a partial set slowed SCIP's root LP past the time
    // limit without moving the bound (measured), while small instances profit from all
    if (!net.siteRoutingFits(budget)) {
      return null;
    }
    boolean[] chosen = new boolean[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      chosen[v] = net.site[v];
    }
    return chosen;
  }

  /**
   * SCIP's dual bound; minus infinity when it has none, which SCIP reports as its own infinity
   * (-1e20, e.g. when the time runs out in presolve) and which must not pass for a number.
   */
  static double boundOrMinusInfinity(MPSolver solver) {
    try {
      double bound = solver.objective().bestBound();
      return bound <= -SCIP_INFINITY ? Double.NEGATIVE_INFINITY : bound;
    } catch (RuntimeException e) {
      return Double.NEGATIVE_INFINITY;
    }
  }

  void hint(MipModel model, DesignSolution start) {
    List<MPVariable> vars = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    addHints(model, start, vars, values);
    setHint(model.solver, vars, values);
  }

  /** Hands SCIP these variable values as its warm start. */
  static void setHint(MPSolver solver, List<MPVariable> vars, List<Double> values) {
    double[] hintValues = new double[values.size()];
    for (int i = 0; i < hintValues.length; i++) {
      hintValues[i] = values.get(i);
    }
    solver.setHint(vars.toArray(new MPVariable[0]), hintValues);
  }

  /** Appends the model's variables and their values in {@code start} (for a combined hint). */
  void addHints(MipModel model, DesignSolution start, List<MPVariable> vars, List<Double> values) {
    double[] flow = arcFlows(start);
    int zBase = values.size();
    for (int k = 0; k < model.z.length; k++) {
      vars.add(model.z[k]);
      values.add(0.0);
    }
    for (int l = 0; l < net.linkCount; l++) {
      if (start.linkOption()[l] >= 0) {
        values.set(zBase + start.linkOption()[l], 1.0);
      }
    }
    boolean[] isParent = new boolean[net.arcCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (start.parentArc()[v] >= 0) {
        isParent[start.parentArc()[v]] = true;
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      vars.add(model.y[a]);
      values.add(isParent[a] ? 1.0 : 0.0);
      vars.add(model.f[a]);
      values.add(flow[a]);
    }
    int[] runs = runs(start);
    for (int v = 0; v < net.nodeCount; v++) {
      if (model.served[v] != null) {
        vars.add(model.served[v]);
        values.add(start.parentArc()[v] >= 0 ? 1.0 : 0.0);
      }
      if (model.uplink[v] != null) {
        vars.add(model.uplink[v]);
        values.add(gatewayLoad(start, flow, v));
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      int a = start.parentArc()[v];
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int b = net.outArcs[i];
        if (model.level[b] == null) {
          continue;
        }
        for (int r = 1; r < model.level[b].length; r++) {
          if (model.level[b][r] != null) {
            vars.add(model.level[b][r]);
            values.add(b == a && runs[v] == r ? 1.0 : 0.0);
          }
        }
      }
    }
  }

  private double gatewayLoad(DesignSolution s, double[] flow, int g) {
    double load = 0;
    for (int i = net.inStart[g]; i < net.inStart[g + 1]; i++) {
      load += flow[net.inArcs[i]];
    }
    return load;
  }

  /** Flow on every arc: each served site's demand pushed up its path. */
  double[] arcFlows(DesignSolution s) {
    double[] flow = new double[net.arcCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || s.parentArc()[v] < 0) {
        continue;
      }
      int x = v;
      while (x != net.root() && !net.gateway[x]) {
        int a = s.parentArc()[x];
        flow[a] += net.demandMbps[v];
        x = net.arcHead[a];
      }
    }
    return flow;
  }

  /** Microwave run from each node up to fiber, a gateway or a satellite terminal. */
  private int[] runs(DesignSolution s) {
    int[] runs = new int[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      int x = v;
      int r = 0;
      while (x != net.root() && !net.gateway[x] && s.parentArc()[x] >= 0) {
        int a = s.parentArc()[x];
        if (!net.microwave[net.arcLink[a]]) {
          break;
        }
        r++;
        x = net.arcHead[a];
      }
      runs[v] = r;
    }
    return runs;
  }

  /** Reads the forest from the MIP values: arcs that carry flow and the options of their links. */
  DesignSolution extract(MipModel model) {
    int[] parent = new int[net.nodeCount];
    Arrays.fill(parent, -1);
    for (int a = 0; a < net.arcCount; a++) {
      if (model.y[a].solutionValue() > 0.5 && model.f[a].solutionValue() > 1e-6) {
        parent[net.arcTail[a]] = a;
      }
    }
    int[] option = new int[net.linkCount];
    Arrays.fill(option, -1);
    for (int l = 0; l < net.linkCount; l++) {
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        if (model.z[k].solutionValue() > 0.5) {
          option[l] = k;
        }
      }
    }
    return new DesignSolution(parent, option, model.solver.objective().value());
  }
}
