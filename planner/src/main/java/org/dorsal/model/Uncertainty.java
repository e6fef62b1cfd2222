package org.dorsal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uncertain inputs of an instance that {@code dorsal risk} samples.
 *
 * @param drivers one entry per uncertain multiplier, in the order given (which fixes the order in
 *     which a sample draws its factors); at least one, no multiplier twice
 */
public record Uncertainty(List<UncertainDriver> drivers) {
  public Uncertainty {
    drivers = List.copyOf(drivers);
    if (drivers.isEmpty()) {
      throw new IllegalArgumentException("uncertainty needs at least one driver");
    }
    Set<String> seen = new HashSet<>();
    for (UncertainDriver d : drivers) {
      if (!seen.add(d.multiplier())) {
        throw new IllegalArgumentException("multiplier " + d.multiplier() + " has more than one driver");
      }
    }
  }
}
