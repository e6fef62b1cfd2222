package org.dorsal.io;

/**
 * A range check on a finite number field. Returns the message for a value that breaks it, or
 * null when the value is fine.
 */
@FunctionalInterface
interface NumberRule {

  String problem(String field, double value);

  /** Any finite value. */
  NumberRule ANY = (field, value) -> null;

  /** Zero or more. */
  NumberRule NON_NEGATIVE =
      (field, value) ->
          value < 0
              ? field + " " + value + " is negative; write a value of 0 or more"
              : null;

  /** More than zero. */
  NumberRule POSITIVE =
      (field, value) ->
          value <= 0
              ? field + " must be greater than 0 but is " + value + "; write a positive value"
              : null;

  /**
   * A yearly fraction: 0 or more and below 1 (8.0 is almost surely meant as 8 %).
   *
   * @param negativeFix what to write instead of a negative value
   * @param percentUnit follows the percentage in the fix, e.g. " %" or " % a year"
   */
  static NumberRule yearlyFraction(String negativeFix, String percentUnit) {
    return (field, value) -> {
      if (value < 0) {
        return field + " " + value + " is negative; " + negativeFix;
      }
      if (value >= 1) {
        java.math.BigDecimal percent = java.math.BigDecimal.valueOf(value);
        return field
            + " "
            + value
            + " looks like a percentage; write "
            + percent.movePointLeft(2).stripTrailingZeros().toPlainString()
            + " for "
            + percent.stripTrailingZeros().toPlainString()
            + percentUnit;
      }
      return null;
    };
  }

  /** Within {@code min..max}, for coordinates; {@code what} names the quantity in messages. */
  static NumberRule degreesBetween(String what, int min, int max) {
    return (field, value) ->
        value < min || value > max
            ? what
                + " "
                + value
                + " is out of range; use decimal degrees between "
                + min
                + " and "
                + max
            : null;
  }
}
