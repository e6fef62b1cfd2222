package org.dorsal.radio;

/** Free-space basic transmission loss between isotropic antennas (ITU-R P.525). */
public final class FreeSpaceLoss {

  private FreeSpaceLoss() {}

  /** 92.45 + 20 log10 f + 20 log10 d, in dB, for f in GHz and d in km. */
  public static double lossDb(double frequencyGhz, double distanceKm) {
    return atOneKmDb(frequencyGhz) + 20.0 * Math.log10(distanceKm);
  }

  /** The loss over one kilometre; add 20 log10 d for other distances (a per-band constant). */
  public static double atOneKmDb(double frequencyGhz) {
    return 92.45 + 20.0 * Math.log10(frequencyGhz);
  }
}
