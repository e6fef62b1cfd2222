package org.dorsal.model;

/**
 * One uncertain input: a multiplier (named as in {@code scenario.Multipliers}) drawn from a
 * distribution. (Fields are being extended by the risk work.)
 *
 * @param multiplier the multiplier's JSON name, e.g. "demand" or "transitPrice"
 */
public record UncertainDriver(String multiplier) {}
