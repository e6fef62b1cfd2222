package org.dorsal.model;

import java.util.List;

/**
 * The uncertain inputs of an instance that {@code dorsal risk} samples. (Fields are being extended
 * by the risk work.)
 *
 * @param drivers one entry per uncertain input, in the order given
 */
public record Uncertainty(List<UncertainDriver> drivers) {
  public Uncertainty {
    drivers = List.copyOf(drivers);
  }
}
