package org.dorsal.model;

/** How a site's traffic may be routed to the backbone. */
public enum Routing {
  /**
   * Each site's traffic follows one path to a gateway or a satellite terminal, and the plan is a
   * forest (every node has one next hop): the default.
   */
  SINGLE_PATH("single-path"),
  /**
   * A site's traffic may be split over several paths, each carrying a share of its demand; links
   * may be one-way and charge per Mbps carried. The model of single-commodity fixed-charge network
   * flow (no microwave hop limit, no roll-out or coverage objective).
   */
  SPLIT("split");

  private final String json;

  Routing(String json) {
    this.json = json;
  }

  /** The value in instance JSON. */
  public String json() {
    return json;
  }

  /** The routing a JSON value names, or null. */
  public static Routing fromJson(String text) {
    for (Routing r : values()) {
      if (r.json.equals(text)) {
        return r;
      }
    }
    return null;
  }
}
