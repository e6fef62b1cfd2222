package org.dorsal.solve;

/**
 * Cheapest way to connect one node (with the demand of its subtree) to the current forest:
 * a Dijkstra over (node, microwave run) states that prices every arc by the extra module cost
 * its link needs, and ends at a gateway, a satellite terminal or a node already connected
 * (paying to push the demand up that node's path). Only free relays and junctions may be
 * crossed; unconnected sites and the moving node's own subtree may not.
 */
final class PathSearch {
  private final DesignNetwork net;
  private final int states;
  private final double[] dist;
  private final int[] predArc;
  private final int[] predState;
  private final int[] stamp;
  private int currentStamp;
  /** Searches {@link #serveThroughSites} makes before it gives up. */
  static final int PASS_ATTEMPTS = 4;
  /** Whether paths may pass through sites that are not connected yet (see {@link #serveThroughSites}). */
  private boolean passSites;
  /** Links no path may use (null: none), e.g. leases for a construction that starts without them. */
  private final boolean[] blockedLinks;
  /** The search's queue of (cost, state), reused from search to search: no object per arc relaxed. */
  private final CostHeap queue = new CostHeap(1024);

  /** The found path: arcs from the start node upward, and its extra cost. */
  record Found(int[] arcs, double costUsd) {}

  PathSearch(DesignNetwork net) {
    this(net, null);
  }

  /** A search that never uses the links marked in {@code blockedLinks} (null: every link may be used). */
  PathSearch(DesignNetwork net, boolean[] blockedLinks) {
    this.net = net;
    this.blockedLinks = blockedLinks;
    int runs = net.maxMicrowaveHops + 1;
    this.states = net.nodeCount * runs;
    dist = new double[states];
    predArc = new int[states];
    predState = new int[states];
    stamp = new int[states];
  }

  /**
   * @param startRun the longest microwave run that already ends at {@code start} from below
   * @param forbidden nodes that may not be used (the start's subtree), or null
   */
  Found search(ForestState forest, int start, double demandMbps, int startRun, boolean[] forbidden) {
    return search(forest, start, demandMbps, startRun, forbidden, true);
  }

  /**
   * A site's cheapest connection for the given demand, no node forbidden; without
   * {@code satelliteAllowed} a terrestrial path first and its satellite terminal only when there is
   * none. Null when neither exists.
   */
  Found searchOrSatellite(ForestState forest, int site, double demandMbps, boolean satelliteAllowed) {
    Found found = search(forest, site, demandMbps, 0, null, satelliteAllowed);
    if (found == null && !satelliteAllowed) {
      found = search(forest, site, demandMbps, 0, null, true);
    }
    return found;
  }

  /**
   * Last resort for a site that {@link #searchOrSatellite} finds no way for. Paths found there
   * never pass through a site that is not connected yet, so a big site that no satellite option
   * carries, among sites still to come or behind neighbours whose ways out are full, may have
   * none. Here the path may pass through such sites; it is taken when its links and exit carry
   * the site's demand plus theirs, and the sites it passes are served too. Returns whether the
   * site was served.
   */
  boolean serveThroughSites(ForestState forest, int site) {
    Found found = null;
    double demand = net.demandMbps[site];
    // a path that cannot carry the sites it passes is searched again for all of their demand
    for (int attempt = 0; attempt < PASS_ATTEMPTS; attempt++) {
      passSites = true;
      try {
        found = search(forest, site, demand, 0, null, true);
      } finally {
        passSites = false;
      }
      if (found == null) {
        return false;
      }
      double carried = passedDemandMbps(found.arcs());
      if (carries(forest, found.arcs())) {
        break;
      }
      if (carried <= demand) {
        return false;
      }
      demand = carried;
      found = null;
    }
    if (found == null) {
      return false;
    }
    int[] arcs = found.arcs();
    forest.attach(arcs, arcs.length, net.demandMbps[site]);
    forest.markServed(site);
    for (int i = 1; i < arcs.length; i++) {
      int passed = net.arcTail[arcs[i]];
      if (net.site[passed]) {
        forest.addFlowUp(passed, net.demandMbps[passed]);
        forest.markServed(passed);
      }
    }
    return true;
  }

  /** Demand of the sites on a new path: its first site's and every site it passes. */
  private double passedDemandMbps(int[] arcs) {
    double demand = 0;
    for (int a : arcs) {
      int tail = net.arcTail[a];
      demand += net.site[tail] ? net.demandMbps[tail] : 0;
    }
    return demand;
  }

