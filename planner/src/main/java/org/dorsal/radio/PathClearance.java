package org.dorsal.radio;

import java.util.List;

/**
 * Line-of-sight clearance of a hop: at every obstacle point the line between the antennas must
 * pass above ground + clutter + earth bulge(k) + c F1 for every criterion (k, c).
 *
 * <p>Obstacle points are the terrain samples strictly between the ends; without a profile (or
 * with none inside the hop) the ground is the straight line between the endpoint ground
 * elevations, sampled at 19 evenly spaced interior points. The margin is the smallest height of
 * the line of sight above the required level (negative: blocked by that many metres). Raising
 * both antennas by -margin clears the hop, because the line of sight then rises by that much at
 * every point.
 */
public final class PathClearance {

  /** Interior points used when there is no terrain profile. */
  public static final int STRAIGHT_GROUND_POINTS = 19;

  private PathClearance() {}

  /** The clearance margin in metres at one frequency. */
  public static double marginM(
      HopPath path, double frequencyGhz, List<ClearanceCriterion> criteria) {
    double[] out = new double[1];
    marginsM(path, new double[] {1.0 / Math.sqrt(frequencyGhz)}, toArrays(criteria), out);
    return out[0];
  }

  /**
   * Margins for several frequencies in one pass over the path, given as 1 / sqrt(f in GHz); out[i]
   * belongs to the i-th frequency. Criteria are given as parallel arrays of inverse k-factors and Fresnel
   * fractions.
   */
  static void marginsM(
      HopPath path, double[] inverseSqrtFrequency, double[][] criteria, double[] out) {
    double[] inverseK = criteria[0];
    double[] fraction = criteria[1];
    int bands = inverseSqrtFrequency.length;
    for (int i = 0; i < bands; i++) {
      out[i] = Double.POSITIVE_INFINITY;
    }
    double d = path.distanceKm();
    if (!(d > 0)) {
      return;
    }
    double groundA = path.a().groundElevationM();
    double groundB = path.b().groundElevationM();
    double losA = path.a().antennaAslM();
    double losB = path.b().antennaAslM();
    double clutter = path.clutterHeightM();
    TerrainProfile terrain = path.terrain();
    boolean usedProfile = false;
    if (terrain != null) {
      for (int s = 0; s < terrain.size(); s++) {
        double d1 = terrain.distanceKm(s);
        if (d1 > 0 && d1 < d) {
          usedProfile = true;
          double los = losA + (losB - losA) * d1 / d;
          checkPoint(d1, d - d1, los - terrain.elevationM(s) - clutter,
              inverseSqrtFrequency, inverseK, fraction, out);
        }
      }
    }
    if (!usedProfile) {
      for (int s = 1; s <= STRAIGHT_GROUND_POINTS; s++) {
        double t = s / (STRAIGHT_GROUND_POINTS + 1.0);
        double los = losA + (losB - losA) * t;
        double ground = groundA + (groundB - groundA) * t;
        checkPoint(t * d, (1 - t) * d, los - ground - clutter,
            inverseSqrtFrequency, inverseK, fraction, out);
      }
    }
  }

  private static void checkPoint(
      double d1, double d2, double heightAboveObstacleM,
      double[] inverseSqrtFrequency, double[] inverseK, double[] fraction, double[] out) {
    double bulgeAtUnitK = d1 * d2 / 12.74;
    double fresnelAtOneGhz = 17.3 * Math.sqrt(d1 * d2 / (d1 + d2));
    for (int b = 0; b < inverseSqrtFrequency.length; b++) {
      double fresnel = fresnelAtOneGhz * inverseSqrtFrequency[b];
      double required = 0.0;
      for (int c = 0; c < inverseK.length; c++) {
        double need = bulgeAtUnitK * inverseK[c] + fraction[c] * fresnel;
        if (need > required) {
          required = need;
        }
      }
      double margin = heightAboveObstacleM - required;
      if (margin < out[b]) {
        out[b] = margin;
      }
    }
  }

  static double[][] toArrays(List<ClearanceCriterion> criteria) {
    double[] inverseK = new double[criteria.size()];
    double[] fraction = new double[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      inverseK[i] = 1.0 / criteria.get(i).kFactor();
      fraction[i] = criteria.get(i).fresnelFraction();
    }
    return new double[][] {inverseK, fraction};
  }
}
