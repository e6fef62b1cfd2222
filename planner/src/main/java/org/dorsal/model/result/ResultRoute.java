package org.dorsal.model.result;

import java.util.List;

/**
 * One site's way out.
 *
 * @param exit "gateway", "satellite" or "unserved"
 * @param gatewayId the gateway for exit "gateway", else null
 * @param nodePath node ids from the site to the exit node (the gateway, or the node holding the
 *     satellite terminal)
 * @param linkPath link ids in order; the last is the satellite link for exit "satellite"
 * @param microwaveHopsToFiber longest run of consecutive microwave hops on the path that ends at
 *     fiber, a gateway or a satellite terminal (the quantity the hop limit bounds)
 * @param shareMbps with split routing, the Mbps this path carries (a site may have several); NaN for a
 *     single-path route
 */
public record ResultRoute(
    String siteId,
    String exit,
    String gatewayId,
    List<String> nodePath,
    List<String> linkPath,
    int hops,
    int microwaveHops,
    int microwaveHopsToFiber,
    double demandMbps,
    double shareMbps) {

  public ResultRoute {
    nodePath = List.copyOf(nodePath);
    linkPath = List.copyOf(linkPath);
  }

  /** A site's one route (single-path routing: {@code shareMbps} is NaN, not written). */
  public ResultRoute(String siteId, String exit, String gatewayId, List<String> nodePath, List<String> linkPath,
      int hops, int microwaveHops, int microwaveHopsToFiber, double demandMbps) {
    this(siteId, exit, gatewayId, nodePath, linkPath, hops, microwaveHops, microwaveHopsToFiber, demandMbps,
        Double.NaN);
  }
}
