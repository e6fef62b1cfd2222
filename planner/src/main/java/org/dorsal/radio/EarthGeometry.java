package org.dorsal.radio;

/**
 * Earth bulge, first Fresnel zone and the P.530 diffraction approximation for a point d1 km from
 * one end and d2 km from the other end of a hop.
 */
public final class EarthGeometry {

  /** The standard effective-earth-radius factor (k = 4/3). */
  public static final double STANDARD_K_FACTOR = 4.0 / 3.0;

  private EarthGeometry() {}

  /** Earth bulge in metres: d1 d2 / (12.74 k). */
  public static double earthBulgeM(double d1Km, double d2Km, double kFactor) {
    return d1Km * d2Km / (12.74 * kFactor);
  }

  /** First Fresnel zone radius in metres: 17.3 sqrt(d1 d2 / (f d)) (ITU-R P.530 §2.2). */
  public static double fresnelRadiusM(double d1Km, double d2Km, double frequencyGhz) {
    double distanceKm = d1Km + d2Km;
    if (!(distanceKm > 0)) {
      return 0.0;
    }
    return 17.3 * Math.sqrt(d1Km * d2Km / (frequencyGhz * distanceKm));
  }

  /**
   * Diffraction loss over average terrain (P.530 §2.2.1): -20 h / F1 + 10 dB, where h is the
   * height of the line of sight above the obstacle (negative when blocked). Strictly valid for
   * losses above about 15 dB.
   */
  public static double diffractionLossDb(
      double d1Km, double d2Km, double clearanceM, double frequencyGhz) {
    return -20.0 * clearanceM / fresnelRadiusM(d1Km, d2Km, frequencyGhz) + 10.0;
  }
}
