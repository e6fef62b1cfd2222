package org.dorsal.model;

import java.util.List;
import org.dorsal.model.result.CoverageReport;

/**
 * A solution: which option equips which link, each site's route, and how the solve went.
 *
 * @param coverage for a coverage objective, the weight served and its bound; null otherwise
 */
public record Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats, CoverageReport coverage) {

  public Plan {
    choices = List.copyOf(choices);
    routes = List.copyOf(routes);
  }

  /** A plan of the cost objective (no coverage report). */
  public Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats) {
    this(choices, routes, stats, null);
  }

  public Plan withCoverage(CoverageReport report) {
    return new Plan(choices, routes, stats, report);
  }
}
