package org.dorsal.solve;

import java.util.Arrays;

/**
 * The routes laid so far by a baseline that routes sites one at a time, each path once and for
 * all: every node's parent arc, the run of microwave links above it, and the flow each link and
 * gateway already carries, so that a new site can follow a laid route only where there is room.
 * A laid route is never changed; a new path only hangs a new branch below it.
 */
final class LaidRoutes {
  private final DesignNetwork net;
  private final int[] parentArc;
  /** Consecutive microwave links from a routed node upward, until fiber, a gateway or satellite. */
  private final int[] microwaveRunUp;
  /** Where a routed node's traffic leaves: its route's gateway, or the root for satellite. */
  private final int[] exit;
  private final double[] linkFlowMbps;
  private final double[] linkMaxMbps;
  private final double[] gatewayLoadMbps;

  LaidRoutes(DesignNetwork net) {
    this.net = net;
    parentArc = new int[net.nodeCount];
    Arrays.fill(parentArc, -1);
    microwaveRunUp = new int[net.nodeCount];
    exit = new int[net.nodeCount];
    linkFlowMbps = new double[net.linkCount];
    linkMaxMbps = new double[net.linkCount];
    for (int l = 0; l < net.linkCount; l++) {
      linkMaxMbps[l] = net.maxCapacityMbps(l);
    }
    gatewayLoadMbps = new double[net.nodeCount];
  }

  /** Whether v has a route (a gateway is not routed: it is an exit). */
  boolean routed(int v) {
    return parentArc[v] >= 0;
  }

  int microwaveRunUp(int v) {
    return net.gateway[v] ? 0 : microwaveRunUp[v];
  }

  /** The gateway where a routed node's route leaves, or the root when it leaves by satellite. */
  int exit(int v) {
    return exit[v];
  }

  /** Whether gateway g's uplink has room for demandMbps more. */
  boolean gatewayFits(int g, double demandMbps) {
    return gatewayLoadMbps[g] + demandMbps <= net.uplinkMbps[g] + 1e-9;
  }

  /**
   * What a site of demandMbps pays, on its own, to follow v's route to its exit: every link priced
   * by its cheapest option that carries demandMbps, plus the gateway's transit; infinity when a link
   * or the gateway on the route has no room for demandMbps more than it carries.
   */
  double followCostUsd(int v, double demandMbps) {
    double cost = 0;
    int x = v;
    while (x != net.root() && !net.gateway[x]) {
      int a = parentArc[x];
      int l = net.arcLink[a];
      if (linkFlowMbps[l] + demandMbps > linkMaxMbps[l] + 1e-9) {
        return Double.POSITIVE_INFINITY;
      }
      cost += net.cheapestNpcUsdFor(l, demandMbps);
      x = net.arcHead[a];
    }
    if (x == net.root()) {
      return cost;
    }
    return gatewayFits(x, demandMbps) ? cost + demandMbps * net.transitNpcUsdPerMbps[x] : Double.POSITIVE_INFINITY;
  }

  /**
   * Lays a new path, arcs from a site upward through nodes without a route to a gateway, the
   * internet root or a routed node, and adds the site's demand along it up to its exit.
   */
  void lay(int[] arcs, double demandMbps) {
    for (int i = arcs.length - 1; i >= 0; i--) {
      int a = arcs[i];
      int tail = net.arcTail[a];
      int head = net.arcHead[a];
      parentArc[tail] = a;
      int above = head == net.root() ? 0 : microwaveRunUp(head);
      microwaveRunUp[tail] = net.microwave[net.arcLink[a]] ? 1 + above : 0;
      exit[tail] = head == net.root() || net.gateway[head] ? head : exit[head];
    }
    int x = net.arcTail[arcs[0]];
    while (x != net.root() && !net.gateway[x]) {
      int a = parentArc[x];
      linkFlowMbps[net.arcLink[a]] += demandMbps;
      x = net.arcHead[a];
    }
    if (x != net.root()) {
      gatewayLoadMbps[x] += demandMbps;
    }
  }

  /** A copy of every node's parent arc (-1: none). */
  int[] parentArcs() {
    return parentArc.clone();
  }
}
