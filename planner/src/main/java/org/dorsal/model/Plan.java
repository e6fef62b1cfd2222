package org.dorsal.model;

import java.util.List;

/** A solution: which option equips which link, each site's route, and how the solve went. */
public record Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats) {

  public Plan {
    choices = List.copyOf(choices);
    routes = List.copyOf(routes);
  }
}
