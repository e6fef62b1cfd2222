package org.dorsal.solve;

/**
 * A lower bound that needs no LP: every served site leaves by its own parent arc, and a link is
 * the parent arc of at most one node, so the plan pays at least, per required site, its cheapest
 * link option wide enough for its own demand (an optional site: the lesser of that and its
 * penalty). Without satellite links all traffic leaves through gateways, so each site's demand
 * also pays transit at the cheapest gateway price.
 */
final class DegreeBound {
  private final DesignNetwork net;

  DegreeBound(DesignNetwork net) {
    this.net = net;
  }

  double boundUsd() {
    double transit = net.cheapestTransitNpcUsdPerMbps();
    for (int l = 0; l < net.linkCount; l++) {
      if (net.satellite[l]) {
        transit = 0; // satellite traffic pays no gateway transit
        break;
      }
    }
    double sum = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v]) {
        continue;
      }
      double cheapest = Double.POSITIVE_INFINITY;
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int k = net.cheapestOptionFor(net.arcLink[net.outArcs[i]], net.demandMbps[v]);
        if (k >= 0) {
          cheapest = Math.min(cheapest, net.optionNpcUsd[k]);
        }
      }
      double serve = cheapest + net.demandMbps[v] * transit;
      sum += net.required[v] ? serve : Math.min(serve, net.penaltyUsd[v]);
    }
    return sum;
  }
}
