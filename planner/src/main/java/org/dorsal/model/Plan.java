package org.dorsal.model;

import java.util.List;

/**
 * A solution: which option equips which link, each site's route, and how the solve went.
 *
 * @param schedules for a roll-out plan, each equipped link's schedule over the years (its choice
 *     is the option of the last year); empty for a plan without roll-out
 */
public record Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats, List<LinkSchedule> schedules) {

  public Plan {
    choices = List.copyOf(choices);
    routes = List.copyOf(routes);
    schedules = List.copyOf(schedules);
  }

  /** A plan without roll-out schedules. */
  public Plan(List<LinkChoice> choices, List<SiteRoute> routes, SolveStats stats) {
    this(choices, routes, stats, List.of());
  }
}
