package org.dorsal.model.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code metrics} block of one plan (docs/risk.md, the shared contract of compare, sweep and
 * risk). Doubles that are not available are NaN and written as null.
 */
public record PlanFigures(
    String status,
    boolean verified,
    double totalNpcUsd,
    double capexUsd,
    double opexNpcUsd,
    double leaseNpcUsd,
    double transitNpcUsd,
    Map<String, Double> byTechnologyNpcUsd,
    int sitesTotal,
    int sitesServed,
    int requiredSitesServed,
    int optionalSitesServed,
    long populationCovered,
    double costPerSiteUsd,
    double costPerPersonUsd,
    double fiberBuiltKm,
    double fiberLeasedKm,
    int microwaveHops,
    int satelliteSites,
    double lowerBoundUsd,
    double gap,
    double seconds) {

  public PlanFigures {
    byTechnologyNpcUsd = Collections.unmodifiableMap(new LinkedHashMap<>(byTechnologyNpcUsd));
  }
}
