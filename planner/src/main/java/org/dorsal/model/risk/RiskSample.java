package org.dorsal.model.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Monte Carlo sample.
 *
 * @param factors the drawn factor of every driver, by multiplier name, in driver order
 */
public record RiskSample(int index, Map<String, Double> factors, SampleOutcome outcome) {
  public RiskSample {
    factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
  }
}
