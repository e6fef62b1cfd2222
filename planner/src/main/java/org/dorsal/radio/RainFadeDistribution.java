package org.dorsal.radio;

/**
 * Long-term rain attenuation statistics of one hop at one frequency (ITU-R P.530-17 §2.4.1,
 * simplified method): A_p = A0.01 C1 p^-(C2 + C3 log10 p), stated for 0.001 % <= p <= 1 %.
 *
 * <p>The inverse is solved in closed form (the law is a quadratic in log10 p), which equals the
 * bisection of the spec to machine precision. Outside the stated range the law is extrapolated:
 * above 1 % up to 100 %, and below 0.001 % down to its turning point (about 1e-5 %), which is then
 * the floor of the returned percentage: a fade deeper than the law's maximum is taken to be
 * exceeded for that turning-point share of the time, never for zero.
 *
 * @param a001Db attenuation exceeded for 0.01 % of an average year
 */
public record RainFadeDistribution(double a001Db, double c1, double c2, double c3) {

  /** Distribution for a hop of this length, frequency, rain coefficients and R0.01. */
  public static RainFadeDistribution of(
      double distanceKm,
      double frequencyGhz,
      RainCoefficients coefficients,
      double rainRateR001MmPerHour,
      RainTimeScaling scaling) {
    double a001Db =
        RainAttenuation.attenuation001Db(
            distanceKm, frequencyGhz, coefficients, rainRateR001MmPerHour);
    double c0 = scaling.c0(frequencyGhz);
    return new RainFadeDistribution(
        a001Db,
        Math.pow(0.07, c0) * Math.pow(0.12, 1.0 - c0),
        0.855 * c0 + 0.546 * (1.0 - c0),
        0.139 * c0 + 0.043 * (1.0 - c0));
  }

  /** Attenuation in dB exceeded for p percent of an average year. */
  public double attenuationDb(double timePercent) {
    double logP = Math.log10(timePercent);
    return a001Db * c1 * Math.pow(timePercent, -(c2 + c3 * logP));
  }

  /** Percentage of an average year during which the rain fade exceeds this depth. */
  public double exceedancePercent(double fadeDb) {
    if (!(a001Db > 0)) {
      return fadeDb > 0 ? 0.0 : 100.0;
    }
    if (!(fadeDb > 0)) {
      return 100.0;
    }
    double level = Math.log10(fadeDb / (a001Db * c1));
    double discriminant = c2 * c2 - 4.0 * c3 * level;
    double logP =
        discriminant <= 0
            ? -c2 / (2.0 * c3)
            : (-c2 + Math.sqrt(discriminant)) / (2.0 * c3);
    return logP >= 2.0 ? 100.0 : Math.pow(10.0, logP);
  }

  /** The smallest percentage the extrapolated law returns (its turning point). */
  public double floorPercent() {
    return Math.pow(10.0, -c2 / (2.0 * c3));
  }
}
