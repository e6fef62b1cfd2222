package org.dorsal.model.result;

/**
 * One year of a roll-out plan. Money is what is paid in that year, not discounted: capex at the
 * start of the year, opex, leases and transit at its end.
 *
 * @param demandMbps the year's demand of the served sites
 * @param discountFactor (1+r)^-year, which discounts the end-of-year payments
 * @param capexDiscountFactor (1+r)^-(year-1), which discounts the capex paid at the year's start
 * @param npcUsd the year's payments discounted: capex x capexDiscountFactor + (opex + lease +
 *     transit) x discountFactor
 */
public record RolloutYear(
    int year,
    double demandMbps,
    double capexUsd,
    double opexUsd,
    double leaseUsd,
    double transitUsd,
    double discountFactor,
    double capexDiscountFactor,
    double npcUsd) {}
