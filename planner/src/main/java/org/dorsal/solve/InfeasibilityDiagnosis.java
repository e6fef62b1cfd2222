package org.dorsal.solve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains why required sites cannot be served, checking each site alone: is there any chain of
 * links to an exit, one wide enough for its demand, one within the microwave hop limit.
 */
final class InfeasibilityDiagnosis {
  private final DesignNetwork net;

  InfeasibilityDiagnosis(DesignNetwork net) {
    this.net = net;
  }

  List<Unservable> diagnose() {
    List<Unservable> out = new ArrayList<>();
    int hops = net.maxMicrowaveHops;
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || !net.required[v]) {
        continue;
      }
      String id = net.instance().nodes().get(v).id();
      double demand = net.demandMbps[v];
      if (!reaches(v, 0, Integer.MAX_VALUE)) {
        out.add(new Unservable(id, "no chain of links reaches a gateway or a satellite terminal; add a link towards the backbone"));
      } else if (!reaches(v, demand, Integer.MAX_VALUE)) {
        out.add(new Unservable(id, String.format(java.util.Locale.ROOT,
            "no route can carry its %.1f Mbps: every route has a link (or gateway uplink) with less capacity; add a larger option", demand)));
      } else if (!reaches(v, demand, hops)) {
        out.add(new Unservable(id, "every route wide enough for its demand has a run of more than " + hops
            + " consecutive microwave hops; add fiber or raise constraints.maxMicrowaveHops"));
      }
    }
    return out;
  }

  /**
   * Breadth-first search over (node, microwave run) using links that could carry demandMbps; with
   * no run limit the state is the node alone (a run dimension of nodeCount + 1 would take
   * nodeCount squared booleans: a gigabyte at national scale).
   */
  private boolean reaches(int start, double demandMbps, int maxRun) {
    boolean limited = maxRun < net.nodeCount;
    int runs = limited ? maxRun + 1 : 1;
    boolean[] seen = new boolean[net.nodeCount * runs];
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {start, 0});
    seen[start * runs] = true;
    while (!queue.isEmpty()) {
      int[] state = queue.poll();
      int x = state[0];
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int l = net.arcLink[a];
        if (net.maxCapacityMbps(l) + 1e-9 < demandMbps) {
          continue;
        }
        int h = net.arcHead[a];
        int run = limited && net.microwave[l] ? state[1] + 1 : 0;
        if (run >= runs) {
          continue;
        }
        if (h == net.root()) {
          return true;
        }
        if (net.gateway[h]) {
          if (net.uplinkMbps[h] + 1e-9 >= demandMbps) {
            return true;
          }
          continue;
        }
        if (!seen[h * runs + run]) {
          seen[h * runs + run] = true;
          queue.add(new int[] {h, run});
        }
      }
    }
    return false;
  }
}