  /** Whether a new path's links and exit carry its first site's demand plus every site it passes. */
  private boolean carries(ForestState forest, int[] arcs) {
    double demand = 0;
    for (int i = 0; i < arcs.length; i++) {
      int tail = net.arcTail[arcs[i]];
      demand += net.site[tail] ? net.demandMbps[tail] : 0;
      int l = net.arcLink[arcs[i]];
      if (net.cheapestOptionFor(l, forest.linkFlowMbps[l] + demand) < 0) {
        return false;
      }
    }
    int exit = net.arcHead[arcs[arcs.length - 1]];
    return exit == net.root() || forest.pushCost(exit, demand) < Double.POSITIVE_INFINITY;
  }

  /** As above; without {@code satelliteAllowed} no satellite terminal may end the new path. */
  Found search(ForestState forest, int start, double demandMbps, int startRun, boolean[] forbidden,
      boolean satelliteAllowed) {
    int runs = net.maxMicrowaveHops + 1;
    if (startRun >= runs) {
      return null;
    }
    return search(forest, new int[] {start}, new double[] {0}, start, demandMbps, startRun, forbidden, satelliteAllowed);
  }

  /**
   * The cheapest path from any of {@code starts} (each at its own starting cost, no microwave run
   * ending at it) to the forest; the path's first arc leaves the start it uses. {@code forbidden}
   * must contain every start.
   */
  Found searchFrom(ForestState forest, int[] starts, double[] startCostsUsd, double demandMbps, boolean[] forbidden) {
    return search(forest, starts, startCostsUsd, -1, demandMbps, 0, forbidden, true);
  }

  private Found search(ForestState forest, int[] starts, double[] startCostsUsd, int start, double demandMbps,
      int startRun, boolean[] forbidden, boolean satelliteAllowed) {
    int runs = net.maxMicrowaveHops + 1;
    currentStamp++;
    queue.clear();
    for (int i = 0; i < starts.length; i++) {
      int s0 = starts[i] * runs + startRun;
      if (stamp[s0] != currentStamp || startCostsUsd[i] < dist[s0]) {
        relax(s0, startCostsUsd[i], -1, -1);
        queue.push(startCostsUsd[i], s0);
      }
    }
    double bestCost = Double.POSITIVE_INFINITY;
    int bestState = -1;
    int bestArc = -1;
    while (!queue.isEmpty()) {
      int state = queue.pop();
      double stateCost = queue.poppedCost();
      if (stateCost > dist[state] || stamp[state] != currentStamp) {
        continue;
      }
      if (stateCost >= bestCost) {
        break;
      }
      int x = state / runs;
      int run = state % runs;
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int l = net.arcLink[a];
        if ((forest.linkArc[l] >= 0 && forest.linkArc[l] != a) || (blockedLinks != null && blockedLinks[l])) {
          continue;
        }
        double delta = forest.upgradeCost(l, demandMbps);
        if (delta == Double.POSITIVE_INFINITY) {
          continue;
        }
        int h = net.arcHead[a];
        double cost = stateCost + delta;
        if (h == net.root()) {
          if (satelliteAllowed && cost < bestCost) {
            bestCost = cost;
            bestState = state;
            bestArc = a;
          }
          continue;
        }
        int nextRun = net.microwave[l] ? run + 1 : 0;
        if (nextRun >= runs || (forbidden != null && forbidden[h]) || h == start) {
          continue;
        }
        if (forest.connected(h)) {
          if (nextRun + (net.gateway[h] ? 0 : forest.runToFiber(h)) >= runs) {
            continue;
          }
          double total = cost + forest.pushCost(h, demandMbps);
          if (total < bestCost) {
            bestCost = total;
            bestState = state;
            bestArc = a;
          }
          continue;
        }
        if (net.site[h] && !passSites) {
          continue;
        }
        int hs = h * runs + nextRun;
        if (stamp[hs] != currentStamp || cost < dist[hs]) {
          relax(hs, cost, a, state);
          queue.push(cost, hs);
        }
      }
    }
    if (bestState < 0) {
      return null;
    }
    return new Found(arcsTo(bestState, bestArc, predArc, predState), bestCost);
  }

  /**
   * The arcs of a path found by a search over states, first arc first: those that led to
   * lastState (each state's arc and predecessor state in predArc / predState, -1 at the start),
   * then lastArc.
   */
  static int[] arcsTo(int lastState, int lastArc, int[] predArc, int[] predState) {
    int length = 1;
    for (int s = lastState; predArc[s] >= 0; s = predState[s]) {
      length++;
    }
    int[] arcs = new int[length];
    arcs[length - 1] = lastArc;
    int i = length - 2;
    for (int s = lastState; predArc[s] >= 0; s = predState[s]) {
      arcs[i--] = predArc[s];
    }
    return arcs;
  }

  private void relax(int state, double cost, int arc, int pred) {
    stamp[state] = currentStamp;
    dist[state] = cost;
    predArc[state] = arc;
    predState[state] = pred;
  }
}
