package org.dorsal.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One plan's headline figures: the {@code metrics} block that {@code compare}, {@code sweep} and
 * {@code risk} report (docs/scenarios.md). Money is in the instance currency; for status
 * {@code no-plan} every figure is null and {@link #reason()} says why. Computed by
 * {@link PlanMetricsCalculator}, written by {@link PlanMetricsJson}.
 *
 * @param status "optimal", "timed-out", "feasible" (the solver's) or "no-plan"
 * @param verified the plan passed the independent verifier
 * @param reason why there is no plan; null when there is one
 * @param byTechnologyNpcUsd NPC per key of {@link #TECHNOLOGY_KEYS}, in that order (0 when unused)
 * @param requiredSitesServed served sites that had to be served
 * @param optionalSitesServed served sites that could have been left out
 * @param populationCovered population of the served sites
 * @param costPerSiteUsd totalNpcUsd per served site, null when none is served
 * @param costPerPersonUsd totalNpcUsd per person covered, null when nobody is
 * @param fiberBuiltKm length of the fiber-build links equipped
 * @param fiberLeasedKm length of the fiber-lease links equipped
 * @param microwaveHops microwave links equipped
 * @param satelliteSites sites whose traffic leaves by satellite
 * @param lowerBoundUsd the solver's lower bound on the objective, null without one
 * @param gap (objective - bound) / objective as a fraction, null without a bound
 * @param seconds the solver's wall-clock time (the only timing figure)
 */
public record PlanMetrics(
    String status,
    boolean verified,
    String reason,
    Double totalNpcUsd,
    Double capexUsd,
    Double opexNpcUsd,
    Double leaseNpcUsd,
    Double transitNpcUsd,
    Map<String, Double> byTechnologyNpcUsd,
    Integer sitesTotal,
    Integer sitesServed,
    Integer requiredSitesServed,
    Integer optionalSitesServed,
    Long populationCovered,
    Double costPerSiteUsd,
    Double costPerPersonUsd,
    Double fiberBuiltKm,
    Double fiberLeasedKm,
    Integer microwaveHops,
    Integer satelliteSites,
    Double lowerBoundUsd,
    Double gap,
    Double seconds) {

  /** The status of a scenario without a plan. */
  public static final String NO_PLAN = "no-plan";

  /** The keys of {@link #byTechnologyNpcUsd()}, in order. */
  public static final List<String> TECHNOLOGY_KEYS =
      List.of("fiber-build", "microwave", "satellite", "fiber-lease", "fiber-existing", "backbone-transit");

  /**
   * The numeric figures other than byTechnologyNpcUsd, in document order (byTechnologyNpcUsd
   * stands after {@code transitNpcUsd}).
   */
  public static final List<String> FIGURES = List.of("totalNpcUsd", "capexUsd", "opexNpcUsd", "leaseNpcUsd",
      "transitNpcUsd", "sitesTotal", "sitesServed", "requiredSitesServed", "optionalSitesServed",
      "populationCovered", "costPerSiteUsd", "costPerPersonUsd", "fiberBuiltKm", "fiberLeasedKm", "microwaveHops",
      "satelliteSites", "lowerBoundUsd", "gap", "seconds");

  /** The figures that are timings, not properties of the plan: left out of differences. */
  public static final List<String> TIMING_FIGURES = List.of("seconds");

  public PlanMetrics {
    byTechnologyNpcUsd = byTechnologyNpcUsd == null ? null
        : Collections.unmodifiableMap(new LinkedHashMap<>(byTechnologyNpcUsd));
  }

  /** The block of a scenario without a plan. */
  public static PlanMetrics noPlan(String reason) {
    return new PlanMetrics(NO_PLAN, false, reason, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
  }

  public boolean hasPlan() {
    return !NO_PLAN.equals(status);
  }

  /** The figure of that name in {@link #FIGURES}: a Double, Integer or Long, or null. */
  public Number figure(String name) {
    return switch (name) {
      case "totalNpcUsd" -> totalNpcUsd;
      case "capexUsd" -> capexUsd;
      case "opexNpcUsd" -> opexNpcUsd;
      case "leaseNpcUsd" -> leaseNpcUsd;
      case "transitNpcUsd" -> transitNpcUsd;
      case "sitesTotal" -> sitesTotal;
      case "sitesServed" -> sitesServed;
      case "requiredSitesServed" -> requiredSitesServed;
      case "optionalSitesServed" -> optionalSitesServed;
      case "populationCovered" -> populationCovered;
      case "costPerSiteUsd" -> costPerSiteUsd;
      case "costPerPersonUsd" -> costPerPersonUsd;
      case "fiberBuiltKm" -> fiberBuiltKm;
      case "fiberLeasedKm" -> fiberLeasedKm;
      case "microwaveHops" -> microwaveHops;
      case "satelliteSites" -> satelliteSites;
      case "lowerBoundUsd" -> lowerBoundUsd;
      case "gap" -> gap;
      case "seconds" -> seconds;
      default -> throw new IllegalArgumentException("no figure " + name + "; known: " + FIGURES);
    };
  }
}
