package org.dorsal.radio;

/** Rain specific attenuation coefficients of ITU-R P.838-3 (1-1000 GHz). */
public final class RainSpecificAttenuation {

  // P.838-3 Tables 1-4: a_j, b_j, c_j, then m and c of the curve fit.
  private static final double[] KH_A = {-5.33980, -0.35351, -0.23789, -0.94158};
  private static final double[] KH_B = {-0.10008, 1.26970, 0.86036, 0.64552};
  private static final double[] KH_C = {1.13098, 0.45400, 0.15354, 0.16817};
  private static final double KH_M = -0.18961;
  private static final double KH_CONST = 0.71147;

  private static final double[] KV_A = {-3.80595, -3.44965, -0.39902, 0.50167};
  private static final double[] KV_B = {0.56934, -0.22911, 0.73042, 1.07319};
  private static final double[] KV_C = {0.81061, 0.51059, 0.11899, 0.27195};
  private static final double KV_M = -0.16398;
  private static final double KV_CONST = 0.63297;

  private static final double[] AH_A = {-0.14318, 0.29591, 0.32177, -5.37610, 16.1721};
  private static final double[] AH_B = {1.82442, 0.77564, 0.63773, -0.96230, -3.29980};
  private static final double[] AH_C = {-0.55187, 0.19822, 0.13164, 1.47828, 3.43990};
  private static final double AH_M = 0.67849;
  private static final double AH_CONST = -1.95537;

  private static final double[] AV_A = {-0.07771, 0.56727, -0.20238, -48.2991, 48.5833};
  private static final double[] AV_B = {2.33840, 0.95545, 1.14520, 0.791669, 0.791459};
  private static final double[] AV_C = {-0.76284, 0.54039, 0.26809, 0.116226, 0.116479};
  private static final double AV_M = -0.053739;
  private static final double AV_CONST = 0.83433;

  private RainSpecificAttenuation() {}

  /** Coefficients for a terrestrial (zero elevation) path with this polarisation. */
  public static RainCoefficients coefficients(double frequencyGhz, Polarisation polarisation) {
    return coefficients(frequencyGhz, 0.0, polarisation.tiltDeg());
  }

  /**
   * Coefficients k and α for any path elevation θ and polarisation tilt τ (P.838-3 Eqs. 4 and 5).
   */
  public static RainCoefficients coefficients(
      double frequencyGhz, double elevationDeg, double tiltDeg) {
    if (!(frequencyGhz > 0)) {
      throw new IllegalArgumentException("frequency must be positive");
    }
    double logF = Math.log10(frequencyGhz);
    double kH = Math.pow(10.0, fit(logF, KH_A, KH_B, KH_C, KH_M, KH_CONST));
    double kV = Math.pow(10.0, fit(logF, KV_A, KV_B, KV_C, KV_M, KV_CONST));
    double alphaH = fit(logF, AH_A, AH_B, AH_C, AH_M, AH_CONST);
    double alphaV = fit(logF, AV_A, AV_B, AV_C, AV_M, AV_CONST);
    double cosEl = Math.cos(Math.toRadians(elevationDeg));
    double mix = cosEl * cosEl * Math.cos(Math.toRadians(2.0 * tiltDeg));
    double k = (kH + kV + (kH - kV) * mix) / 2.0;
    double alpha = (kH * alphaH + kV * alphaV + (kH * alphaH - kV * alphaV) * mix) / (2.0 * k);
    return new RainCoefficients(k, alpha);
  }

  private static double fit(
      double logF, double[] a, double[] b, double[] c, double m, double constant) {
    double sum = m * logF + constant;
    for (int j = 0; j < a.length; j++) {
      double z = (logF - b[j]) / c[j];
      sum += a[j] * Math.exp(-z * z);
    }
    return sum;
  }
}
