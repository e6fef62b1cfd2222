package org.dorsal.model;

import java.util.List;

/**
 * How one site's traffic leaves the network: the links it crosses in order, from the site to a
 * gateway or to a satellite link (the last link). An unserved optional site has no links. With
 * split routing a site may have several routes, each carrying {@code shareMbps} of its demand.
 *
 * @param shareMbps with split routing, the Mbps this path carries; NaN for a single-path route
 */
public record SiteRoute(String siteId, List<String> linkIds, double shareMbps) {

  public SiteRoute {
    linkIds = List.copyOf(linkIds);
  }

  /** A site's one route (single-path routing): it carries the site's whole demand. */
  public SiteRoute(String siteId, List<String> linkIds) {
    this(siteId, linkIds, Double.NaN);
  }

  /** Whether this is one of several paths of a split route (it carries {@link #shareMbps()}). */
  public boolean isShare() {
    return !Double.isNaN(shareMbps);
  }

  public boolean served() {
    return !linkIds.isEmpty();
  }
}
