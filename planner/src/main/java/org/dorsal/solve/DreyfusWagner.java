package org.dorsal.solve;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Exact plans for Steiner-like networks with few sites: the Dreyfus-Wagner dynamic program over
 * subsets of sites, O(3^k n + 2^k m log n) for k sites. It applies where the plan's cost is that of
 * a Steiner tree: every site required, no capex budget, every link's cheapest module (and every
 * gateway's uplink) carries the whole demand, every exit charges the same transit per Mbps, and no
 * microwave-hop limit can bind. The gateways (and the satellite root) then act as one root, and
 * the cheapest tree joining it to every site is the optimum, with transit a constant. SteinLib d06
 * (4 terminals in 1,000 nodes), which SCIP proves only just within 10 s, takes milliseconds.
 */
final class DreyfusWagner {
  /** Most sites for the program (2^k x nodes entries). */
  static final int MAX_SITES = Integer.getInteger("dorsal.dreyfusWagnerSites", 10);

  private final DesignNetwork net;
  /** The graph: nodes 0..nodeCount-1 with every exit folded into {@code exit}. */
  private final int exit;
  private final int[] edgeStart;
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final int[] edgeLink;
  private final double[] edgeCost;

  private DreyfusWagner(DesignNetwork net) {
    this.net = net;
    this.exit = net.nodeCount;
    int[] degree = new int[net.nodeCount + 1];
    for (int l = 0; l < net.linkCount; l++) {
      int a = node(net.linkA[l]);
      int b = node(net.linkB[l]);
      if (a != b) {
        degree[a]++;
        degree[b]++;
      }
    }
    edgeStart = new int[net.nodeCount + 2];
    for (int v = 0; v <= net.nodeCount; v++) {
      edgeStart[v + 1] = edgeStart[v] + degree[v];
    }
    int total = edgeStart[net.nodeCount + 1];
    edgeFrom = new int[total];
    edgeTo = new int[total];
    edgeLink = new int[total];
    edgeCost = new double[total];
    int[] fill = Arrays.copyOf(edgeStart, net.nodeCount + 1);
    for (int l = 0; l < net.linkCount; l++) {
      int a = node(net.linkA[l]);
      int b = node(net.linkB[l]);
      if (a == b) {
        continue;
      }
      double cost = net.cheapestNpcUsd(l);
      edgeFrom[fill[a]] = a;
      edgeFrom[fill[b]] = b;
      edgeTo[fill[a]] = b;
      edgeLink[fill[a]] = l;
      edgeCost[fill[a]++] = cost;
      edgeTo[fill[b]] = a;
      edgeLink[fill[b]] = l;
      edgeCost[fill[b]++] = cost;
    }
  }

  private int node(int v) {
    return v == net.root() || net.gateway[v] ? exit : v;
  }

