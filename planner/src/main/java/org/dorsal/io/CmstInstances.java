package org.dorsal.io;

import org.dorsal.model.Instance;

/**
 * States a capacitated minimum spanning tree problem as a Dorsal instance, exactly. The root is
 * gateway {@code v<root+1>} with uplink = total demand; every other vertex i is a required site
 * {@code v<i+1>} with its demand (in Mbps); every pair i &lt; j is link {@code e<i+1>-<j+1>} with one
 * option of capacity Q and capex c(i, j). Economics are those of {@link PlainCostInstanceBuilder}
 * (horizon 1 year, rate 0), so a plan's net present cost is the sum of its links' costs.
 *
 * <p>Exactness: every vertex but the root is a required site, so a plan is a spanning tree routed to
 * the root, and a link next to the root carries the whole demand of the subtree behind it, so "every
 * link within Q" is exactly "every subtree hanging from the root has demand at most Q" (links
 * further out carry less). The optima are equal ({@link ObjectiveRelation#EQUAL}). All nodes are at
 * latitude 0, longitude 0 (the files have no coordinates).
 */
public final class CmstInstances {
  private CmstInstances() {}

  public static MappedInstance of(CmstFile file, String name, double capacity) {
    return new MappedInstance(instance(file, name, capacity), ObjectiveRelation.EQUAL, 0);
  }

  /**
   * @param capacity Q, the most demand a subtree hanging from the root may hold (above 0)
   */
  public static Instance instance(CmstFile file, String name, double capacity) {
    if (!(capacity > 0) || Double.isInfinite(capacity)) {
      throw new IllegalArgumentException("the capacity Q must be a finite number above 0, not " + capacity);
    }
    PlainCostInstanceBuilder b = new PlainCostInstanceBuilder();
    int n = file.vertexCount();
    for (int v = 0; v < n; v++) {
      if (v == file.root()) {
        b.gateway(nodeId(v), file.totalDemand(), 0, 0);
      } else {
        b.requiredSite(nodeId(v), file.demand()[v], 0, 0);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        b.link("e" + (i + 1) + "-" + (j + 1), nodeId(i), nodeId(j), capacity, file.cost(i, j), 0);
      }
    }
    return b.build(name, "Capacitated minimum spanning tree " + file.name() + " with Q = " + plain(capacity)
        + ": root " + nodeId(file.root()) + " is the gateway, the " + (n - 1) + " other vertices are"
        + " required sites (demand in Mbps), every pair is a link of capacity Q and capex = its cost;"
        + " the optimal net present cost equals the CMST optimum", Double.POSITIVE_INFINITY);
  }

  public static String nodeId(int v) {
    return "v" + (v + 1);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
