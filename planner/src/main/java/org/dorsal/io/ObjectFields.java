package org.dorsal.io;

import java.math.BigDecimal;
import java.util.Collection;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.BooleanValue;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.NumberValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.io.LocatedValue.StringValue;

/**
 * Typed, checked access to the fields of one JSON object. Every problem (missing, wrong type, out
 * of range, unknown) is added to the error list and a harmless stand-in is returned, so that
 * reading goes on and all errors are found in one pass.
 */
final class ObjectFields {
  private final ObjectValue object;
  private final ValidationErrors errors;

  ObjectFields(ObjectValue object, ValidationErrors errors) {
    this.object = object;
    this.errors = errors;
  }

  SourceLocation at() {
    return object.at();
  }

  boolean has(String name) {
    return object.members().containsKey(name);
  }

  LocatedValue value(String name) {
    return object.get(name);
  }

  /** Reports a required field that is absent, at the enclosing object. */
  void reportMissing(String name, String whatToAdd) {
    errors.add(object.at(), "missing required field '" + name + "'; add " + whatToAdd);
  }

  /** Reports a field that is present but not allowed here, at its value. */
  void reportNotAllowed(String name, String message) {
    errors.add(value(name).at(), message);
  }

  // ---- strings

  /** The string, or null when missing or not a string. */
  String requiredString(String name, String whatToAdd) {
    if (!has(name)) {
      reportMissing(name, whatToAdd);
      return null;
    }
    return optionalString(name, null);
  }

  String optionalString(String name, String defaultValue) {
    LocatedValue v = value(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof StringValue s) {
      return s.value();
    }
    reportType(name, v, "a string", "put the text in double quotes");
    return defaultValue;
  }

  /** A required string that may not be empty, such as an id. */
  String requiredNonEmptyString(String name, String whatToAdd) {
    String s = requiredString(name, whatToAdd);
    if (s != null && s.isEmpty()) {
      errors.add(value(name).at(), name + " is empty; write " + whatToAdd);
      return null;
    }
    return s;
  }

  // ---- numbers

  /** The number, or NaN when missing or invalid. */
  double requiredNumber(String name, String whatToAdd, NumberRule rule) {
    if (!has(name)) {
      reportMissing(name, whatToAdd);
      return Double.NaN;
    }
    return optionalNumber(name, Double.NaN, rule);
  }

  double optionalNumber(String name, double defaultValue, NumberRule rule) {
    NumberValue n = finiteNumber(name, "a number", "write a number without quotes, e.g. 12.5");
    if (n == null) {
      return defaultValue;
    }
    String problem = rule.problem(name, n.value());
    if (problem != null) {
      errors.add(n.at(), problem);
      return defaultValue;
    }
    return n.value();
  }

  /**
   * A whole number within {@code min..max}; {@code hint} says what to write instead. Returns
   * {@code defaultValue} when absent or invalid.
   */
  long optionalInteger(String name, long defaultValue, long min, long max, String hint) {
    NumberValue n = finiteNumber(name, "an integer", "write a whole number without quotes");
    if (n == null) {
      return defaultValue;
    }
    if (!n.isWhole()) {
      errors.add(
          n.at(), name + " must be a whole number but is " + n.text() + "; " + hint);
      return defaultValue;
    }
    BigDecimal exact = n.exact();
    if (exact.compareTo(BigDecimal.valueOf(min)) < 0) {
      errors.add(
          n.at(),
          name + " must be at least " + min + " but is " + plain(exact) + "; " + hint);
      return defaultValue;
    }
    if (exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      errors.add(
          n.at(), name + " " + plain(exact) + " is too large; write at most " + max);
      return defaultValue;
    }
    return exact.longValueExact();
  }

  long requiredInteger(String name, String whatToAdd, long min, long max, String hint) {
    if (!has(name)) {
      reportMissing(name, whatToAdd);
      return min;
    }
    return optionalInteger(name, min, min, max, hint);
  }

  private NumberValue finiteNumber(String name, String expected, String hint) {
    LocatedValue v = value(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof NumberValue n)) {
      reportType(name, v, expected, hint);
      return null;
    }
    if (!n.isFinite()) {
      errors.add(
          n.at(),
          name
              + " is "
              + n.text()
              + ", not a finite number; write an ordinary number such as 12.5");
      return null;
    }
    return n;
  }

  // ---- booleans, objects, arrays

  boolean optionalBoolean(String name, boolean defaultValue) {
    LocatedValue v = value(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    reportType(name, v, "a boolean", "write true or false without quotes");
    return defaultValue;
  }

  /** The object, or null when absent or not an object. */
  ObjectValue optionalObject(String name) {
    LocatedValue v = value(name);
    if (v == null) {
      return null;
    }
    if (v instanceof ObjectValue o) {
      return o;
    }
    reportType(name, v, "an object", "write an object { ... } with its fields");
    return null;
  }

  ObjectValue requiredObject(String name, String whatToAdd) {
    if (!has(name)) {
      reportMissing(name, whatToAdd);
      return null;
    }
    return optionalObject(name);
  }

  /** The array, or null when missing or not an array. */
  ArrayValue requiredArray(String name, String whatToAdd) {
    LocatedValue v = value(name);
    if (v == null) {
      reportMissing(name, whatToAdd);
      return null;
    }
    if (v instanceof ArrayValue a) {
      return a;
    }
    reportType(name, v, "an array", "write an array [ ... ]");
    return null;
  }

  // ---- unknown fields

  /** Reports every field whose name is not in {@code allowed}. */
  void rejectUnknown(Collection<String> allowed) {
    for (Member m : object.members().values()) {
      if (!allowed.contains(m.name())) {
        errors.add(m.value().at(), unknownFieldMessage(m.name(), allowed));
      }
    }
  }

  static String unknownFieldMessage(String name, Collection<String> allowed) {
    String message =
        "unknown field '" + name + "'; allowed fields are " + String.join(", ", allowed);
    String guess = FieldNameGuess.closest(name, allowed);
    return guess == null ? message : message + " (did you mean '" + guess + "'?)";
  }

  // ---- helpers

  private void reportType(String name, LocatedValue v, String expected, String hint) {
    errors.add(v.at(), typeMessage(name, v, expected, hint));
  }

  static String typeMessage(String label, LocatedValue v, String expected, String hint) {
    return label + " must be " + expected + " but is " + describe(v) + "; " + hint;
  }

  private static String describe(LocatedValue v) {
    return switch (v.typeName()) {
      case "null" -> "null";
      case "array", "object" -> "an " + v.typeName();
      default -> "a " + v.typeName();
    };
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
