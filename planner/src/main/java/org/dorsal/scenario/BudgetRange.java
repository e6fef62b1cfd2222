package org.dorsal.scenario;

import java.math.BigDecimal;

/**
 * The budgets of a sweep: {@code steps} points evenly spaced from {@code fromUsd} to {@code toUsd}
 * inclusive, given on the command line as {@code FROM:TO:STEPS}.
 */
public record BudgetRange(double fromUsd, double toUsd, int steps) {

  /** Parses {@code FROM:TO:STEPS}; the exception's message says what is wrong and how to write it. */
  public static BudgetRange parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "--budget must be FROM:TO:STEPS in USD, e.g. 0:50000000:6; found '" + text + "'");
    }
    double from = amount("FROM", parts[0]);
    double to = amount("TO", parts[1]);
    if (from > to) {
      throw new IllegalArgumentException("--budget: FROM (" + parts[0] + ") must not exceed TO (" + parts[1] + ")");
    }
    int steps;
    try {
      steps = Integer.parseInt(parts[2].trim());
    } catch (NumberFormatException e) {
      steps = 0;
    }
    if (steps < 2) {
      throw new IllegalArgumentException(
          "--budget: STEPS must be a whole number of at least 2 (the points include FROM and TO); found '"
              + parts[2] + "'");
    }
    return new BudgetRange(from, to, steps);
  }

  private static double amount(String name, String text) {
    double value;
    try {
      value = new BigDecimal(text.trim()).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--budget: " + name + " must be a number of USD, e.g. 25000000; found '"
          + text + "'");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("--budget: " + name + " must be a finite number of USD, at least 0; found '"
          + text + "'");
    }
    return value;
  }

  /** The budget of point i (0 .. steps-1): FROM and TO exactly at the ends. */
  public double budgetUsd(int i) {
    if (i == steps - 1) {
      return toUsd;
    }
    return fromUsd + (toUsd - fromUsd) * i / (steps - 1);
  }
}
