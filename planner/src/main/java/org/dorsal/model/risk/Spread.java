package org.dorsal.model.risk;

/**
 * How one figure is spread over the samples: nearest-rank percentiles of the sorted values, their
 * mean and extremes.
 */
public record Spread(double p10, double p50, double p90, double mean, double min, double max) {}
