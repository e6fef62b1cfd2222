package org.dorsal.model.result;

import java.util.Map;

/**
 * Money and coverage totals. All money is net present cost in the instance currency.
 *
 * @param totalNpcUsd capex + opex + leases + transit (penalties not included)
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
    double demandServedMbps) {

  public ResultSummary {
    byTechnologyNpcUsd = Map.copyOf(byTechnologyNpcUsd);
  }
}
