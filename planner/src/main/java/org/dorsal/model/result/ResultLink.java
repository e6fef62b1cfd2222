package org.dorsal.model.result;

import java.util.List;

/**
 * One equipped link of the plan.
 *
 * @param flowFromId node the traffic enters the link at
 * @param flowToId node it leaves at; null for a satellite link
 * @param utilisation flowMbps / capacityMbps
 * @param npcUsd net present cost of this link's option (capex + discounted opex and leases), plus its
 *     usage charge with split routing
 * @param usageNpcUsd with split routing, usageUsdPerMbpsYear x flowMbps, discounted; NaN otherwise
 * @param schedule for a roll-out plan, the link's installs and upgrades by year (optionId and
 *     capacityMbps are then those of the last year, flowMbps the last year's flow and the costs
 *     present values over the schedule); null for a plan without roll-out
 */
public record ResultLink(
    String linkId,
    String technology,
    String optionId,
    String flowFromId,
    String flowToId,
    double capacityMbps,
    double flowMbps,
    double utilisation,
    double lengthKm,
    double capexUsd,
    double opexNpcUsd,
    double leaseNpcUsd,
    double npcUsd,
    List<ScheduleEntry> schedule,
    double usageNpcUsd) {

  public ResultLink {
    schedule = schedule == null ? null : List.copyOf(schedule);
  }

  /** A link without usage charge (single-path routing: {@code usageNpcUsd} is NaN, not written). */
  public ResultLink(String linkId, String technology, String optionId, String flowFromId, String flowToId,
      double capacityMbps, double flowMbps, double utilisation, double lengthKm, double capexUsd,
      double opexNpcUsd, double leaseNpcUsd, double npcUsd, List<ScheduleEntry> schedule) {
    this(linkId, technology, optionId, flowFromId, flowToId, capacityMbps, flowMbps, utilisation, lengthKm,
        capexUsd, opexNpcUsd, leaseNpcUsd, npcUsd, schedule, Double.NaN);
  }

  /** A link of a plan without roll-out (no schedule). */
  public ResultLink(String linkId, String technology, String optionId, String flowFromId, String flowToId,
      double capacityMbps, double flowMbps, double utilisation, double lengthKm, double capexUsd,
      double opexNpcUsd, double leaseNpcUsd, double npcUsd) {
    this(linkId, technology, optionId, flowFromId, flowToId, capacityMbps, flowMbps, utilisation, lengthKm,
        capexUsd, opexNpcUsd, leaseNpcUsd, npcUsd, null);
  }
}
