package org.dorsal.model.risk;

/**
 * One driver moved alone from its P10 to its P90 factor, every other driver at its median.
 *
 * @param swingUsd |costAtHighUsd - costAtLowUsd|; NaN when either end has no plan
 */
public record TornadoBar(
    String multiplier,
    double lowFactor,
    double highFactor,
    SampleOutcome atLow,
    SampleOutcome atHigh,
    double swingUsd) {

  public double costAtLowUsd() {
    return atLow.totalNpcUsd();
  }

  public double costAtHighUsd() {
    return atHigh.totalNpcUsd();
  }
}
