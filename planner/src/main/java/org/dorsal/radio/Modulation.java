package org.dorsal.radio;

/**
 * One step of an adaptive-modulation ladder.
 *
 * @param threshold56MhzDbm receiver threshold (BER 1e-6) in a 56 MHz channel
 * @param efficiencyBitsPerHz net capacity per Hz of channel
 * @param txBackoffDb transmit power below the band's QPSK maximum
 */
public record Modulation(
    String name, double threshold56MhzDbm, double efficiencyBitsPerHz, double txBackoffDb) {

  /** Threshold in a channel of this width: Th56 + 10 log10(CS / 56). */
  public double thresholdDbm(double channelMhz) {
    return threshold56MhzDbm + 10.0 * Math.log10(channelMhz / 56.0);
  }

  /** Capacity in a channel of this width: efficiency times channel width. */
  public double capacityMbps(double channelMhz) {
    return efficiencyBitsPerHz * channelMhz;
  }
}
