package org.dorsal.solve;

/**
 * The warm start of coverage planning: a forest serving the required sites (the shortest-path
 * construction), then optional sites added one at a time, each time the one of most weight per
 * USD of extra capex whose connection keeps the plan within the budget, until none fits.
 * Deterministic (ties go to the lower node index).
 */
final class CoverageGreedy {
  private final DesignNetwork net;
  private final double[] weight;

  /**
   * @param net the network with the budget; its optional sites must carry no penalty, so that the
   *     construction serves the required sites alone
   * @param weight per node, what serving it is worth
   */
  CoverageGreedy(DesignNetwork net, double[] weight) {
    this.net = net;
    this.weight = weight;
  }

  /**
   * The forest, or null when the construction finds none for the required sites within the budget.
   *
   * @param constructionDeadline when the construction for the required sites stops improving
   * @param deadlineNanos when adding optional sites stops
   */
  DesignSolution solve(long constructionDeadline, long deadlineNanos) {
    DesignSolution required = new ShortestPathHeuristic(net).solve(constructionDeadline);
    if (required == null || !required.withinBudget(net)) {
      return null;
    }
    ForestState forest = ForestState.fromParents(net, required.parentArc());
    if (!forest.snapshot().withinBudget(net)) {
      return required;
    }
    PathSearch search = new PathSearch(net);
    double capex = forest.snapshot().capexUsd(net);
    while (System.nanoTime() < deadlineNanos) {
      ForestState best = null;
      double bestCapex = 0;
      double bestRatio = 0;
      for (int v = 0; v < net.nodeCount; v++) {
        if (!net.site[v] || net.required[v] || weight[v] <= 0 || forest.parentArc[v] >= 0) {
          continue;
        }
        PathSearch.Found found = search.searchOrSatellite(forest, v, net.demandMbps[v], true);
        if (found == null) {
          continue;
        }
        ForestState trial = forest.copy();
        trial.attach(found.arcs(), found.arcs().length, net.demandMbps[v]);
        trial.markServed(v);
        DesignSolution snapshot = trial.snapshot();
        if (!snapshot.withinBudget(net)) {
          continue;
        }
        double trialCapex = snapshot.capexUsd(net);
        double ratio = weight[v] / (Math.max(0, trialCapex - capex) + 1);
        if (best == null || ratio > bestRatio) {
          best = trial;
          bestCapex = trialCapex;
          bestRatio = ratio;
        }
      }
      if (best == null) {
        break;
      }
      forest = best;
      capex = bestCapex;
    }
    return forest.snapshot();
  }
}
