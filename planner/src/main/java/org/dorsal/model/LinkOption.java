package org.dorsal.model;

/**
 * One way to equip a link: a capacity module with its costs. Lease prices are charged on the
 * option's capacity (the committed rate), every month of the horizon.
 */
public record LinkOption(
    String id,
    double capacityMbps,
    double capexUsd,
    double opexUsdPerYear,
    double leaseUsdPerMbpsMonth,
    double leaseUsdPerYear) {

  /** Recurring payments per year: opex plus both kinds of lease. */
  public double leaseUsdPerYearTotal() {
    return leaseUsdPerYear + leaseUsdPerMbpsMonth * capacityMbps * 12.0;
  }
}
