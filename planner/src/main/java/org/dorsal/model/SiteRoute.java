package org.dorsal.model;

import java.util.List;

/**
 * How one site's traffic leaves the network: the links it crosses in order, from the site to a
 * gateway or to a satellite link (the last link). An unserved optional site has no links.
 */
public record SiteRoute(String siteId, List<String> linkIds) {

  public SiteRoute {
    linkIds = List.copyOf(linkIds);
  }

  public boolean served() {
    return !linkIds.isEmpty();
  }
}
