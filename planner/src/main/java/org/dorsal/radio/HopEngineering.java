package org.dorsal.radio;

import java.util.List;

/**
 * The result of engineering one hop.
 *
 * @param rejection NONE when at least one option closes, else why the hop is not a candidate
 * @param options every (band, channel, dish, configuration) that closes, catalogue order
 * @param bands what each catalogue band met on the hop, in catalogue order (empty for ZERO_LENGTH)
 * @param clearanceShortfallM how much both antennas would have to rise for the most forgiving
 *     band short enough for the hop to clear (0 when one clears; NaN when no band is short enough)
 */
public record HopEngineering(
    double distanceKm,
    RejectionReason rejection,
    List<HopOption> options,
    List<BandFading> bands,
    double targetAvailabilityPercent,
    double secondaryAvailabilityPercent,
    double clearanceShortfallM) {

  public HopEngineering {
    options = List.copyOf(options);
    bands = List.copyOf(bands);
  }

  public boolean isCandidate() {
    return rejection == RejectionReason.NONE;
  }

  /** The largest capacity any option carries at the target availability (0 if none). */
  public double bestCapacityAtTargetMbps() {
    double best = 0.0;
    for (HopOption option : options) {
      best = Math.max(best, option.capacityAtTargetMbps());
    }
    return best;
  }

  /** The largest capacity any option carries at the secondary availability (0 if none). */
  public double bestCapacityAtSecondaryMbps() {
    double best = 0.0;
    for (HopOption option : options) {
      best = Math.max(best, option.capacityAtSecondaryMbps());
    }
    return best;
  }

  /** The option with these choices, or null when it does not close. */
  public HopOption option(
      String bandName, double channelMhz, double dishDiameterM, RadioConfiguration configuration) {
    for (HopOption option : options) {
      if (option.band().name().equals(bandName)
          && option.channelMhz() == channelMhz
          && option.dishDiameterM() == dishDiameterM
          && option.configuration() == configuration) {
        return option;
      }
    }
    return null;
  }
}
