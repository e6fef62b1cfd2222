package org.dorsal.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dorsal.model.SolveStatus;

/**
 * The multi-period roll-out MIP (docs/rollout.md). It extends the static {@link MipModel} of the
 * last year's network, whose forest (y), served sites, hop limit and last-year flows and options
 * it keeps as they are (the last year is the largest, so those constraints hold in every year),
 * with a layer per earlier year: x[k][t] option k active in year t (the last year's x is the
 * static z), per-year arc flows g[a][t] on the same forest with that year's demands, each year's
 * flow within that year's capacity, equipped links never unequipped, capacity never decreasing,
 * install events w[k][t] >= x[k][t] - x[k][t-1] and first installs b[l][t] (which pay the build
 * cost per km), and the yearly and total capex budgets. The objective replaces the static prices
 * by the discounted yearly ones.
 */
final class RolloutMip {

  /**
   * @param parentArc the forest found (null when none)
   * @param optionByYear [link][year - 1] global option, -1 when not equipped (null with no forest)
   */
  record Outcome(int[] parentArc, int[][] optionByYear, double objectiveUsd, double boundUsd, SolveStatus status,
      long nodes) {}

  private final RolloutNetwork rn;
  private final DesignNetwork net;

  RolloutMip(RolloutNetwork rn) {
    this.rn = rn;
    this.net = rn.net;
  }

  /** The model's variables beyond the static ones, indexed [..][year - 1]. */
  private record Layers(MPVariable[][] x, MPVariable[][] install, MPVariable[][] firstInstall, MPVariable[][] flow,
      MPVariable[][] load) {}