  /** Whether the network's plans cost what their Steiner trees cost (see the class comment). */
  static boolean applies(DesignNetwork net) {
    if (net.capexBudgetUsd != Double.POSITIVE_INFINITY) {
      return false;
    }
    int sites = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v]) {
        if (!net.required[v]) {
          return false;
        }
        sites++;
      }
    }
    if (sites == 0 || sites > MAX_SITES) {
      return false;
    }
    double total = net.totalDemandMbps();
    double transit = Double.NaN;
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        if (net.uplinkMbps[v] + 1e-9 < total || (!Double.isNaN(transit) && net.transitNpcUsdPerMbps[v] != transit)) {
          return false;
        }
        transit = net.transitNpcUsdPerMbps[v];
      }
    }
    for (int l = 0; l < net.linkCount; l++) {
      int k = net.cheapestOptionFor(l, total);
      if (k < 0 || net.optionNpcUsd[k] > net.cheapestNpcUsd(l)) {
        return false;
      }
      if (net.satellite[l] && !(transit == 0 || Double.isNaN(transit))) {
        return false;
      }
      if (net.microwave[l] && net.maxMicrowaveHops < net.nodeCount) {
        return false;
      }
    }
    return true;
  }

  /** The optimal forest of a network it {@link #applies} to; null when some site cannot be reached. */
  static DesignSolution solve(DesignNetwork net) {
    return new DreyfusWagner(net).solve();
  }

  private DesignSolution solve() {
    int[] sites = new int[net.nodeCount];
    int k = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v]) {
        sites[k++] = v;
      }
    }
    int n = net.nodeCount + 1;
    int subsets = 1 << k;
    double[][] cost = new double[subsets][];
    // how (S, v) was reached: a split of S at v (the part holding S's lowest site) or an edge from
    // the node before v; -1 for a site's own entry
    int[][] split = new int[subsets][];
    int[][] edgeIn = new int[subsets][];
    for (int s = 1; s < subsets; s++) {
      cost[s] = new double[n];
      split[s] = new int[n];
      edgeIn[s] = new int[n];
      Arrays.fill(cost[s], Double.POSITIVE_INFINITY);
      Arrays.fill(split[s], 0);
      Arrays.fill(edgeIn[s], -1);
      if (Integer.bitCount(s) == 1) {
        cost[s][sites[Integer.numberOfTrailingZeros(s)]] = 0;
      } else {
        int low = s & -s;
        int rest = s ^ low;
        // every split into two non-empty parts, the one holding the lowest site listed once
        for (int sub = rest; ; sub = (sub - 1) & rest) {
          int part = sub | low;
          if (part != s) {
            for (int v = 0; v < n; v++) {
              double c = cost[part][v] + cost[s ^ part][v];
              if (c < cost[s][v]) {
                cost[s][v] = c;
                split[s][v] = part;
              }
            }
          }
          if (sub == 0) {
            break;
          }
        }
      }
      propagate(cost[s], split[s], edgeIn[s]);
    }
    int all = subsets - 1;
    if (cost[all][exit] == Double.POSITIVE_INFINITY) {
      return null;
    }
    boolean[] treeEdge = new boolean[edgeTo.length];
    collect(all, exit, cost, split, edgeIn, treeEdge);
    return toForest(treeEdge);
  }

  /** Dijkstra from every node at once, starting from the given costs. */
  private void propagate(double[] dist, int[] split, int[] edgeIn) {
    CostHeap heap = new CostHeap(64);
    for (int v = 0; v < dist.length; v++) {
      if (dist[v] < Double.POSITIVE_INFINITY) {
        heap.push(dist[v], v);
      }
    }
    boolean[] done = new boolean[dist.length];
    while (!heap.isEmpty()) {
      int u = heap.pop();
      if (done[u] || heap.poppedCost() > dist[u]) {
        continue;
      }
      done[u] = true;
      // paths run through the exit only as their end: a route stops at the first gateway
      if (u == exit) {
        continue;
      }
      for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
        int w = edgeTo[e];
        double c = dist[u] + edgeCost[e];
        if (c < dist[w]) {
          dist[w] = c;
          edgeIn[w] = e;
          split[w] = 0;
          heap.push(c, w);
        }
      }
    }
  }

  /** Marks the edges of the tree behind entry (S, v). */
  private void collect(int s, int v, double[][] cost, int[][] split, int[][] edgeIn, boolean[] treeEdge) {
    ArrayDeque<int[]> stack = new ArrayDeque<>();
    stack.push(new int[] {s, v});
    while (!stack.isEmpty()) {
      int[] top = stack.pop();
      int set = top[0];
      int x = top[1];
      if (edgeIn[set][x] >= 0) {
        int e = edgeIn[set][x];
        treeEdge[e] = true;
        stack.push(new int[] {set, edgeFrom[e]});
      } else if (split[set][x] != 0) {
        stack.push(new int[] {split[set][x], x});
        stack.push(new int[] {set ^ split[set][x], x});
      }
    }
  }

  /** The tree's edges oriented toward the exit, as each node's parent arc. */
  private DesignSolution toForest(boolean[] treeEdge) {
    int n = net.nodeCount + 1;
    boolean[] inTree = new boolean[net.linkCount];
    for (int e = 0; e < treeEdge.length; e++) {
      if (treeEdge[e]) {
        inTree[edgeLink[e]] = true;
      }
    }
    int[] parent = new int[net.nodeCount];
    Arrays.fill(parent, -1);
    boolean[] seen = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(exit);
    seen[exit] = true;
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
        int w = edgeTo[e];
        int l = edgeLink[e];
        if (!inTree[l] || seen[w]) {
          continue;
        }
        seen[w] = true;
        parent[w] = net.arcOf(w, l);
        queue.add(w);
      }
    }
    return ForestState.fromParents(net, parent).snapshot();
  }
}
