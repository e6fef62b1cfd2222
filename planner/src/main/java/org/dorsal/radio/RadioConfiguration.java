package org.dorsal.radio;

/** How a hop's radios are arranged; protection schemes (1+1) add no capacity and are not listed. */
public enum RadioConfiguration {
  /** One radio per end, one channel, one polarisation. */
  ONE_PLUS_ZERO(1, 0.0),
  /**
   * Two radios per end on both polarisations of one channel with cross-polar interference
   * cancellation (via an OMT): twice the capacity. The 1 dB threshold degradation for residual
   * cross-polar interference is an assumption; XPD outage (P.530 §4) is not modelled.
   */
  TWO_PLUS_ZERO_XPIC(2, 1.0);

  private final int radiosPerEnd;
  private final double thresholdPenaltyDb;

  RadioConfiguration(int radiosPerEnd, double thresholdPenaltyDb) {
    this.radiosPerEnd = radiosPerEnd;
    this.thresholdPenaltyDb = thresholdPenaltyDb;
  }

  /** Radios at each end; capacity scales with it. */
  public int radiosPerEnd() {
    return radiosPerEnd;
  }

  /** Added to every receiver threshold. */
  public double thresholdPenaltyDb() {
    return thresholdPenaltyDb;
  }
}
