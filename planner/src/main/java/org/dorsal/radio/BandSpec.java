package org.dorsal.radio;

import java.util.List;

/**
 * One microwave band offered by the catalogue and the equipment options in it.
 *
 * @param frequencyGhz centre frequency used for all propagation terms
 * @param qpskTxPowerDbm transmit power at QPSK; higher modes back off from it
 * @param thresholdPenaltyDb added to every receiver threshold (worse radios at 38 GHz, E-band)
 * @param maxHopKm hops longer than this are not tried in this band (a pruning limit)
 */
public record BandSpec(
    String name,
    double frequencyGhz,
    double qpskTxPowerDbm,
    List<Double> channelWidthsMhz,
    List<Double> dishDiametersM,
    double thresholdPenaltyDb,
    Polarisation polarisation,
    double maxHopKm) {

  public BandSpec {
    channelWidthsMhz = List.copyOf(channelWidthsMhz);
    dishDiametersM = List.copyOf(dishDiametersM);
    if (!(frequencyGhz > 0) || channelWidthsMhz.isEmpty() || dishDiametersM.isEmpty()) {
      throw new IllegalArgumentException(
          "band " + name + " needs a positive frequency, a channel width and a dish size");
    }
  }
}
