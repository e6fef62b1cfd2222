package org.dorsal.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import java.util.List;

/**
 * The design MIP ({@link MipModel}, every constraint and the capex budget) with the objectives of
 * coverage planning: the greatest weight of served sites; the least capex that serves the required
 * sites alone; and the least net present cost among plans that serve at least a given weight.
 */
final class CoverageMip {
  /** SCIP's infinity: a bound this large is no bound. */
  private static final double SCIP_INFINITY = 1e20;

  private final DesignNetwork net;
  private final double[] weight;

  /** @param weight per node, what serving it is worth (0 for nodes that are not sites) */
  CoverageMip(DesignNetwork net, double[] weight) {
    this.net = net;
    this.weight = weight.clone();
  }

  /**
   * Maximises the weight served. The outcome's solution has the weight as its objective and
   * {@code boundUsd} is the proven upper bound on the weight (infinity when SCIP has none).
   */
  MipSolver.Outcome maximiseWeight(DesignSolution warmStart, double seconds, long seed) {
    long entered = System.nanoTime();
    try (MipModel model = model()) {
      MPObjective objective = model.solver.objective();
      objective.clear();
      for (int v = 0; v < net.nodeCount; v++) {
        if (model.served[v] != null) {
          objective.setCoefficient(model.served[v], weight[v]);
        }
      }
      objective.setOffset(requiredWeight());
      objective.setMaximization();
      MipSolver.Outcome outcome = new MipSolver(net).solve(model, entered, warmStart, seconds, 0, seed, List.of());
      double bound = outcome.boundUsd() >= SCIP_INFINITY ? Double.POSITIVE_INFINITY : outcome.boundUsd();
      return new MipSolver.Outcome(outcome.solution(), bound, outcome.status(), outcome.nodes());
    }
  }

  /**
   * The least capex that serves every required site and no optional one: the outcome's bound is a
   * proven lower bound on it (minus infinity when none), its status INFEASIBLE when no plan serves
   * the required sites at all. Meant for a network without a budget.
   */
  MipSolver.Outcome minimiseRequiredCapex(double seconds, long seed) {
    long entered = System.nanoTime();
    try (MipModel model = model()) {
      MPObjective objective = model.solver.objective();
      objective.clear();
      for (int k = 0; k < model.z.length; k++) {
        objective.setCoefficient(model.z[k], net.optionCapexUsd[k]);
      }
      for (int v = 0; v < net.nodeCount; v++) {
        if (model.served[v] != null) {
          model.served[v].setUb(0);
        }
      }
      objective.setMinimization();
      return new MipSolver(net).solve(model, entered, null, seconds, 0, seed, List.of());
    }
  }

  /**
   * The least net present cost (penalties left out) among plans serving at least {@code
   * floorWeight}. The outcome's bound is a proven lower bound on that cost.
   */
  MipSolver.Outcome minimiseCostServing(double floorWeight, DesignSolution warmStart, double seconds,
      double relativeGap, long seed) {
    long entered = System.nanoTime();
    try (MipModel model = model()) {
      MPObjective objective = model.solver.objective();
      MPConstraint floor = model.solver.makeConstraint(
          floorWeight - requiredWeight() - 1e-6 * Math.max(1, floorWeight), MPSolver.infinity(), "coverage");
      for (int v = 0; v < net.nodeCount; v++) {
        if (model.served[v] != null) {
          objective.setCoefficient(model.served[v], 0);
          floor.setCoefficient(model.served[v], weight[v]);
        }
      }
      objective.setOffset(0);
      return new MipSolver(net).solve(model, entered, warmStart, seconds, relativeGap, seed, List.of());
    }
  }

  private MipModel model() {
    boolean[] commodities = new MipSolver(net).commoditySites(Planner.COMMODITY_BUDGET);
    return new MipModel(net, "SCIP", commodities);
  }

  private double requiredWeight() {
    double sum = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && net.required[v]) {
        sum += weight[v];
      }
    }
    return sum;
  }
}
