package org.dorsal.radio;

/** Rain attenuation exceeded for 0.01 % of the time on a terrestrial hop (P.530-17 §2.4.1). */
public final class RainAttenuation {

  /** Upper limit of the distance factor r. */
  public static final double MAX_DISTANCE_FACTOR = 2.5;

  private RainAttenuation() {}

  /**
   * Distance factor r = 1 / (0.477 d^0.633 R^(0.073 α) f^0.123 - 10.579 (1 - e^(-0.024 d))),
   * capped at 2.5 (also when the denominator is not positive).
   */
  public static double distanceFactor(
      double distanceKm, double frequencyGhz, double alpha, double rainRateR001MmPerHour) {
    double denominator =
        0.477
                * Math.pow(distanceKm, 0.633)
                * Math.pow(rainRateR001MmPerHour, 0.073 * alpha)
                * Math.pow(frequencyGhz, 0.123)
            - 10.579 * (1.0 - Math.exp(-0.024 * distanceKm));
    if (!(denominator > 1.0 / MAX_DISTANCE_FACTOR)) {
      return MAX_DISTANCE_FACTOR;
    }
    return 1.0 / denominator;
  }

  /** A0.01 = γ_R r d in dB. */
  public static double attenuation001Db(
      double distanceKm,
      double frequencyGhz,
      RainCoefficients coefficients,
      double rainRateR001MmPerHour) {
    if (!(rainRateR001MmPerHour > 0) || !(distanceKm > 0)) {
      return 0.0;
    }
    double gammaDbPerKm = coefficients.specificAttenuationDbPerKm(rainRateR001MmPerHour);
    double r =
        distanceFactor(distanceKm, frequencyGhz, coefficients.alpha(), rainRateR001MmPerHour);
    return gammaDbPerKm * r * distanceKm;
  }

  /** Attenuation exceeded for p percent of the time (0.001-1 %), the spec's convention for C0. */
  public static double attenuationDb(
      double distanceKm,
      double frequencyGhz,
      Polarisation polarisation,
      double rainRateR001MmPerHour,
      double timePercent) {
    return attenuationDb(
        distanceKm,
        frequencyGhz,
        polarisation,
        rainRateR001MmPerHour,
        timePercent,
        RainTimeScaling.LOG_OF_POWER);
  }

  /** Attenuation exceeded for p percent of the time with an explicit C0 convention. */
  public static double attenuationDb(
      double distanceKm,
      double frequencyGhz,
      Polarisation polarisation,
      double rainRateR001MmPerHour,
      double timePercent,
      RainTimeScaling scaling) {
    RainCoefficients coefficients = RainSpecificAttenuation.coefficients(frequencyGhz, polarisation);
    return RainFadeDistribution.of(
            distanceKm, frequencyGhz, coefficients, rainRateR001MmPerHour, scaling)
        .attenuationDb(timePercent);
  }
}
