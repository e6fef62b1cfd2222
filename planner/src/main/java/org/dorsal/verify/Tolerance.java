package org.dorsal.verify;

/**
 * How closely recomputed numbers must match reported ones: relative 1e-6, or absolute 1e-6 near
 * zero. NaN never matches.
 */
final class Tolerance {
  static final double RELATIVE = 1e-6;

  private Tolerance() {}

  /** True when {@code reported} equals {@code expected} within the tolerance. */
  static boolean close(double reported, double expected) {
    double scale = Math.max(1.0, Math.max(Math.abs(reported), Math.abs(expected)));
    return Math.abs(reported - expected) <= RELATIVE * scale;
  }

  /** True when {@code value} is not above {@code limit} by more than the tolerance. */
  static boolean atMost(double value, double limit) {
    return value <= limit + RELATIVE * Math.max(1.0, Math.abs(limit));
  }
}
