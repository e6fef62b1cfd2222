package org.dorsal.model.result;

import java.util.Map;

/**
 * Money and coverage totals. All money is net present cost in the instance currency.
 *
 * @param totalNpcUsd capex + opex + leases + transit (+ usage charges with split routing; penalties not
 *     included)
 * @param usageNpcUsd with split routing, the links' usage charges, discounted; NaN otherwise
 * @param byTechnologyNpcUsd NPC per link technology JSON name, plus "backbone-transit"
 * @param objectiveUsd totalNpcUsd plus penalties of unserved optional sites
 */
public record ResultSummary(
    double totalNpcUsd,
    double capexUsd,
    double opexNpcUsd,
    double leaseNpcUsd,
    double transitNpcUsd,
    Map<String, Double> byTechnologyNpcUsd,
    double unservedPenaltyUsd,
    double objectiveUsd,
    int sitesTotal,
    int sitesServed,
    long populationServed,
    double demandServedMbps,
    double usageNpcUsd) {

  public ResultSummary {
    byTechnologyNpcUsd = Map.copyOf(byTechnologyNpcUsd);
  }

  /** A summary without usage charges (single-path routing: {@code usageNpcUsd} is NaN, not written). */
  public ResultSummary(double totalNpcUsd, double capexUsd, double opexNpcUsd, double leaseNpcUsd,
      double transitNpcUsd, Map<String, Double> byTechnologyNpcUsd, double unservedPenaltyUsd, double objectiveUsd,
      int sitesTotal, int sitesServed, long populationServed, double demandServedMbps) {
    this(totalNpcUsd, capexUsd, opexNpcUsd, leaseNpcUsd, transitNpcUsd, byTechnologyNpcUsd, unservedPenaltyUsd,
        objectiveUsd, sitesTotal, sitesServed, populationServed, demandServedMbps, Double.NaN);
  }
}
