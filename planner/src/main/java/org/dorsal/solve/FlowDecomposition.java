package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an acyclic arc flow into each site's paths: from every served site, in node order, walks
 * along arcs with flow left (the one with the most first) to a gateway or the satellite root, and
 * takes the smallest of the site's remaining demand and the flows on the path. Every step empties a
 * site's demand or an arc, so there are at most sites + arcs paths.
 */
final class FlowDecomposition {
  /** One path of a site: its arcs from the site out, and the Mbps it carries. */
  record SitePath(int site, int[] arcs, double mbps) {}

  /** Flow imbalance below this share of a site's demand (at least 1 Mbps) is solver round-off. */
  private static final double ROUND_OFF = 1e-6;

  private FlowDecomposition() {}

  /**
   * @throws IllegalStateException when the flow does not carry every served site's demand out
   */
  static List<SitePath> decompose(DesignNetwork net, double[] arcFlowMbps, boolean[] served) {
    double[] left = arcFlowMbps.clone();
    List<SitePath> paths = new ArrayList<>();
    int[] arcs = new int[net.nodeCount + 1];
    for (int s = 0; s < net.nodeCount; s++) {
      if (!net.site[s] || !served[s]) {
        continue;
      }
      double demand = net.demandMbps[s];
      double remaining = demand;
      int firstPath = paths.size();
      while (remaining > demand * 1e-9) {
        int length = 0;
        double least = remaining;
        int v = s;
        while (v < net.nodeCount && !net.gateway[v]) {
          int best = -1;
          for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
            int a = net.outArcs[i];
            if (best < 0 || left[a] > left[best]) {
              best = a;
            }
          }
          if (best < 0 || length == arcs.length || left[best] <= ROUND_OFF * Math.max(1, demand)) {
            if (remaining <= ROUND_OFF * Math.max(1, demand) && paths.size() > firstPath) {
              // the solver's round-off: the site's last path carries the rest
              SitePath last = paths.remove(paths.size() - 1);
              paths.add(new SitePath(s, last.arcs(), last.mbps() + remaining));
              length = -1;
              break;
            }
            throw new IllegalStateException("the flow does not carry site " + s + "'s demand out (stuck at node " + v
                + ")");
          }
          arcs[length++] = best;
          least = Math.min(least, left[best]);
          v = net.arcHead[best];
        }
        if (length < 0) {
          break;
        }
        double mbps = remaining - least <= demand * 1e-9 ? remaining : least;
        for (int i = 0; i < length; i++) {
          left[arcs[i]] -= mbps;
        }
        remaining -= mbps;
        paths.add(new SitePath(s, Arrays.copyOf(arcs, length), mbps));
      }
    }
    return paths;
  }

  /** The arc flows the paths add up to. */
  static double[] arcFlows(DesignNetwork net, List<SitePath> paths) {
    double[] flow = new double[net.arcCount];
    for (SitePath p : paths) {
      for (int a : p.arcs()) {
        flow[a] += p.mbps();
      }
    }
    return flow;
  }
}
