package org.dorsal.verify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Collects violation messages in the order they are found, and formats numbers for them. */
final class Violations {
  private static final MathContext SIGNIFICANT_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  private final List<String> messages = new ArrayList<>();

  void add(String message) {
    messages.add(message);
  }

  /**
   * Adds {@code "<subject>: <field> is <reported>, expected <expected><why>"} unless the two are
   * close (see {@link Tolerance}).
   */
  void checkClose(String subject, String field, double reported, double expected, String why) {
    if (!Tolerance.close(reported, expected)) {
      add(subject + ": " + field + " is " + num(reported) + ", expected " + num(expected) + why);
    }
  }

  /** Adds {@code "<subject>: <field> is <reported>, expected <expected><why>"} unless equal. */
  void checkEqual(String subject, String field, long reported, long expected, String why) {
    if (reported != expected) {
      add(subject + ": " + field + " is " + reported + ", expected " + expected + why);
    }
  }

  List<String> messages() {
    return List.copyOf(messages);
  }

  /**
   * A number rounded to 10 significant digits, as plain decimal without trailing zeros: 200,
   * 0.25, 18433.70132. Ten digits show any difference the 1e-6 tolerance flags, and hide the
   * last-bit noise of floating point.
   */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String plain =
        new BigDecimal(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }

  /** A string in double quotes, or null. */
  static String quote(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
