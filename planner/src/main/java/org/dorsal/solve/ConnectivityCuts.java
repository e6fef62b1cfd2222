package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connectivity cuts for unsplittable sites: a required site s sends its whole demand d_s on one
 * path, so every set S that holds s and no gateway is left by a link whose module carries at
 * least d_s: sum over links l leaving S, modules k of l with cap_k >= d_s of z_k >= 1. For each
 * site the most violated such set is a minimum cut (max-flow from s to the gateways and the
 * satellite root, arc capacities the LP's module values of at least d_s).
 */
final class ConnectivityCuts {
  private static final double TOLERANCE = 1e-4;

  private final DesignNetwork net;
  private final double[] residual;
  private final int[] level;
  private final int[] queue;
  private final int[] nextEdge;

  ConnectivityCuts(DesignNetwork net) {
    this.net = net;
    residual = new double[2 * net.arcCount];
    level = new int[net.nodeCount + 1];
    queue = new int[net.nodeCount + 1];
    nextEdge = new int[net.nodeCount + 1];
  }

  /** The violated cuts at module values z, at most one per required site. */
  List<CutsetCuts.Cut> separate(double[] z) {
    List<CutsetCuts.Cut> cuts = new ArrayList<>();
    for (int s = 0; s < net.nodeCount; s++) {
      if (!net.site[s] || !net.required[s]) {
        continue;
      }
      moduleCapacities(z, net.demandMbps[s]);
      double flow = maxFlow(s);
      if (flow < 1 - TOLERANCE) {
        cuts.add(cutOfSourceSide(net.demandMbps[s]));
      }
    }
    return cuts;
  }

  /**
   * Cutset inequalities for split routing: the required sites in a set S that holds no exit send
   * their demand D out of S, over any number of links, so sum over links l leaving S, modules k of l
   * of min(cap_k, D) z_k >= D. For each required site s a max-flow from s with arc capacities
   * sum_k min(cap_k, d_s) / d_s z_k finds the set; the cut is stated with D = the demand of all
   * required sites in it.
   */
  List<CutsetCuts.Cut> separateSplit(double[] z) {
    List<CutsetCuts.Cut> cuts = new ArrayList<>();
    for (int s = 0; s < net.nodeCount; s++) {
      if (!net.site[s] || !net.required[s]) {
        continue;
      }
      double d = net.demandMbps[s];
      for (int a = 0; a < net.arcCount; a++) {
        int l = net.arcLink[a];
        double c = 0;
        for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
          c += Math.min(net.optionCapacityMbps[k], d) / d * z[k];
        }
        residual[2 * a] = c;
        residual[2 * a + 1] = 0;
      }
      if (maxFlow(s) < 1 - TOLERANCE) {
        boolean[] in = sourceSide();
        double demand = 0;
        for (int v = 0; v < net.nodeCount; v++) {
          demand += in[v] && net.site[v] && net.required[v] ? net.demandMbps[v] : 0;
        }
        cuts.add(new CutsetCuts.Cut(cutOfSourceSide(demand).links(), demand, false));
      }
    }
    return cuts;
  }

  /**
   * Directed cuts on the parent arcs: a required site's route leaves every set S that holds it and
   * no exit by an arc from inside to outside, so the parent-arc values y of those arcs sum to at
   * least 1. With the one-parent-per-node rows of the model this is the directed cut formulation,
   * stronger than cuts on the (undirected) links. At most one cut per required site: the minimum
   * cut of a max-flow from the site with arc capacities y.
   */
  List<CutsetCuts.Cut> separateDirected(double[] y) {
    List<CutsetCuts.Cut> cuts = new ArrayList<>();
    for (int s = 0; s < net.nodeCount; s++) {
      if (!net.site[s] || !net.required[s]) {
        continue;
      }
      for (int a = 0; a < net.arcCount; a++) {
        residual[2 * a] = y[a];
        residual[2 * a + 1] = 0;
      }
      double flow = maxFlow(s);
      if (flow < 1 - TOLERANCE) {
        cuts.add(CutsetCuts.Cut.directed(arcsLeavingSourceSide()));
      }
    }
    return cuts;
  }

  /** Arc capacities: the LP's values of the modules of at least the demand, per link. */
  private void moduleCapacities(double[] z, double demandMbps) {
    for (int a = 0; a < net.arcCount; a++) {
      int l = net.arcLink[a];
      double c = 0;
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        if (net.optionCapacityMbps[k] + 1e-9 >= demandMbps) {
          c += z[k];
        }
      }
      residual[2 * a] = c;
      residual[2 * a + 1] = 0;
    }
  }

  private boolean isSink(int v) {
    return v == net.root() || net.gateway[v];
  }

  /**
   * Dinic's max-flow from s to the merged sink (gateways and the root) over the capacities already
   * in {@code residual}, stopping at 1. Edge 2a is arc a forward, 2a+1 its reverse.
   */
  private double maxFlow(int s) {
    double total = 0;
    while (total < 1 - 1e-9 && levels(s)) {
      System.arraycopy(net.outStart, 0, nextEdge, 0, net.nodeCount);
      double phase = 0;
      double pushed;
      while (total < 1 - 1e-9 && (pushed = push(s, 1 - total)) > 1e-12) {
        total += pushed;
        phase += pushed;
      }
      if (phase == 0) {
        break; // only residues below the tolerance are left
      }
    }
    return total;
  }

  /** BFS levels over residual edges from s; true when a sink is reachable. */
  private boolean levels(int s) {
    Arrays.fill(level, -1);
    level[s] = 0;
    int head = 0;
    int tail = 0;
    queue[tail++] = s;
    boolean reached = false;
    while (head < tail) {
      int x = queue[head++];
      if (isSink(x)) {
        reached = true;
        continue;
      }
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int h = net.arcHead[a];
        if (residual[2 * a] > 1e-12 && level[h] < 0) {
          level[h] = level[x] + 1;
          queue[tail++] = h;
        }
      }
      for (int i = net.inStart[x]; i < net.inStart[x + 1]; i++) {
        int a = net.inArcs[i];
        int t = net.arcTail[a];
        if (residual[2 * a + 1] > 1e-12 && level[t] < 0) {
          level[t] = level[x] + 1;
          queue[tail++] = t;
        }
      }
    }
    return reached;
  }

  /** One augmenting path in the level graph (depth-first, iterative over out then in edges). */
  private double push(int x, double limit) {
    if (isSink(x)) {
      return limit;
    }
    int outCount = net.outStart[x + 1] - net.outStart[x];
    int inCount = net.inStart[x + 1] - net.inStart[x];
    // nextEdge[x] walks 0..outCount+inCount-1 offset by outStart[x]
    for (; nextEdge[x] - net.outStart[x] < outCount + inCount; nextEdge[x]++) {
      int j = nextEdge[x] - net.outStart[x];
      int edge;
      int to;
      if (j < outCount) {
        int a = net.outArcs[net.outStart[x] + j];
        edge = 2 * a;
        to = net.arcHead[a];
      } else {
        int a = net.inArcs[net.inStart[x] + j - outCount];
        edge = 2 * a + 1;
        to = net.arcTail[a];
      }
      if (residual[edge] <= 1e-12 || level[to] != level[x] + 1) {
        continue;
      }
      double got = push(to, Math.min(limit, residual[edge]));
      if (got > 1e-12) {
        residual[edge] -= got;
        residual[edge ^ 1] += got;
        return got;
      }
    }
    return 0;
  }

  /** The arcs leaving the set of nodes still reachable from the site in the residual graph. */
  private int[] arcsLeavingSourceSide() {
    boolean[] in = sourceSide();
    int count = 0;
    for (int a = 0; a < net.arcCount; a++) {
      if (in[net.arcTail[a]] && !in[net.arcHead[a]]) {
        count++;
      }
    }
    int[] arcs = new int[count];
    int i = 0;
    for (int a = 0; a < net.arcCount; a++) {
      if (in[net.arcTail[a]] && !in[net.arcHead[a]]) {
        arcs[i++] = a;
      }
    }
    return arcs;
  }

  private boolean[] sourceSide() {
    boolean[] in = new boolean[net.nodeCount + 1];
    for (int v = 0; v < net.nodeCount; v++) {
      in[v] = level[v] >= 0 && !isSink(v);
    }
    return in;
  }

  /** The links leaving the set of nodes still reachable from the site in the residual graph. */
  private CutsetCuts.Cut cutOfSourceSide(double demandMbps) {
    boolean[] in = sourceSide();
    List<Integer> links = new ArrayList<>();
    boolean[] taken = new boolean[net.linkCount];
    for (int a = 0; a < net.arcCount; a++) {
      int l = net.arcLink[a];
      if (in[net.arcTail[a]] && !in[net.arcHead[a]] && !taken[l]) {
        taken[l] = true;
        links.add(l);
      }
    }
    int[] array = new int[links.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = links.get(i);
    }
    Arrays.sort(array);
    return new CutsetCuts.Cut(array, demandMbps, true);
  }
}
