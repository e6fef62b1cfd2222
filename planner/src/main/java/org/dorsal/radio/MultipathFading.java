package org.dorsal.radio;

/**
 * Clear-air multipath fading on a hop (ITU-R P.530-17 §2.3.1 and §2.3.2, the all-fade-depths
 * method, and the worst-month to average-year conversion of §2.3.4).
 */
public final class MultipathFading {

  /** Multipath is ignored on hops shorter than this (P.530 and the spec). */
  public static final double MIN_DISTANCE_KM = 5.0;

  /** Upper limit of the worst-month to year conversion ΔG (P.530-17 Eq. 29: ΔG <= 10.8 dB). */
  public static final double MAX_DELTA_G_DB = 10.8;

  private MultipathFading() {}

  /**
   * Geoclimatic factor K = 10^(-4.4 - 0.0027 dN1) (10 + s_a)^-0.46 (P.530-17 Eq. 4).
   *
   * @param refractivityGradientDn1 point refractivity gradient of the lowest 65 m not exceeded for
   *     1 % of an average year (N-units/km, P.453 map)
   * @param terrainRoughnessM area terrain roughness s_a (P.530 map)
   */
  public static double geoclimaticFactor(
      double refractivityGradientDn1, double terrainRoughnessM) {
    return Math.pow(10.0, -4.4 - 0.0027 * refractivityGradientDn1)
        * Math.pow(10.0 + terrainRoughnessM, -0.46);
  }

  /** Path inclination |h_r - h_e| / d in mrad, antenna heights in m above sea level. */
  public static double pathInclinationMrad(
      double antennaAslAM, double antennaAslBM, double distanceKm) {
    return Math.abs(antennaAslAM - antennaAslBM) / distanceKm;
  }

  /**
   * Percentage of the average worst month that a deep fade A is exceeded (P.530-17 Eq. 7):
   * K d^3.4 (1 + |ε_p|)^-1.03 f^0.8 10^(-0.00076 h_L - A/10). With A = 0 it is p0.
   */
  public static double worstMonthDeepFadePercent(
      double geoclimaticFactorK,
      double distanceKm,
      double frequencyGhz,
      double antennaAslAM,
      double antennaAslBM,
      double fadeDb) {
    double inclinationMrad = pathInclinationMrad(antennaAslAM, antennaAslBM, distanceKm);
    double lowerAntennaM = Math.min(antennaAslAM, antennaAslBM);
    return geoclimaticFactorK
        * Math.pow(distanceKm, 3.4)
        * Math.pow(1.0 + inclinationMrad, -1.03)
        * Math.pow(frequencyGhz, 0.8)
        * Math.pow(10.0, -0.00076 * lowerAntennaM - fadeDb / 10.0);
  }

  /**
   * ΔG = 10.5 - 5.6 log10(1.1 + |cos 2ξ|^0.7) - 2.7 log10 d + 1.7 log10(1 + |ε_p|), capped at 10.8
   * dB; the "+" sign holds for |ξ| <= 45°, the "-" sign above.
   */
  public static double worstMonthToYearDeltaGDb(
      double distanceKm, double inclinationMrad, double latitudeDeg) {
    double cosTerm = Math.pow(Math.abs(Math.cos(Math.toRadians(2.0 * latitudeDeg))), 0.7);
    double inner = Math.abs(latitudeDeg) <= 45.0 ? 1.1 + cosTerm : 1.1 - cosTerm;
    double deltaG =
        10.5
            - 5.6 * Math.log10(inner)
            - 2.7 * Math.log10(distanceKm)
            + 1.7 * Math.log10(1.0 + Math.abs(inclinationMrad));
    return Math.min(deltaG, MAX_DELTA_G_DB);
  }

  /**
   * The fade distribution of one hop at one frequency, or a distribution that never fades when
   * the hop is shorter than {@link #MIN_DISTANCE_KM}.
   *
   * @param latitudeDeg mid-path latitude ξ for the worst-month to year conversion
   */
  public static MultipathFadeDistribution distribution(
      double geoclimaticFactorK,
      double distanceKm,
      double frequencyGhz,
      double antennaAslAM,
      double antennaAslBM,
      double latitudeDeg) {
    if (distanceKm < MIN_DISTANCE_KM || !(geoclimaticFactorK > 0)) {
      return MultipathFadeDistribution.NONE;
    }
    double p0 =
        worstMonthDeepFadePercent(
            geoclimaticFactorK, distanceKm, frequencyGhz, antennaAslAM, antennaAslBM, 0.0);
    double inclinationMrad = pathInclinationMrad(antennaAslAM, antennaAslBM, distanceKm);
    double deltaGDb = worstMonthToYearDeltaGDb(distanceKm, inclinationMrad, latitudeDeg);
    return MultipathFadeDistribution.of(p0, deltaGDb);
  }
}
