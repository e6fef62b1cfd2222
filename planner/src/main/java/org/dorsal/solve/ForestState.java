package org.dorsal.solve;

import java.util.Arrays;

/**
 * A mutable forest with its flows, equipped options, gateway loads and cost, kept consistent
 * under the two moves the heuristics make: attach a node along a path and detach it again.
 * Every link carries the cheapest option that fits its flow.
 */
final class ForestState {
  private final DesignNetwork net;
  final int[] parentArc;
  final int[] linkOption;
  final double[] linkFlowMbps;
  /** The arc currently carrying flow on each link, -1 when none. */
  final int[] linkArc;
  final double[] gatewayLoadMbps;
  private double linkCostUsd;
  private double transitCostUsd;
  private double penaltyUsd;

  ForestState(DesignNetwork net) {
    this.net = net;
    parentArc = new int[net.nodeCount];
    Arrays.fill(parentArc, -1);
    linkOption = new int[net.linkCount];
    Arrays.fill(linkOption, -1);
    linkFlowMbps = new double[net.linkCount];
    linkArc = new int[net.linkCount];
    Arrays.fill(linkArc, -1);
    gatewayLoadMbps = new double[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && !net.required[v]) {
        penaltyUsd += net.penaltyUsd[v];
      }
    }
  }

  /** An independent copy, for trial moves. */
  ForestState copy() {
    ForestState c = new ForestState(net);
    c.copyFrom(this);
    return c;
  }

  /** Makes this forest equal to {@code other} (a forest of the same network). */
  void copyFrom(ForestState other) {
    System.arraycopy(other.parentArc, 0, parentArc, 0, parentArc.length);
    System.arraycopy(other.linkOption, 0, linkOption, 0, linkOption.length);
    System.arraycopy(other.linkFlowMbps, 0, linkFlowMbps, 0, linkFlowMbps.length);
    System.arraycopy(other.linkArc, 0, linkArc, 0, linkArc.length);
    System.arraycopy(other.gatewayLoadMbps, 0, gatewayLoadMbps, 0, gatewayLoadMbps.length);
    linkCostUsd = other.linkCostUsd;
    transitCostUsd = other.transitCostUsd;
    penaltyUsd = other.penaltyUsd;
  }

  double costUsd() {
    return linkCostUsd + transitCostUsd + penaltyUsd;
  }

  boolean connected(int v) {
    return net.gateway[v] || parentArc[v] >= 0;
  }

  /**
   * The run of consecutive microwave hops from v upward until fiber, a gateway or a satellite
   * terminal.
   */
  int runToFiber(int v) {
    int run = 0;
    int x = v;
    while (!net.gateway[x]) {
      int a = parentArc[x];
      if (!net.microwave[net.arcLink[a]]) {
        break;
      }
      run++;
      x = net.arcHead[a];
    }
    return run;
  }

  /**
   * Extra cost of pushing another {@code demandMbps} from v up its current path, or infinity when
   * a link or the gateway cannot carry it.
   */
  double pushCost(int v, double demandMbps) {
    double cost = 0;
    int x = v;
    while (x != net.root() && !net.gateway[x]) {
      int a = parentArc[x];
      int l = net.arcLink[a];
      double delta = upgradeCost(l, demandMbps);
      if (delta == Double.POSITIVE_INFINITY) {
        return delta;
      }
      cost += delta;
      x = net.arcHead[a];
    }
    if (x != net.root()) {
      if (gatewayLoadMbps[x] + demandMbps > net.uplinkMbps[x] + 1e-9) {
        return Double.POSITIVE_INFINITY;
      }
      cost += demandMbps * net.transitNpcUsdPerMbps[x];
    }
    return cost;
  }

  /** Cost of carrying {@code extraMbps} more on link l, infinity if no option fits. */
  double upgradeCost(int l, double extraMbps) {
    int k = net.cheapestOptionFor(l, linkFlowMbps[l] + extraMbps);
    if (k < 0) {
      return Double.POSITIVE_INFINITY;
    }
    int current = linkOption[l];
    return net.optionNpcUsd[k] - (current < 0 ? 0 : net.optionNpcUsd[current]);
  }

  /** Makes {@code arcs} (a path from the first tail upward) parent arcs and adds the demand. */
  void attach(int[] arcs, int arcCount, double demandMbps) {
    for (int i = 0; i < arcCount; i++) {
      parentArc[net.arcTail[arcs[i]]] = arcs[i];
    }
    addFlowUp(net.arcTail[arcs[0]], demandMbps);
  }

  /** Adds (or with a negative amount removes) flow along v's path to its exit. */
  void addFlowUp(int v, double deltaMbps) {
    int x = v;
    while (x != net.root() && !net.gateway[x]) {
      int a = parentArc[x];
      int l = net.arcLink[a];
      setFlow(l, a, linkFlowMbps[l] + deltaMbps);
      x = net.arcHead[a];
    }
    if (x != net.root()) {
      gatewayLoadMbps[x] += deltaMbps;
      transitCostUsd += deltaMbps * net.transitNpcUsdPerMbps[x];
    }
  }

  private void setFlow(int l, int a, double flowMbps) {
    int old = linkOption[l];
    if (old >= 0) {
      linkCostUsd -= net.optionNpcUsd[old];
    }
    if (flowMbps <= 1e-9) {
      linkFlowMbps[l] = 0;
      linkOption[l] = -1;
      linkArc[l] = -1;
      return;
    }
    int k = net.cheapestOptionFor(l, flowMbps);
    if (k < 0) {
      throw new IllegalStateException("flow " + flowMbps + " exceeds every option of link " + l);
    }
    linkFlowMbps[l] = flowMbps;
    linkOption[l] = k;
    linkArc[l] = a;
    linkCostUsd += net.optionNpcUsd[k];
  }

  /**
   * Removes v and its subtree's demand from v's path; relays and junctions left without through
   * traffic lose their parent. Returns the removed path (arcs from v upward).
   */
  int[] detach(int v, double subtreeDemandMbps) {
    int[] path = pathArcs(v);
    addFlowUp(v, -subtreeDemandMbps);
    parentArc[v] = -1;
    for (int i = 1; i < path.length; i++) {
      int x = net.arcTail[path[i]];
      if (!net.site[x] && linkFlowMbps[net.arcLink[path[i]]] == 0) {
        parentArc[x] = -1;
      }
    }
    return path;
  }

  /**
   * Makes i the top of its floating tree, whose old top has no parent (it was detached): the arcs
   * on the path from i up to the old top are replaced by their reverse arcs ({@code reverseArc}),
   * each carrying the tree's demand less what was below it. Relays and junctions left without
   * traffic lose their parent. i itself is left without a parent arc.
   */
  void reroot(int i, int[] reverseArc, double treeDemandMbps) {
    int length = 0;
    for (int x = i; parentArc[x] >= 0; x = net.arcHead[parentArc[x]]) {
      length++;
    }
    int[] path = new int[length];
    double[] belowMbps = new double[length];
    int x = i;
    for (int m = 0; m < length; m++) {
      path[m] = parentArc[x];
      belowMbps[m] = linkFlowMbps[net.arcLink[path[m]]];
      x = net.arcHead[path[m]];
    }
    parentArc[i] = -1;
    for (int m = 0; m < length; m++) {
      int reverse = reverseArc[path[m]];
      int upper = net.arcTail[reverse];
      double flowMbps = treeDemandMbps - belowMbps[m];
      if (flowMbps <= 1e-9 && !net.site[upper]) {
        setFlow(net.arcLink[reverse], reverse, 0);
        parentArc[upper] = -1;
      } else {
        setFlow(net.arcLink[reverse], reverse, flowMbps);
        parentArc[upper] = reverse;
      }
    }
  }

  /**
   * Module cost change of {@link #reroot re-rooting} the floating tree at i: every link from i up
   * to the old top then carries the tree's demand less what was below it. Infinity when some link
   * has no reverse arc or no option for its new flow.
   */
  double rerootCostUsd(int i, int[] reverseArc, double treeDemandMbps) {
    double cost = 0;
    for (int x = i; parentArc[x] >= 0; x = net.arcHead[parentArc[x]]) {
      int a = parentArc[x];
      int l = net.arcLink[a];
      if (reverseArc[a] < 0) {
        return Double.POSITIVE_INFINITY;
      }
      double flowMbps = treeDemandMbps - linkFlowMbps[l];
      int k = flowMbps <= 1e-9 ? -1 : net.cheapestOptionFor(l, flowMbps);
      if (flowMbps > 1e-9 && k < 0) {
        return Double.POSITIVE_INFINITY;
      }
      int current = linkOption[l];
      cost += (k < 0 ? 0 : net.optionNpcUsd[k]) - (current < 0 ? 0 : net.optionNpcUsd[current]);
    }
    return cost;
  }

  /** The arcs of v's path to its exit, from v upward. */
  int[] pathArcs(int v) {
    int length = 0;
    int x = v;
    while (x != net.root() && !net.gateway[x]) {
      length++;
      x = net.arcHead[parentArc[x]];
    }
    int[] path = new int[length];
    x = v;
    for (int i = 0; i < length; i++) {
      path[i] = parentArc[x];
      x = net.arcHead[path[i]];
    }
    return path;
  }

  /**
   * Attaches a site on a found path when it is required or serving it costs less than leaving it
   * unserved (its penalty); returns whether it was attached.
   */
  boolean serveIfWorthIt(int site, PathSearch.Found found) {
    if (!net.required[site] && found.costUsd() >= net.penaltyUsd[site]) {
      return false;
    }
    attach(found.arcs(), found.arcs().length, net.demandMbps[site]);
    markServed(site);
    return true;
  }

  void markServed(int site) {
    if (!net.required[site]) {
      penaltyUsd -= net.penaltyUsd[site];
    }
  }

  void markUnserved(int site) {
    if (!net.required[site]) {
      penaltyUsd += net.penaltyUsd[site];
    }
  }

  /** Demand of v and everything routed through it: the flow on its parent link. */
  double subtreeDemandMbps(int v) {
    return parentArc[v] < 0 ? 0 : linkFlowMbps[net.arcLink[parentArc[v]]];
  }

  /** Rebuilds the state of a forest given by parent arcs; options become the cheapest that fit. */
  static ForestState fromParents(DesignNetwork net, int[] parentArc) {
    ForestState forest = new ForestState(net);
    System.arraycopy(parentArc, 0, forest.parentArc, 0, parentArc.length);
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && parentArc[v] >= 0) {
        forest.addFlowUp(v, net.demandMbps[v]);
        forest.markServed(v);
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] && parentArc[v] >= 0 && forest.linkFlowMbps[net.arcLink[parentArc[v]]] == 0) {
        forest.parentArc[v] = -1;
      }
    }
    return forest;
  }

  /** Marks v and every node whose path passes through v. */
  boolean[] subtreeOf(int v) {
    boolean[] in = new boolean[net.nodeCount];
    byte[] known = new byte[net.nodeCount];
    in[v] = true;
    known[v] = 1;
    for (int u = 0; u < net.nodeCount; u++) {
      markSubtree(u, v, in, known);
    }
    return in;
  }

  private void markSubtree(int u, int v, boolean[] in, byte[] known) {
    int x = u;
    while (known[x] == 0) {
      if (net.gateway[x] || parentArc[x] < 0 || net.arcHead[parentArc[x]] == net.root()) {
        known[x] = 1;
        in[x] = x == v;
        break;
      }
      x = net.arcHead[parentArc[x]];
    }
    boolean result = in[x];
    x = u;
    while (known[x] == 0) {
      known[x] = 1;
      in[x] = result;
      x = net.arcHead[parentArc[x]];
    }
  }

  /** Longest run of consecutive microwave arcs that ends at v, coming from its subtree. */
  int longestRunInto(int v, boolean[] subtree) {
    int longest = 0;
    for (int u = 0; u < net.nodeCount; u++) {
      if (!subtree[u] || u == v) {
        continue;
      }
      int run = 0;
      int x = u;
      while (x != v) {
        int a = parentArc[x];
        run = net.microwave[net.arcLink[a]] ? run + 1 : 0;
        x = net.arcHead[a];
      }
      longest = Math.max(longest, run);
    }
    return longest;
  }

  DesignSolution snapshot() {
    return new DesignSolution(parentArc.clone(), linkOption.clone(), costUsd());
  }
}
