package org.dorsal.radio;

import java.util.List;

/**
 * One clearance rule: the line of sight must pass at least {@code fresnelFraction} of the first
 * Fresnel zone above every obstacle when the earth bulges with this k-factor.
 */
public record ClearanceCriterion(double kFactor, double fresnelFraction) {

  public ClearanceCriterion {
    if (!(kFactor > 0) || !(fresnelFraction >= 0)) {
      throw new IllegalArgumentException("k-factor must be positive, Fresnel fraction >= 0");
    }
  }

  /** The industry rule: 1.0 F1 at k = 4/3, 0.6 F1 at k = 1, 0.3 F1 at k = 2/3; all must hold. */
  public static List<ClearanceCriterion> industryRule() {
    return List.of(
        new ClearanceCriterion(4.0 / 3.0, 1.0),
        new ClearanceCriterion(1.0, 0.6),
        new ClearanceCriterion(2.0 / 3.0, 0.3));
  }
}
