package org.dorsal.solve;

import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.dorsal.model.SolveStatus;

/**
 * The first phase of coverage planning: which sites to serve. The greedy warm start ({@link
 * CoverageGreedy}), then the design MIP maximising the weight served within every constraint and
 * the capex budget ({@link CoverageMip}), which also gives an upper bound on the weight.
 */
final class CoverageWeightPhase {

  /**
   * The sites chosen.
   *
   * @param net the design network of the instance with optional sites unpenalised
   * @param weight per node, what serving it is worth
   * @param chosen the forest serving the chosen sites, null when none was found
   * @param weightBound upper bound on the weight any plan within the budget serves
   * @param status OPTIMAL when the MIP proved the weight optimal
   * @param infeasible whether the MIP proved that no plan serves every required site
   * @param nodes branch-and-bound nodes
   */
  record Choice(DesignNetwork net, double[] weight, DesignSolution chosen, double weightBound, SolveStatus status,
      boolean infeasible, long nodes) {

    double chosenWeight() {
      return weightOf(chosen, net, weight);
    }

    /** Per node: whether the chosen forest serves it as a site. */
    boolean[] served() {
      return CoverageWeightPhase.served(net, chosen.parentArc());
    }
  }

  /** Per node: whether the forest given by its parent arcs serves it as a site. */
  static boolean[] served(DesignNetwork net, int[] parentArc) {
    boolean[] served = new boolean[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      served[v] = net.site[v] && parentArc[v] >= 0;
    }
    return served;
  }

  /**
   * Chooses the sites of {@code instance} (with its coverage section and capex budget).
   *
   * @param mipSeconds up to when (seconds after {@code started}) the weight MIP may run
   */
  static Choice choose(Instance instance, SolveOptions options, long started, double mipSeconds) {
    double limit = options.timeLimitSeconds();
    Coverage coverage = instance.coverage() != null ? instance.coverage() : Coverage.byPopulation();
    Instance unpenalised = CoveragePlanner.withSites(instance, null);
    DesignNetwork net = DesignNetwork.of(unpenalised);
    double[] weight = new double[net.nodeCount];
    double totalWeight = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      weight[v] = coverage.weightOf(instance.nodes().get(v));
      totalWeight += weight[v];
    }
    DesignSolution chosen = new CoverageGreedy(
        DesignNetwork.of(CoveragePlanner.capexWeighted(unpenalised, Double.POSITIVE_INFINITY)), weight)
        .solve(started + (long) (limit * 0.05e9), started + (long) (limit * 0.15e9));
    double weightBound = totalWeight;
    SolveStatus status = SolveStatus.FEASIBLE;
    long nodes = 0;
    if (options.useMip()) {
      double seconds = Math.max(1, mipSeconds - (System.nanoTime() - started) / 1e9);
      MipSolver.Outcome mip = new CoverageMip(net, weight).maximiseWeight(chosen, seconds, options.seed());
      nodes += mip.nodes();
      if (mip.status() == SolveStatus.INFEASIBLE) {
        return new Choice(net, weight, null, 0, SolveStatus.INFEASIBLE, true, nodes);
      }
      if (mip.solution() != null && (chosen == null
          || weightOf(mip.solution(), net, weight) > weightOf(chosen, net, weight) + 1e-9)) {
        chosen = mip.solution();
      }
      weightBound = Math.min(weightBound, mip.boundUsd());
      status = mip.status();
    }
    return new Choice(net, weight, chosen, weightBound, status, false, nodes);
  }

  static double weightOf(DesignSolution s, DesignNetwork net, double[] weight) {
    double sum = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && (net.required[v] || s.parentArc()[v] >= 0)) {
        sum += weight[v];
      }
    }
    return sum;
  }
}
