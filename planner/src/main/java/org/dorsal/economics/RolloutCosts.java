package org.dorsal.economics;

import java.util.List;
import org.dorsal.model.Economics;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.LinkSchedule;

/**
 * Money of a roll-out over years 1..T (docs/rollout.md): capex of an install falls at the start
 * of its year t and is discounted by (1+r)^-(t-1); opex, leases and transit of year t fall at its
 * end and are discounted by (1+r)^-t. The first install of a link pays the option's capex plus the
 * link's build cost per km; an upgrade pays the new option's capex only (no refund of the old).
 */
public final class RolloutCosts {
  private final int years;
  private final double[] capexFactor;
  private final double[] yearEndFactor;

  public RolloutCosts(Economics economics) {
    years = economics.horizonYears();
    capexFactor = new double[years];
    yearEndFactor = new double[years];
    double discount = 1;
    for (int t = 1; t <= years; t++) {
      capexFactor[t - 1] = discount;
      discount /= 1 + economics.discountRate();
      yearEndFactor[t - 1] = discount;
    }
  }

  public int years() {
    return years;
  }

  /** (1+r)^-(year-1): discounts capex paid at the start of {@code year}. */
  public double capexFactor(int year) {
    return capexFactor[year - 1];
  }

  /** (1+r)^-year: discounts payments at the end of {@code year}. */
  public double yearEndFactor(int year) {
    return yearEndFactor[year - 1];
  }

  /** Capex of one install, not discounted: the option's capex, plus the build cost if first. */
  public static double installCapexUsd(Link link, LinkOption option, boolean firstInstall) {
    return firstInstall ? link.capexUsd(option) : option.capexUsd();
  }

  /**
   * A link's payments year by year under its schedule, not discounted; arrays indexed year - 1.
   *
   * @param capexUsd capex paid at the start of each year
   * @param opexUsd opex of the option active in each year
   * @param leaseUsd leases of the option active in each year
   */
  public record LinkYears(double[] capexUsd, double[] opexUsd, double[] leaseUsd) {}

  /** The payments of {@code link} under {@code schedule}, year by year. */
  public LinkYears yearsOf(Link link, LinkSchedule schedule) {
    double[] capex = new double[years];
    double[] opex = new double[years];
    double[] lease = new double[years];
    List<LinkSchedule.Step> steps = schedule.steps();
    for (int i = 0; i < steps.size(); i++) {
      LinkSchedule.Step step = steps.get(i);
      LinkOption option = link.option(step.optionId());
      capex[step.year() - 1] += installCapexUsd(link, option, i == 0);
      int until = i + 1 < steps.size() ? steps.get(i + 1).year() : years + 1;
      for (int t = step.year(); t < until; t++) {
        opex[t - 1] = option.opexUsdPerYear();
        lease[t - 1] = option.leaseUsdPerYearTotal();
      }
    }
    return new LinkYears(capex, opex, lease);
  }

  /** Present value of capex paid year by year (index year - 1). */
  public double capexNpcUsd(double[] capexByYear) {
    double sum = 0;
    for (int t = 1; t <= years; t++) {
      sum += capexByYear[t - 1] * capexFactor(t);
    }
    return sum;
  }

  /** Present value of payments at the end of each year (index year - 1). */
  public double yearEndNpcUsd(double[] usdByYear) {
    double sum = 0;
    for (int t = 1; t <= years; t++) {
      sum += usdByYear[t - 1] * yearEndFactor(t);
    }
    return sum;
  }
}
