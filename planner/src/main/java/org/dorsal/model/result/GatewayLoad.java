package org.dorsal.model.result;

/** Traffic leaving through one gateway and what its transit costs over the horizon. */
public record GatewayLoad(
    String gatewayId,
    double loadMbps,
    double uplinkCapacityMbps,
    double utilisation,
    int sitesServed,
    double transitNpcUsd) {}
