package org.dorsal.model;

import java.util.List;
import org.dorsal.model.result.CoverageReport;

/**
 * A solution: which option equips which link, each site's route, and how the solve went.
 *
 * @param coverage for a coverage objective, the weight served and its bound; null otherwise
 * @param schedules for a roll-out plan, each equipped link's schedule over the years (its choice
 *     is the option of the last year); empty for a plan without roll-out
 */
public record Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats, CoverageReport coverage,
    List<LinkSchedule> schedules) {

  public Plan {
    choices = List.copyOf(choices);
    routes = List.copyOf(routes);
    schedules = List.copyOf(schedules);
  }

  /** A plan of the cost objective without roll-out (no coverage report, no schedules). */
  public Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats) {
    this(choices, routes, stats, null, List.of());
  }

  public Plan withCoverage(CoverageReport report) {
    return new Plan(choices, routes, stats, report, schedules);
  }

  public Plan withSchedules(List<LinkSchedule> newSchedules) {
    return new Plan(choices, routes, stats, coverage, newSchedules);
  }
}
