package org.dorsal.solve;

/**
 * The traffic of a fixed forest in every year: each served site's demand of that year pushed up
 * its path. Indexed [link][year - 1], [gateway node][year - 1] and [arc][year - 1].
 */
record YearlyFlows(double[][] linkMbps, double[][] gatewayMbps, double[][] arcMbps) {

  static YearlyFlows of(RolloutNetwork rn, int[] parentArc) {
    DesignNetwork net = rn.net;
    double[][] link = new double[net.linkCount][rn.years];
    double[][] gateway = new double[net.nodeCount][rn.years];
    double[][] arc = new double[net.arcCount][rn.years];
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || parentArc[v] < 0) {
        continue;
      }
      int x = v;
      while (x != net.root() && !net.gateway[x]) {
        int a = parentArc[x];
        add(link[net.arcLink[a]], rn.demandMbps[v]);
        add(arc[a], rn.demandMbps[v]);
        x = net.arcHead[a];
      }
      if (x != net.root()) {
        add(gateway[x], rn.demandMbps[v]);
      }
    }
    return new YearlyFlows(link, gateway, arc);
  }

  private static void add(double[] into, double[] values) {
    for (int t = 0; t < into.length; t++) {
      into[t] += values[t];
    }
  }
}
