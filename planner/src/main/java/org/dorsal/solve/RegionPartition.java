package org.dorsal.solve;

import java.util.Arrays;
import org.dorsal.candidates.Geodesy;
import org.dorsal.model.Node;

/**
 * Nodes split into regions for the decomposed planner. A gateway's catchment is every node whose
 * cheapest terrestrial path (each link priced at its cheapest option) ends at that gateway, so a
 * catchment holds the whole shortest path of each of its nodes; nodes with no terrestrial path
 * to any gateway join the geographically nearest gateway. Catchments are then merged, smallest
 * first, into the neighbour they share most links with, while the merged region stays within
 * the site limit. Deterministic: ties go to the lower index.
 *
 * @param regionOfNode the region of every node (gateways included), 0..regionCount-1
 */
record RegionPartition(int[] regionOfNode, int regionCount) {

  /** The nodes of region r, in index order. */
  int[] nodesOf(int r) {
    int count = 0;
    for (int region : regionOfNode) {
      count += region == r ? 1 : 0;
    }
    int[] nodes = new int[count];
    int i = 0;
    for (int v = 0; v < regionOfNode.length; v++) {
      if (regionOfNode[v] == r) {
        nodes[i++] = v;
      }
    }
    return nodes;
  }

  static RegionPartition of(DesignNetwork net, int maxSitesPerRegion) {
    int[] catchment = catchments(net);
    return merged(net, catchment, maxSitesPerRegion);
  }

  /** The index of the gateway each node drains to. */
  static int[] catchments(DesignNetwork net) {
    int n = net.nodeCount;
    double[] dist = new double[n];
    int[] owner = new int[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(owner, -1);
    CostHeap heap = new CostHeap(n);
    for (int g = 0; g < n; g++) {
      if (net.gateway[g]) {
        dist[g] = 0;
        owner[g] = g;
        heap.push(0, g);
      }
    }
    boolean[] settled = new boolean[n];
    while (!heap.isEmpty()) {
      int u = heap.pop();
      if (settled[u]) {
        continue; // a stale entry: u was pushed again with a lower distance
      }
      settled[u] = true;
      // arcs into u come from nodes that may route through it
      for (int i = net.inStart[u]; i < net.inStart[u + 1]; i++) {
        int a = net.inArcs[i];
        int l = net.arcLink[a];
        int v = net.arcTail[a];
        double d = dist[u] + net.cheapestNpcUsd(l);
        if (!settled[v] && (d < dist[v] || (d == dist[v] && owner[u] < owner[v]))) {
          dist[v] = d;
          owner[v] = owner[u];
          heap.push(d, v);
        }
      }
    }
    nearestGatewayForIsolated(net, owner);
    return owner;
  }

  private static void nearestGatewayForIsolated(DesignNetwork net, int[] owner) {
    var nodes = net.instance().nodes();
    for (int v = 0; v < net.nodeCount; v++) {
      if (owner[v] >= 0) {
        continue;
      }
      Node p = nodes.get(v);
      double best = Double.POSITIVE_INFINITY;
      for (int g = 0; g < net.nodeCount; g++) {
        if (!net.gateway[g]) {
          continue;
        }
        Node q = nodes.get(g);
        double km = Geodesy.distanceKm(p.lat(), p.lon(), q.lat(), q.lon());
        if (km < best) {
          best = km;
          owner[v] = g;
        }
      }
      if (owner[v] < 0) {
        owner[v] = 0; // no gateway at all: one region
      }
    }
  }

  /** Catchments merged smallest first into the best-connected neighbour within the site limit. */
  static RegionPartition merged(DesignNetwork net, int[] catchment, int maxSitesPerRegion) {
    int n = net.nodeCount;
    int[] parent = new int[n];
    int[] sites = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    for (int v = 0; v < n; v++) {
      sites[catchment[v]] += net.site[v] ? 1 : 0;
    }
    boolean merging = true;
    while (merging) {
      merging = false;
      int[] order = roots(parent, catchment);
      Integer[] boxed = new Integer[order.length];
      for (int i = 0; i < order.length; i++) {
        boxed[i] = order[i];
      }
      Arrays.sort(boxed, (p, q) -> sites[p] != sites[q] ? Integer.compare(sites[p], sites[q]) : Integer.compare(p, q));
      for (int r : boxed) {
        if (find(parent, r) != r) {
          continue;
        }
        int partner = bestNeighbour(net, catchment, parent, sites, r, maxSitesPerRegion);
        if (partner >= 0) {
          int keep = Math.min(r, partner);
          int gone = Math.max(r, partner);
          parent[gone] = keep;
          sites[keep] += sites[gone];
          merging = true;
        }
      }
    }
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int count = 0;
    int[] region = new int[n];
    for (int v = 0; v < n; v++) {
      int root = find(parent, catchment[v]);
      if (label[root] < 0) {
        label[root] = count++;
      }
      region[v] = label[root];
    }
    return new RegionPartition(region, count);
  }

  private static int[] roots(int[] parent, int[] catchment) {
    boolean[] seen = new boolean[parent.length];
    int count = 0;
    for (int c : catchment) {
      int root = find(parent, c);
      if (!seen[root]) {
        seen[root] = true;
        count++;
      }
    }
    int[] roots = new int[count];
    int i = 0;
    for (int v = 0; v < parent.length; v++) {
      if (seen[v]) {
        roots[i++] = v;
      }
    }
    return roots;
  }

  private static int bestNeighbour(DesignNetwork net, int[] catchment, int[] parent, int[] sites, int r, int maxSites) {
    int[] shared = new int[net.nodeCount];
    for (int l = 0; l < net.linkCount; l++) {
      if (net.satellite[l]) {
        continue;
      }
      int a = find(parent, catchment[net.linkA[l]]);
      int b = find(parent, catchment[net.linkB[l]]);
      if (a == r && b != r) {
        shared[b]++;
      } else if (b == r && a != r) {
        shared[a]++;
      }
    }
    int best = -1;
    for (int q = 0; q < shared.length; q++) {
      if (shared[q] > 0 && sites[r] + sites[q] <= maxSites && (best < 0 || shared[q] > shared[best])) {
        best = q;
      }
    }
    return best;
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
}
