package org.dorsal.solve;

/**
 * A plan of split routing on the design network: each arc's flow, each link's option (a global
 * option index, -1 when the link is not equipped) and which sites are served.
 *
 * <p>Arrays are owned by this object: callers must not change them.
 */
record SplitFlowSolution(double[] arcFlowMbps, int[] linkOption, boolean[] served, double objectiveUsd) {

  /** Flows below this are treated as none (solver round-off). */
  static final double FLOW_EPSILON_MBPS = 1e-7;

  /**
   * The solution these flows give once every link carrying flow gets its cheapest option that fits
   * (links without flow get none), costed; null when some link's flow fits no option or the capex
   * budget is broken.
   */
  static SplitFlowSolution of(DesignNetwork net, double[] arcFlowMbps, boolean[] served) {
    double[] linkFlow = linkFlows(net, arcFlowMbps);
    int[] option = new int[net.linkCount];
    double capex = 0;
    for (int l = 0; l < net.linkCount; l++) {
      option[l] = -1;
      if (linkFlow[l] > FLOW_EPSILON_MBPS) {
        option[l] = net.cheapestOptionFor(l, linkFlow[l] * (1 - 1e-7) - 1e-9);
        if (option[l] < 0) {
          return null;
        }
        capex += net.optionCapexUsd[option[l]];
      }
    }
    if (net.capexBudgetUsd != Double.POSITIVE_INFINITY && capex > net.capexBudgetUsd * (1 + 1e-9) + 1e-6) {
      return null;
    }
    return new SplitFlowSolution(arcFlowMbps, option, served, objective(net, arcFlowMbps, option, served));
  }

  /** Each link's flow: the sum over its arcs. */
  static double[] linkFlows(DesignNetwork net, double[] arcFlowMbps) {
    double[] linkFlow = new double[net.linkCount];
    for (int a = 0; a < net.arcCount; a++) {
      linkFlow[net.arcLink[a]] += arcFlowMbps[a];
    }
    return linkFlow;
  }

  /** Options' net present cost, usage charges, transit and the penalties of unserved sites. */
  static double objective(DesignNetwork net, double[] arcFlowMbps, int[] option, boolean[] served) {
    double sum = 0;
    for (int l = 0; l < net.linkCount; l++) {
      if (option[l] >= 0) {
        sum += net.optionNpcUsd[option[l]];
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      sum += arcFlowMbps[a] * net.arcNpcUsdPerMbps(a);
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && !served[v]) {
        sum += net.penaltyUsd[v];
      }
    }
    return sum;
  }
}
