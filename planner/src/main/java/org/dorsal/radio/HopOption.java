package org.dorsal.radio;

/**
 * One way to equip a hop that closes at the target availability: band, channel, dish (the same
 * at both ends) and configuration, with the highest modulation and the capacity it carries at the
 * target and at the secondary availability.
 *
 * @param bandIndex index of the band in the catalogue and in {@link HopEngineering#bands()}
 * @param fadeMarginAtTargetDb fade margin of the modulation used at the target availability
 * @param capacityAtTargetMbps capacity carried at the target availability (e.g. 99.99 %)
 * @param capacityAtSecondaryMbps capacity carried at the secondary availability (e.g. 99.9 %)
 */
public record HopOption(
    int bandIndex,
    BandSpec band,
    double channelMhz,
    double dishDiameterM,
    RadioConfiguration configuration,
    double antennaGainDbi,
    Modulation modulationAtTarget,
    double fadeMarginAtTargetDb,
    double capacityAtTargetMbps,
    Modulation modulationAtSecondary,
    double fadeMarginAtSecondaryDb,
    double capacityAtSecondaryMbps) {}
