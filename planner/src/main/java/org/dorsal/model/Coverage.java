package org.dorsal.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Budget-constrained coverage: required sites must be served; among the optional sites, the plan
 * serves the greatest total weight the constraints and the capex budget allow, and among such
 * plans the one of least net present cost.
 *
 * @param weight what a served site is worth: {@link #POPULATION} or {@link #PRIORITY}
 * @param priorityBySiteId the sites' {@code priority} as given; a site not listed has priority 1
 */
public record Coverage(String weight, Map<String, Double> priorityBySiteId) {
  public static final String POPULATION = "population";
  public static final String PRIORITY = "priority";

  public Coverage {
    priorityBySiteId = Map.copyOf(new TreeMap<>(priorityBySiteId));
  }

  /** Coverage weighted by population, no priorities given. */
  public static Coverage byPopulation() {
    return new Coverage(POPULATION, Map.of());
  }

  /** A site's priority: as given, else 1. */
  public double priorityOf(String siteId) {
    return priorityBySiteId.getOrDefault(siteId, 1.0);
  }

  /** What serving this node is worth: its population or its priority; 0 for a node that is not a site. */
  public double weightOf(Node node) {
    if (!node.isSite()) {
      return 0;
    }
    return PRIORITY.equals(weight) ? priorityOf(node.id()) : node.population();
  }
}
