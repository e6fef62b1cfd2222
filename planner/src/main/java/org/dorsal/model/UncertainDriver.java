package org.dorsal.model;

/**
 * One uncertain input: a multiplier (named as in {@link Multipliers}) drawn from a
 * distribution.
 *
 * @param multiplier the multiplier's JSON name, e.g. "demand" or "transitPrice"
 * @param distribution what the factor is drawn from
 */
public record UncertainDriver(String multiplier, FactorDistribution distribution) {}
