package org.dorsal.radio;

/** Boresight gain of a parabolic dish: G = 10 log10(eta (pi D / lambda)^2). */
public final class AntennaGain {

  /** Aperture efficiency used when none is given (a planning assumption). */
  public static final double DEFAULT_EFFICIENCY = 0.55;

  private static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;

  private AntennaGain() {}

  /** Gain in dBi of a dish of this diameter with the default efficiency of 0.55. */
  public static double gainDbi(double diameterM, double frequencyGhz) {
    return gainDbi(diameterM, frequencyGhz, DEFAULT_EFFICIENCY);
  }

  /** Gain in dBi of a dish of this diameter and aperture efficiency (0..1). */
  public static double gainDbi(double diameterM, double frequencyGhz, double efficiency) {
    if (!(diameterM > 0) || !(frequencyGhz > 0) || !(efficiency > 0) || efficiency > 1) {
      throw new IllegalArgumentException(
          "dish diameter, frequency and efficiency must be positive (efficiency <= 1)");
    }
    double wavelengthM = SPEED_OF_LIGHT_M_PER_S / (frequencyGhz * 1e9);
    double ratio = Math.PI * diameterM / wavelengthM;
    return 10.0 * Math.log10(efficiency * ratio * ratio);
  }
}
