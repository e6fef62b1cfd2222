package org.dorsal.solve;

import java.util.Arrays;

/**
 * Removes directed cycles from an arc flow (including the two arcs of one link carrying flow both
 * ways): around each cycle found, the smallest flow on it is subtracted from all its arcs. Node
 * balances do not change, and neither can the cost grow, since no arc costs less than nothing.
 */
final class FlowCycles {
  private FlowCycles() {}

  /** A copy of {@code arcFlowMbps} with no directed cycle of positive flow. */
  static double[] cancel(DesignNetwork net, double[] arcFlowMbps) {
    double[] flow = arcFlowMbps.clone();
    int nodes = net.nodeCount + 1;
    int[] state = new int[nodes];
    int[] viaArc = new int[nodes];
    int[] cursor = new int[nodes];
    int[] stack = new int[nodes];
    boolean found = true;
    while (found) {
      found = false;
      Arrays.fill(state, 0);
      for (int start = 0; start < nodes && !found; start++) {
        if (state[start] != 0) {
          continue;
        }
        int depth = 0;
        stack[depth++] = start;
        state[start] = 1;
        cursor[start] = net.outStart[start];
        while (depth > 0 && !found) {
          int v = stack[depth - 1];
          if (cursor[v] == net.outStart[v + 1]) {
            state[v] = 2;
            depth--;
            continue;
          }
          int a = net.outArcs[cursor[v]++];
          if (flow[a] <= SplitFlowSolution.FLOW_EPSILON_MBPS) {
            continue;
          }
          int w = net.arcHead[a];
          if (state[w] == 0) {
            state[w] = 1;
            viaArc[w] = a;
            cursor[w] = net.outStart[w];
            stack[depth++] = w;
          } else if (state[w] == 1) {
            subtractCycle(net, flow, viaArc, a, w);
            found = true;
          }
        }
      }
    }
    for (int a = 0; a < flow.length; a++) {
      if (flow[a] <= SplitFlowSolution.FLOW_EPSILON_MBPS) {
        flow[a] = 0;
      }
    }
    return flow;
  }

  /** The cycle is closing arc {@code last} into w, then the tree arcs from w down to last's tail. */
  private static void subtractCycle(DesignNetwork net, double[] flow, int[] viaArc, int last, int w) {
    double least = flow[last];
    for (int v = net.arcTail[last]; v != w; v = net.arcTail[viaArc[v]]) {
      least = Math.min(least, flow[viaArc[v]]);
    }
    flow[last] -= least;
    for (int v = net.arcTail[last]; v != w; v = net.arcTail[viaArc[v]]) {
      flow[viaArc[v]] -= least;
    }
  }
}
