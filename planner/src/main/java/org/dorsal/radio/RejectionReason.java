package org.dorsal.radio;

/**
 * Why a hop is not a candidate, machine-readable so that rejections can be counted. When several
 * bands fail for different reasons, the hop's reason is the furthest stage any band reached:
 * length, then clearance, then the link budget.
 */
public enum RejectionReason {
  /** The hop is a candidate: at least one option closes. */
  NONE,
  /** Both ends are at the same place (distance below 1 m). */
  ZERO_LENGTH,
  /** Longer than the maximum hop length of every band in the catalogue. */
  TOO_LONG_FOR_BAND,
  /** Every band short enough for the hop fails the clearance criteria at the given heights. */
  NO_CLEARANCE,
  /** Some band clears, but no band, channel, dish and modulation meets the target availability. */
  NO_MODULATION_CLOSES
}
