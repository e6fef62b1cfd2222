package org.dorsal.solve;

/**
 * The cheapest route of one site on its own, as a spreadsheet prices it: every link by its
 * cheapest option that carries the site's demand alone, plus the transit of the gateway where the
 * route leaves. A Dijkstra over (node, microwave run) states, as {@link PathSearch}'s, on a
 * primitive-array heap; it stops once no cheaper route can come.
 *
 * <p>A route reaches the target gateway either directly or by meeting a node whose route already
 * leads there ({@link LaidRoutes}), which it then follows; only there can it meet another route,
 * so no node gets two parents. It crosses only relays and junctions without a route: not other
 * gateways, not sites that have no route yet, not nodes routed elsewhere (to another gateway or
 * to satellite), whose routes are fixed. Every link it adds must have an option that carries
 * the site's demand, every link and the gateway of a route it follows must have room for it, and
 * no more than the hop limit of consecutive microwave links may stand between the site and fiber,
 * a gateway or satellite (counting the followed route's run).
 */
final class StandaloneRouteSearch {
  private final DesignNetwork net;
  private final LaidRoutes routes;
  private final int runs;
  private final double[] dist;
  private final int[] predArc;
  private final int[] predState;
  private final int[] stamp;
  private final double[] followCostUsd;
  private final int[] followStamp;
  private final int[] seenStamp;
  private final CostHeap heap;
  private int currentStamp;

  /** A route: the new arcs from the site upward, and what the site pays on its own to its exit. */
  record Found(int[] arcs, double costUsd) {}

  StandaloneRouteSearch(DesignNetwork net, LaidRoutes routes) {
    this.net = net;
    this.routes = routes;
    this.runs = net.maxMicrowaveHops + 1;
    int states = net.nodeCount * runs;
    dist = new double[states];
    predArc = new int[states];
    predState = new int[states];
    stamp = new int[states];
    followCostUsd = new double[net.nodeCount];
    followStamp = new int[net.nodeCount];
    seenStamp = new int[net.nodeCount];
    heap = new CostHeap(1024);
  }

  /** The cheapest route from site to gateway, directly or along a route laid to it; null when there is none. */
  Found toGateway(int site, int gateway) {
    double demand = net.demandMbps[site];
    currentStamp++;
    heap.clear();
    int s0 = site * runs;
    relax(s0, 0, -1, -1);
    heap.push(0, s0);
    double bestCost = Double.POSITIVE_INFINITY;
    int bestState = -1;
    int bestArc = -1;
    while (!heap.isEmpty()) {
      int state = heap.pop();
      double cost = heap.poppedCost();
      if (cost > dist[state]) {
        continue;
      }
      if (cost >= bestCost) {
        break;
      }
      int x = state / runs;
      int run = state % runs;
      int cameFrom = predArc[state] < 0 ? -1 : net.arcTail[predArc[state]];
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int h = net.arcHead[a];
        int l = net.arcLink[a];
        int nextRun = net.microwave[l] ? run + 1 : 0;
        // the internet root: the satellite is the site's own fallback, not a way out of a path;
        // straight back where it came from: a detour only to reset the microwave run
        if (h == net.root() || h == site || h == cameFrom || nextRun >= runs) {
          continue;
        }
        double reached = cost + net.cheapestNpcUsdFor(l, demand);
        if (reached >= bestCost) {
          continue;
        }
        double total;
        if (net.gateway[h]) {
          total = h == gateway && routes.gatewayFits(h, demand)
              ? reached + demand * net.transitNpcUsdPerMbps[h] : Double.POSITIVE_INFINITY;
        } else if (routes.routed(h)) {
          total = routes.exit(h) == gateway && nextRun + routes.microwaveRunUp(h) < runs
              ? reached + follow(h, demand) : Double.POSITIVE_INFINITY;
        } else {
          if (!net.site[h]) {
            int hs = h * runs + nextRun;
            if (stamp[hs] != currentStamp || reached < dist[hs]) {
              relax(hs, reached, a, state);
              heap.push(reached, hs);
            }
          }
          continue;
        }
        if (total < bestCost) {
          bestCost = total;
          bestState = state;
          bestArc = a;
        }
      }
    }
    return bestState < 0 ? null : path(bestState, bestArc, bestCost);
  }

  /** The site's cheapest satellite link that carries its demand, as a route; null when it has none. */
  Found satellite(int site) {
    double demand = net.demandMbps[site];
    int best = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int i = net.outStart[site]; i < net.outStart[site + 1]; i++) {
      int a = net.outArcs[i];
      double cost = net.cheapestNpcUsdFor(net.arcLink[a], demand);
      if (net.arcHead[a] == net.root() && cost < bestCost) {
        best = a;
        bestCost = cost;
      }
    }
    return best < 0 ? null : new Found(new int[] {best}, bestCost);
  }

  /** {@link LaidRoutes#followCostUsd}, once per node and search. */
  private double follow(int v, double demandMbps) {
    if (followStamp[v] != currentStamp) {
      followStamp[v] = currentStamp;
      followCostUsd[v] = routes.followCostUsd(v, demandMbps);
    }
    return followCostUsd[v];
  }

  /**
   * The arcs from the start up to the last arc; null when the path visits a node twice (possible
   * only through a cycle that resets the microwave run, which a forest cannot hold).
   */
  private Found path(int lastState, int lastArc, double costUsd) {
    int[] arcs = PathSearch.arcsTo(lastState, lastArc, predArc, predState);
    for (int a : arcs) {
      int tail = net.arcTail[a];
      if (seenStamp[tail] == currentStamp) {
        return null;
      }
      seenStamp[tail] = currentStamp;
    }
    return new Found(arcs, costUsd);
  }

  private void relax(int state, double cost, int arc, int pred) {
    stamp[state] = currentStamp;
    dist[state] = cost;
    predArc[state] = arc;
    predState[state] = pred;
  }
}
