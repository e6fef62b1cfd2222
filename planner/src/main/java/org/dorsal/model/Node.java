package org.dorsal.model;

/**
 * A place in the network. Fields that do not apply to a kind are zero: only sites have demand,
 * only gateways have an uplink.
 *
 * @param unservedPenaltyUsd for an optional site, the net present cost of leaving it unserved
 *     (the value of serving it); zero for required sites
 * @param transitUsdPerMbpsMonth for a gateway, the backbone price paid per Mbps of traffic that
 *     leaves through it, per month
 */
public record Node(
    String id,
    NodeKind kind,
    String name,
    double lat,
    double lon,
    double elevationM,
    double demandMbps,
    long population,
    boolean required,
    double unservedPenaltyUsd,
    double uplinkCapacityMbps,
    double transitUsdPerMbpsMonth) {

  public boolean isGateway() {
    return kind == NodeKind.GATEWAY;
  }

  public boolean isSite() {
    return kind == NodeKind.SITE;
  }

  public boolean isRequiredSite() {
    return kind == NodeKind.SITE && required;
  }

  public boolean isOptionalSite() {
    return kind == NodeKind.SITE && !required;
  }
}
