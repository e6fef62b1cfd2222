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

  /** Lease payments per year: the per-pair lease plus the per-Mbps-month lease on capacity (no opex). */
  public double leaseUsdPerYearTotal() {
    return leaseUsdPerYear + leaseUsdPerMbpsMonth * capacityMbps * 12.0;
  }
}
