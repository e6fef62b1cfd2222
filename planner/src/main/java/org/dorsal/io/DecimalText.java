package org.dorsal.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses plain decimal numbers from ASCII bytes without making strings: an optional sign, digits
 * with an optional decimal point, an optional exponent ({@code -12}, {@code 3.5}, {@code .5},
 * {@code 1e3}). Nothing else is a number here (no {@code Infinity}, hex or Java suffixes).
 */
final class DecimalText {
  private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  /** Up to this many digits the mantissa and the power of ten are exact doubles. */
  private static final int FAST_DIGITS = 15;

  private DecimalText() {}

  /**
   * The number in {@code s[start, end)}, or NaN if the text is not a plain decimal number. Numbers
   * of up to 15 digits without exponent are converted by one exact division (correctly rounded);
   * longer ones and exponents go through {@link Double#parseDouble}. Overflow gives an infinity.
   */
  static double parse(byte[] s, int start, int end) {
    int i = start;
    boolean negative = false;
    if (i < end && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean point = false;
    for (; i < end; i++) {
      int b = s[i];
      if (b >= '0' && b <= '9') {
        if (digits < FAST_DIGITS) {
          mantissa = mantissa * 10 + (b - '0');
        }
        digits++;
        if (point) {
          fractionDigits++;
        }
      } else if (b == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i == end) {
      if (digits <= FAST_DIGITS) {
        double v = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -v : v;
      }
      return slow(s, start, end);
    }
    if (s[i] != 'e' && s[i] != 'E') {
      return Double.NaN;
    }
    i++;
    if (i < end && (s[i] == '-' || s[i] == '+')) {
      i++;
    }
    int exponentDigits = 0;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
      exponentDigits++;
    }
    return exponentDigits == 0 || i != end ? Double.NaN : slow(s, start, end);
  }

  /** True if the text is "nan" in any case (how some tools write a missing value). */
  static boolean isNanWord(byte[] s, int start, int end) {
    return end - start == 3
        && (s[start] | 0x20) == 'n' && (s[start + 1] | 0x20) == 'a' && (s[start + 2] | 0x20) == 'n';
  }

  static String text(byte[] s, int start, int end) {
    return new String(s, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static double slow(byte[] s, int start, int end) {
    return Double.parseDouble(text(s, start, end));
  }
}