  Outcome solve(int[] startParents, int[][] startOptions, double timeLimitSeconds, double relativeGap, long seed) {
    long entered = System.nanoTime();
    try (MipModel model = new MipModel(net, "SCIP", null)) {
      Layers layers = build(model);
      MPSolver solver = model.solver;
      if (startParents != null) {
        hint(model, layers, startParents, startOptions);
      }
      double built = (System.nanoTime() - entered) / 1e9;
      solver.setTimeLimit(Math.max(1, (long) ((timeLimitSeconds - built) * 1000)));
      solver.setSolverSpecificParametersAsString("randomization/randomseedshift = " + Math.floorMod(seed, 1_000_000));
      MPSolverParameters params = new MPSolverParameters();
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
      MPSolver.ResultStatus status = solver.solve(params);
      long nodes = solver.nodes();
      if (status == MPSolver.ResultStatus.INFEASIBLE) {
        return new Outcome(null, null, Double.NaN, Double.POSITIVE_INFINITY, SolveStatus.INFEASIBLE, nodes);
      }
      double bound = MipSolver.boundOrMinusInfinity(solver);
      if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
        return new Outcome(null, null, Double.NaN, bound, SolveStatus.TIMED_OUT, nodes);
      }
      DesignSolution forest = new MipSolver(net).extract(model);
      boolean[] used = new boolean[net.linkCount];
      for (int a : forest.parentArc()) {
        if (a >= 0) {
          used[net.arcLink[a]] = true;
        }
      }
      int[][] options = new int[net.linkCount][];
      for (int l = 0; l < net.linkCount; l++) {
        if (!used[l]) {
          continue; // an equipped link no route uses is left out
        }
        options[l] = new int[rn.years];
        for (int t = 0; t < rn.years; t++) {
          options[l][t] = -1;
          for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
            if (layers.x()[k][t].solutionValue() > 0.5) {
              options[l][t] = k;
            }
          }
        }
      }
      SolveStatus outcome = status == MPSolver.ResultStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.TIMED_OUT;
      return new Outcome(forest.parentArc(), options, solver.objective().value(), bound, outcome, nodes);
    }
  }

  private Layers build(MipModel model) {
    MPSolver solver = model.solver;
    double infinity = MPSolver.infinity();
    int years = rn.years;
    int last = years - 1;
    int optionCount = net.optionStart[net.linkCount];
    MPObjective objective = solver.objective();
    MPVariable[][] x = new MPVariable[optionCount][years];
    MPVariable[][] install = new MPVariable[optionCount][years];
    MPVariable[][] firstInstall = new MPVariable[net.linkCount][years];
    MPVariable[][] flow = new MPVariable[net.arcCount][years];
    MPVariable[][] load = new MPVariable[net.nodeCount][years];
    MPConstraint[] yearCapex = new MPConstraint[years];
    MPConstraint totalCapex = rn.hasTotalBudget() ? solver.makeConstraint(-infinity, rn.totalBudgetUsd) : null;
    for (int t = 0; t < years; t++) {
      yearCapex[t] = rn.hasYearlyBudget() ? solver.makeConstraint(-infinity, rn.yearlyBudgetUsd) : null;
    }
    for (int k = 0; k < optionCount; k++) {
      objective.setCoefficient(model.z[k], 0);
      for (int t = 0; t < years; t++) {
        x[k][t] = t == last ? model.z[k] : solver.makeBoolVar("");
        install[k][t] = solver.makeNumVar(0, 1, "");
        objective.setCoefficient(x[k][t], rn.optionYearlyUsd[k] * rn.yearEndFactor[t]);
        objective.setCoefficient(install[k][t], rn.optionInstallUsd[k] * rn.capexFactor[t]);
        MPConstraint event = solver.makeConstraint(0, infinity);
        event.setCoefficient(install[k][t], 1);
        event.setCoefficient(x[k][t], -1);
        if (t > 0) {
          event.setCoefficient(x[k][t - 1], 1);
        }
        addCapex(yearCapex[t], totalCapex, install[k][t], rn.optionInstallUsd[k]);
      }
    }
    for (int l = 0; l < net.linkCount; l++) {
      for (int t = 0; t < years; t++) {
        firstInstall[l][t] = solver.makeNumVar(0, 1, "");
        objective.setCoefficient(firstInstall[l][t], rn.buildUsd[l] * rn.capexFactor[t]);
        addCapex(yearCapex[t], totalCapex, firstInstall[l][t], rn.buildUsd[l]);
        MPConstraint one = solver.makeConstraint(-infinity, 1);
        MPConstraint first = solver.makeConstraint(0, infinity);
        first.setCoefficient(firstInstall[l][t], 1);
        MPConstraint kept = t < last ? solver.makeConstraint(-infinity, 0) : null;
        MPConstraint growing = t < last ? solver.makeConstraint(-infinity, 0) : null;
        for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
          one.setCoefficient(x[k][t], 1);
          first.setCoefficient(x[k][t], -1);
          if (t > 0) {
            first.setCoefficient(x[k][t - 1], 1);
          }
          if (kept != null) {
            // equipped this year -> equipped next year; capacity never decreases
            kept.setCoefficient(x[k][t], 1);
            kept.setCoefficient(x[k][t + 1], -1);
            growing.setCoefficient(x[k][t], net.optionCapacityMbps[k]);
            growing.setCoefficient(x[k][t + 1], -net.optionCapacityMbps[k]);
          }
        }
      }
    }
    for (int t = 0; t < last; t++) {
      addYearFlows(model, t, x, flow, load);
    }
    for (int a = 0; a < net.arcCount; a++) {
      flow[a][last] = model.f[a];
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        objective.setCoefficient(model.uplink[v], 0);
        load[v][last] = model.uplink[v];
        for (int t = 0; t < years; t++) {
          objective.setCoefficient(load[v][t], rn.transitUsdPerMbpsYear[v] * rn.yearEndFactor[t]);
        }
      }
    }
    return new Layers(x, install, firstInstall, flow, load);
  }

  private static void addCapex(MPConstraint year, MPConstraint total, MPVariable var, double usd) {
    if (year != null) {
      year.setCoefficient(var, usd);
    }
    if (total != null) {
      total.setCoefficient(var, usd);
    }
  }

  /** Year t's flows on the forest y with that year's demands, within that year's options. */
  private void addYearFlows(MipModel model, int t, MPVariable[][] x, MPVariable[][] flow, MPVariable[][] load) {
    MPSolver solver = model.solver;
    double infinity = MPSolver.infinity();
    double totalDemand = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      totalDemand += rn.demandMbps[v][t];
    }
    for (int a = 0; a < net.arcCount; a++) {
      double most = Math.min(net.maxCapacityMbps(net.arcLink[a]), totalDemand);
      flow[a][t] = solver.makeNumVar(0, most, "");
      MPConstraint onArc = solver.makeConstraint(-infinity, 0);
      onArc.setCoefficient(flow[a][t], 1);
      onArc.setCoefficient(model.y[a], -most);
    }
    for (int l = 0; l < net.linkCount; l++) {
      MPConstraint capacity = solver.makeConstraint(-infinity, 0);
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        capacity.setCoefficient(x[k][t], -net.optionCapacityMbps[k]);
      }
      for (int a : model.arcsOf(l)) {
        capacity.setCoefficient(flow[a][t], 1);
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      MPConstraint balance;
      if (net.gateway[v]) {
        load[v][t] = solver.makeNumVar(0, net.uplinkMbps[v], "");
        balance = solver.makeConstraint(0, 0);
        balance.setCoefficient(load[v][t], 1);
        for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
          balance.setCoefficient(flow[net.inArcs[i]][t], -1);
        }
        continue;
      }
      double demand = rn.demandMbps[v][t];
      boolean optional = net.site[v] && !net.required[v];
      balance = optional ? solver.makeConstraint(0, 0) : solver.makeConstraint(demand, demand);
      if (optional) {
        balance.setCoefficient(model.served[v], -demand);
      }
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        balance.setCoefficient(flow[net.outArcs[i]][t], 1);
      }
      for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
        balance.setCoefficient(flow[net.inArcs[i]][t], -1);
      }
    }
  }

  /** Warm start: the static model's values for the forest and last year, then every year layer. */
  private void hint(MipModel model, Layers layers, int[] parentArc, int[][] optionByYear) {
    int last = rn.years - 1;
    int[] lastOption = new int[net.linkCount];
    Arrays.fill(lastOption, -1);
    for (int l = 0; l < net.linkCount; l++) {
      if (optionByYear[l] != null) {
        lastOption[l] = optionByYear[l][last];
      }
    }
    List<MPVariable> vars = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    MipSolver mip = new MipSolver(net);
    mip.addHints(model, new DesignSolution(parentArc, lastOption, 0), vars, values);
    double[][] arcFlow = YearlyFlows.of(rn, parentArc).arcMbps();
    for (int l = 0; l < net.linkCount; l++) {
      int[] options = optionByYear[l];
      int previous = -1;
      for (int t = 0; t < rn.years; t++) {
        int active = options == null ? -1 : options[t];
        for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
          if (t < last) {
            vars.add(layers.x()[k][t]);
            values.add(active == k ? 1.0 : 0.0);
          }
          vars.add(layers.install()[k][t]);
          values.add(active == k && previous != k ? 1.0 : 0.0);
        }
        vars.add(layers.firstInstall()[l][t]);
        values.add(active >= 0 && previous < 0 ? 1.0 : 0.0);
        previous = active;
      }
    }
    for (int t = 0; t < last; t++) {
      for (int a = 0; a < net.arcCount; a++) {
        vars.add(layers.flow()[a][t]);
        values.add(arcFlow[a][t]);
      }
      for (int v = 0; v < net.nodeCount; v++) {
        if (net.gateway[v]) {
          double load = 0;
          for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
            load += arcFlow[net.inArcs[i]][t];
          }
          vars.add(layers.load()[v][t]);
          values.add(load);
        }
      }
    }
    MipSolver.setHint(model.solver, vars, values);
  }
}
