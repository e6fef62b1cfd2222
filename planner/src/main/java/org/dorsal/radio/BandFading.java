package org.dorsal.radio;

/**
 * What one band of the catalogue meets on one hop: its verdict, its fixed losses and its fade
 * statistics. Bands rejected before the link budget carry NaN losses and null distributions.
 *
 * @param verdict NONE when the band was budgeted (whether or not an option closed), else the
 *     stage at which it stopped (TOO_LONG_FOR_BAND or NO_CLEARANCE)
 * @param clearanceMarginM height of the line of sight above the required clearance (negative:
 *     short by that much); NaN when not checked
 * @param pathLossDb free-space loss + gaseous loss + misc losses
 * @param requiredFadeMarginTargetDb fade margin that meets the engineer's target availability
 * @param requiredFadeMarginSecondaryDb fade margin that meets its secondary availability
 */
public record BandFading(
    BandSpec band,
    RejectionReason verdict,
    double clearanceMarginM,
    double freeSpaceLossDb,
    double gasLossDb,
    double pathLossDb,
    RainFadeDistribution rain,
    MultipathFadeDistribution multipath,
    double requiredFadeMarginTargetDb,
    double requiredFadeMarginSecondaryDb) {

  /** Share of an average year (%) during which a fade margin of this size is exceeded. */
  public double outagePercent(double fadeMarginDb) {
    return outagePercent(rain, multipath, fadeMarginDb);
  }

  /** The fade margin that keeps the annual outage at 100 - availability percent. */
  public double requiredFadeMarginDb(double availabilityPercent) {
    return requiredFadeMarginDb(rain, multipath, availabilityPercent);
  }

  /**
   * Annual outage = rain exceedance + multipath exceedance (spec §7: the sum is conservative), 100
   * % for a non-positive margin.
   */
  static double outagePercent(
      RainFadeDistribution rain, MultipathFadeDistribution multipath, double fadeMarginDb) {
    if (!(fadeMarginDb > 0)) {
      return 100.0;
    }
    double total = rain.exceedancePercent(fadeMarginDb) + multipath.annualPercent(fadeMarginDb);
    return Math.min(total, 100.0);
  }

  /**
   * Solves outage(F) = 100 - availability for F (outage falls as F grows): bracket, then the
   * Illinois variant of regula falsi on log outage. Infinite when no margin suffices (the target
   * lies below the rain law's floor).
   */
  static double requiredFadeMarginDb(
      RainFadeDistribution rain, MultipathFadeDistribution multipath, double availabilityPercent) {
    double allowed = 100.0 - availabilityPercent;
    if (allowed >= 100.0) {
      return 0.0;
    }
    if (!(allowed > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    boolean rainy = rain.a001Db() > 0;
    if (!rainy && multipath.p0Percent() <= 0) {
      return 0.0;
    }
    double lo = 0.0;
    double hiGuess = 0.0;
    if (rainy) {
      if (rain.floorPercent() >= allowed) {
        return Double.POSITIVE_INFINITY;
      }
      double half = Math.max(allowed / 2.0, rain.floorPercent() * 1.000001);
      lo = Math.max(0.0, rain.attenuationDb(Math.min(allowed, 100.0)));
      hiGuess = rain.attenuationDb(half);
    }
    if (multipath.p0Percent() > 0) {
      double deep = 10.0 * Math.log10(multipath.p0Percent() / (allowed / 2.0))
          - multipath.deltaGDb();
      hiGuess = Math.max(hiGuess, deep);
    }
    double logAllowed = Math.log10(allowed);
    double hi = Math.max(hiGuess, lo) + 1.0;
    double fHi = Math.log10(outagePercent(rain, multipath, hi)) - logAllowed;
    int guard = 0;
    while (fHi > 0) {
      lo = hi;
      hi += 10.0;
      if (++guard > 100) {
        return Double.POSITIVE_INFINITY;
      }
      fHi = Math.log10(outagePercent(rain, multipath, hi)) - logAllowed;
    }
    double fLo = Math.log10(outagePercent(rain, multipath, lo)) - logAllowed;
    if (fLo <= 1e-12) {
      return lo;
    }
    // Illinois: keeps a bracket [lo, hi] with fLo > 0 >= fHi.
    int side = 0;
    for (int iteration = 0; iteration < 100 && hi - lo > 1e-7; iteration++) {
      double c = (lo * fHi - hi * fLo) / (fHi - fLo);
      double fc = Math.log10(outagePercent(rain, multipath, c)) - logAllowed;
      if (fc > 0) {
        lo = c;
        fLo = fc;
        if (side == 1) {
          fHi /= 2;
        }
        side = 1;
      } else {
        hi = c;
        fHi = fc;
        if (side == -1) {
          fLo /= 2;
        }
        side = -1;
      }
      if (Math.abs(fc) < 1e-12) {
        return c;
      }
    }
    return hi;
  }
}
