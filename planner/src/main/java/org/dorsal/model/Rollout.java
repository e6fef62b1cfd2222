package org.dorsal.model;

/**
 * A roll-out over the years of the horizon: demand grows each year and the plan says what is
 * built, upgraded or leased in which year. (Fields are being extended by the roll-out work.)
 *
 * @param demandGrowthPerYear default yearly growth of every site's demand (0.3 = +30 % a year)
 */
public record Rollout(double demandGrowthPerYear) {}
