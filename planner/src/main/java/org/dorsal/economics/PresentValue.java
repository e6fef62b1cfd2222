package org.dorsal.economics;

import org.dorsal.model.Economics;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;

/**
 * Net present cost of options over the horizon. Capex falls at the start (year 0); every
 * recurring payment falls at the end of years 1..T and is discounted by (1+r)^-t.
 */
public final class PresentValue {
  private final double annuityFactor;

  public PresentValue(Economics economics) {
    this.annuityFactor = annuityFactor(economics.horizonYears(), economics.discountRate());
  }

  /** Sum over t = 1..years of (1+rate)^-t; equals years when rate is 0. */
  public static double annuityFactor(int years, double rate) {
    double factor = 0;
    double discount = 1;
    for (int t = 1; t <= years; t++) {
      discount /= (1 + rate);
      factor += discount;
    }
    return factor;
  }

  public double annuityFactor() {
    return annuityFactor;
  }

  /** Present value of a payment of {@code usdPerYear} at the end of every year. */
  public double ofYearly(double usdPerYear) {
    return usdPerYear * annuityFactor;
  }

  /** Present value of a monthly price per Mbps on {@code mbps}, paid yearly in arrears. */
  public double ofMonthlyPerMbps(double usdPerMbpsMonth, double mbps) {
    return ofYearly(usdPerMbpsMonth * mbps * 12.0);
  }

  /** Discounted opex of an option. */
  public double opexNpcUsd(LinkOption option) {
    return ofYearly(option.opexUsdPerYear());
  }

  /** Discounted leases of an option (per fiber pair per year plus per Mbps-month on capacity). */
  public double leaseNpcUsd(LinkOption option) {
    return ofYearly(option.leaseUsdPerYearTotal());
  }

  /** Whole net present cost of equipping {@code link} with {@code option}. */
  public double npcUsd(Link link, LinkOption option) {
    return link.capexUsd(option) + opexNpcUsd(option) + leaseNpcUsd(option);
  }
}
