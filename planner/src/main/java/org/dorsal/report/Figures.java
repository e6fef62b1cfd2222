package org.dorsal.report;

import java.util.Locale;

/**
 * How numbers are shown to people: thousands separators, fixed decimals, the root locale (the
 * same text on every machine). A non-finite value (a missing figure) shows as "n/a".
 */
public final class Figures {
  public static final String NOT_AVAILABLE = "n/a";

  private Figures() {}

  /** Money with thousands separators and no decimals: {@code 68,063,499 USD}. */
  public static String money(double value, String currency) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f %s", value, currency) : NOT_AVAILABLE;
  }

  /** Money with two decimals, for small unit costs: {@code 15.84 USD}. */
  public static String unitMoney(double value, String currency) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f %s", value, currency) : NOT_AVAILABLE;
  }

  /** Money in short form for chart labels: {@code 68.1 M}, {@code 350 k}, {@code 12}. */
  public static String shortMoney(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    double a = Math.abs(value);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.2f G", value / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f M", value / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.0f k", value / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** A whole count with thousands separators. */
  public static String count(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value) : NOT_AVAILABLE;
  }

  /** A number with this many decimals and thousands separators. */
  public static String decimal(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : NOT_AVAILABLE;
  }

  /** A fraction as a percentage: 0.02083 gives {@code 2.08 %}. */
  public static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f %%", 100 * fraction) : NOT_AVAILABLE;
  }

  /** A difference with its sign: {@code +1,234 USD}, {@code -56 USD}, {@code 0 USD}. */
  public static String signedMoney(double value, String currency) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, Math.round(value) > 0 ? "%+,.0f %s" : "%,.0f %s", value, currency);
  }

  /** A difference of unit costs with its sign and two decimals: {@code +1.25 USD}. */
  public static String signedUnitMoney(double value, String currency) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, Math.round(value * 100) > 0 ? "%+,.2f %s" : "%,.2f %s", value, currency);
  }

  /** A fraction as a whole percentage: 0.1 gives {@code 10 %}. */
  public static String wholePercent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.0f %%", 100 * fraction) : NOT_AVAILABLE;
  }

  /** A signed whole count: {@code +3}, {@code -1}, {@code 0}. */
  public static String signedCount(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, Math.round(value) > 0 ? "%+,.0f" : "%,.0f", value);
  }

  /**
   * A coordinate in SVG user units: one decimal (rounded half up), no separators. Built without
   * a formatter because a national map writes hundreds of thousands of them.
   */
  static String coordinate(double value) {
    long tenths = Math.round(value * 10);
    long magnitude = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + magnitude / 10 + "." + magnitude % 10;
  }
}
