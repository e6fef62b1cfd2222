package org.dorsal.model.result;

/**
 * One equipped link of the plan.
 *
 * @param flowFromId node the traffic enters the link at
 * @param flowToId node it leaves at; null for a satellite link
 * @param utilisation flowMbps / capacityMbps
 * @param npcUsd net present cost of this link's option (capex + discounted opex and leases)
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
    double npcUsd) {}
