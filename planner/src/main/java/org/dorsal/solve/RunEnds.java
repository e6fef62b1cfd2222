package org.dorsal.solve;

import java.util.Arrays;

/**
 * The fewest microwave hops from each node to a place where a route's microwave run can end.
 * A run ends <em>terrestrially</em> at a gateway or on a link that is neither microwave nor
 * satellite (the route goes on over fiber), or <em>at a satellite terminal</em> (the route ends
 * there). Counted over the whole network with every link usable, so a plan's route from a node
 * never has fewer microwave hops before its run ends: {@code terrestrialHops[v]} when the run ends
 * terrestrially, {@code satelliteHops[v]} when it ends at a terminal. {@link #UNREACHABLE} when
 * no such place can be reached over microwave links.
 */
record RunEnds(int[] terrestrialHops, int[] satelliteHops) {
  static final int UNREACHABLE = Integer.MAX_VALUE;

  static RunEnds of(DesignNetwork net) {
    int n = net.nodeCount;
    int[] terrestrial = new int[n];
    int[] satellite = new int[n];
    Arrays.fill(terrestrial, UNREACHABLE);
    Arrays.fill(satellite, UNREACHABLE);
    for (int v = 0; v < n; v++) {
      if (net.gateway[v]) {
        terrestrial[v] = 0;
      }
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int l = net.arcLink[net.outArcs[i]];
        if (net.satellite[l]) {
          satellite[v] = 0;
        } else if (!net.microwave[l]) {
          terrestrial[v] = 0;
        }
      }
    }
    spread(net, terrestrial);
    spread(net, satellite);
    return new RunEnds(terrestrial, satellite);
  }

  /** Breadth-first along microwave arcs, backwards: v is one hop further than the head of v's arc. */
  private static void spread(DesignNetwork net, int[] hops) {
    int n = net.nodeCount;
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (hops[v] == 0) {
        queue[tail++] = v;
      }
    }
    while (head < tail) {
      int w = queue[head++];
      for (int i = net.inStart[w]; i < net.inStart[w + 1]; i++) {
        int a = net.inArcs[i];
        int v = net.arcTail[a];
        if (v < n && net.microwave[net.arcLink[a]] && hops[v] == UNREACHABLE) {
          hops[v] = hops[w] + 1;
          queue[tail++] = v;
        }
      }
    }
  }
}
