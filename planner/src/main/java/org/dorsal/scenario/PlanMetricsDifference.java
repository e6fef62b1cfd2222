package org.dorsal.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figure-by-figure difference of two {@link PlanMetrics}, as a PlanMetrics. */
final class PlanMetricsDifference {
  private PlanMetricsDifference() {}

  /** {@code a - b}; figures missing on either side are null, the status and flags are a's. */
  static PlanMetrics of(PlanMetrics a, PlanMetrics b) {
    Map<String, Double> byTechnology = null;
    if (a.byTechnologyNpcUsd() != null && b.byTechnologyNpcUsd() != null) {
      byTechnology = new LinkedHashMap<>();
      for (String key : PlanMetrics.TECHNOLOGY_KEYS) {
        byTechnology.put(key, a.byTechnologyNpcUsd().get(key) - b.byTechnologyNpcUsd().get(key));
      }
    }
    return new PlanMetrics(a.status(), a.verified(), a.reason(), minus(a.totalNpcUsd(), b.totalNpcUsd()),
        minus(a.capexUsd(), b.capexUsd()), minus(a.opexNpcUsd(), b.opexNpcUsd()),
        minus(a.leaseNpcUsd(), b.leaseNpcUsd()), minus(a.transitNpcUsd(), b.transitNpcUsd()), byTechnology,
        minus(a.sitesTotal(), b.sitesTotal()), minus(a.sitesServed(), b.sitesServed()),
        minus(a.requiredSitesServed(), b.requiredSitesServed()),
        minus(a.optionalSitesServed(), b.optionalSitesServed()),
        a.populationCovered() == null || b.populationCovered() == null ? null
            : a.populationCovered() - b.populationCovered(),
        minus(a.costPerSiteUsd(), b.costPerSiteUsd()), minus(a.costPerPersonUsd(), b.costPerPersonUsd()),
        minus(a.fiberBuiltKm(), b.fiberBuiltKm()), minus(a.fiberLeasedKm(), b.fiberLeasedKm()),
        minus(a.microwaveHops(), b.microwaveHops()), minus(a.satelliteSites(), b.satelliteSites()),
        minus(a.lowerBoundUsd(), b.lowerBoundUsd()), minus(a.gap(), b.gap()), minus(a.seconds(), b.seconds()));
  }

  private static Double minus(Double a, Double b) {
    return a == null || b == null ? null : a - b;
  }

  private static Integer minus(Integer a, Integer b) {
    return a == null || b == null ? null : a - b;
  }
}
