package org.dorsal.radio;

/**
 * Multipath fade statistics of one hop at one frequency for all fade depths (P.530-17 §2.3.2):
 * deep fades (A >= A_t) follow p0 10^(-A/10), shallower fades the interpolation of Eqs. 14-18.
 *
 * @param p0Percent multipath occurrence factor p0 (% of the average worst month)
 * @param transitionDb fade depth A_t = 25 + 1.2 log10 p0 where the deep-fade law starts
 * @param qt the shape factor q_t of Eq. 16
 * @param deltaGDb worst-month to average-year conversion (dB)
 */
public record MultipathFadeDistribution(
    double p0Percent, double transitionDb, double qt, double deltaGDb) {

  /** A hop without multipath (too short, or K = 0). */
  public static final MultipathFadeDistribution NONE = new MultipathFadeDistribution(0, 0, 0, 0);

  /** Builds the distribution from p0 and ΔG. */
  public static MultipathFadeDistribution of(double p0Percent, double deltaGDb) {
    double at = 25.0 + 1.2 * Math.log10(p0Percent);
    double pt = p0Percent * Math.pow(10.0, -at / 10.0);
    double qaPrime = -20.0 * Math.log10(-Math.log1p(-pt / 100.0)) / at;
    double tenAt = Math.pow(10.0, -at / 20.0);
    double qt =
        (qaPrime - 2.0) / ((1.0 + 0.3 * tenAt) * Math.pow(10.0, -0.016 * at))
            - 4.3 * (tenAt + at / 800.0);
    return new MultipathFadeDistribution(p0Percent, at, qt, deltaGDb);
  }

  /** Percentage of the average worst month during which the fade exceeds A dB. */
  public double worstMonthPercent(double fadeDb) {
    if (p0Percent <= 0) {
      return 0.0;
    }
    if (fadeDb >= transitionDb) {
      return p0Percent * Math.pow(10.0, -fadeDb / 10.0);
    }
    double a = Math.max(fadeDb, 0.0);
    double tenA = Math.pow(10.0, -a / 20.0);
    double qa = 2.0 + (1.0 + 0.3 * tenA) * Math.pow(10.0, -0.016 * a) * (qt + 4.3 * (tenA + a / 800.0));
    return -100.0 * Math.expm1(-Math.pow(10.0, -qa * a / 20.0));
  }

  /** Percentage of an average year during which the fade exceeds A dB: 10^(-ΔG/10) p_w. */
  public double annualPercent(double fadeDb) {
    if (p0Percent <= 0) {
      return 0.0;
    }
    return Math.pow(10.0, -deltaGDb / 10.0) * worstMonthPercent(fadeDb);
  }
}
