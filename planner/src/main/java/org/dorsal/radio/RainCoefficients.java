package org.dorsal.radio;

/** The P.838 power law γ_R = k R^α for one frequency, elevation and polarisation. */
public record RainCoefficients(double k, double alpha) {

  /** Specific attenuation by rain in dB/km at this rain rate. */
  public double specificAttenuationDbPerKm(double rainRateMmPerHour) {
    return k * Math.pow(rainRateMmPerHour, alpha);
  }
}
