package org.dorsal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.ResultJsonTree.Kind;
import org.dorsal.io.ResultJsonTree.Value;

/**
 * Reads typed fields out of one JSON object of a result document. Every problem (missing field,
 * unknown field, wrong type) is added to the shared error list with its location, and a neutral
 * value (null, 0, empty) is returned so that reading can go on and report everything at once.
 *
 * <p>A reader for an object that is absent or of the wrong type (already reported) returns
 * neutral values silently.
 */
final class ResultObjectReader {
  private final String file;
  private final List<ValidationError> errors;
  private final Value object;
  private final String pointer;

  private ResultObjectReader(
      String file, List<ValidationError> errors, Value object, String pointer) {
    this.file = file;
    this.errors = errors;
    this.object = object;
    this.pointer = pointer;
  }

  /**
   * A reader for {@code value} at {@code pointer}, which must be an object with only the fields
   * in {@code fieldNames}; anything else is reported.
   */
  static ResultObjectReader of(
      String file,
      List<ValidationError> errors,
      Value value,
      String pointer,
      List<String> fieldNames) {
    ResultObjectReader reader = new ResultObjectReader(file, errors, value, pointer);
    if (value.kind() != Kind.OBJECT) {
      reader.error(value, pointer, "expected an object, found " + value.kind().description());
      return new ResultObjectReader(file, errors, null, pointer);
    }
    for (Map.Entry<String, Value> field : value.fields().entrySet()) {
      if (!fieldNames.contains(field.getKey())) {
        reader.error(
            field.getValue(),
            pointer + "/" + ResultJsonTree.escape(field.getKey()),
            "unknown field \""
                + field.getKey()
                + "\"; remove it or fix its spelling (fields here: "
                + String.join(", ", fieldNames)
                + ")");
      }
    }
    return reader;
  }

  /** Whether the object has this (optional) field. */
  boolean has(String name) {
    return object != null && object.fields().containsKey(name);
  }

  /** A required string. */
  String string(String name) {
    Value v = field(name, "a string");
    return v == null ? null : stringValue(v, pointerOf(name), false);
  }

  /** A field that must be present and is a string or null. */
  String stringOrNull(String name) {
    Value v = field(name, "a string or null");
    return v == null ? null : stringValue(v, pointerOf(name), true);
  }

  /** A required string that must be one of {@code allowed}. */
  String oneOf(String name, List<String> allowed) {
    String s = string(name);
    if (s != null && !allowed.contains(s)) {
      error(
          object.fields().get(name),
          pointerOf(name),
          "unknown " + name + " \"" + s + "\"; use one of " + quoted(allowed));
    }
    return s;
  }

  /** A required finite number. */
  double number(String name) {
    Value v = field(name, "a number");
    return v == null ? 0 : numberValue(v, pointerOf(name));
  }

  /** A field that must be present and is a finite number, or null (read as NaN). */
  double numberOrNaN(String name) {
    Value v = field(name, "a number or null");
    if (v == null) {
      return Double.NaN;
    }
    return v.kind() == Kind.NULL ? Double.NaN : numberValue(v, pointerOf(name));
  }

  /** A required integer between {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE}. */
  int intValue(String name) {
    return (int) integer(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A required integer that fits a long. */
  long longValue(String name) {
    return integer(name, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A required array of strings. */
  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    Value v = field(name, "an array of strings");
    if (v == null || !expect(v, Kind.ARRAY, pointerOf(name))) {
      return out;
    }
    for (int i = 0; i < v.items().size(); i++) {
      String s = stringValue(v.items().get(i), pointerOf(name) + "/" + i, false);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A required object whose members are all finite numbers. */
  Map<String, Double> numberMap(String name) {
    Map<String, Double> out = new LinkedHashMap<>();
    Value v = field(name, "an object of numbers");
    if (v == null || !expect(v, Kind.OBJECT, pointerOf(name))) {
      return out;
    }
    for (Map.Entry<String, Value> e : v.fields().entrySet()) {
      String p = pointerOf(name) + "/" + ResultJsonTree.escape(e.getKey());
      if (expectNumber(e.getValue(), p)) {
        out.put(e.getKey(), numberValue(e.getValue(), p));
      }
    }
    return out;
  }

  /** A required object whose members are all strings. */
  Map<String, String> stringMap(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    Value v = field(name, "an object of strings");
    if (v == null || !expect(v, Kind.OBJECT, pointerOf(name))) {
      return out;
    }
    for (Map.Entry<String, Value> e : v.fields().entrySet()) {
      String p = pointerOf(name) + "/" + ResultJsonTree.escape(e.getKey());
      if (expect(e.getValue(), Kind.STRING, p)) {
        out.put(e.getKey(), e.getValue().text());
      }
    }
    return out;
  }

  /** A required object with exactly the fields {@code fieldNames}. */
  ResultObjectReader object(String name, List<String> fieldNames) {
    Value v = field(name, "an object");
    if (v == null) {
      return new ResultObjectReader(file, errors, null, pointerOf(name));
    }
    return of(file, errors, v, pointerOf(name), fieldNames);
  }

  /** A required array of objects, each with exactly the fields {@code fieldNames}. */
  List<ResultObjectReader> objects(String name, List<String> fieldNames) {
    List<ResultObjectReader> out = new ArrayList<>();
    Value v = field(name, "an array of objects");
    if (v == null || !expect(v, Kind.ARRAY, pointerOf(name))) {
      return out;
    }
    for (int i = 0; i < v.items().size(); i++) {
      out.add(of(file, errors, v.items().get(i), pointerOf(name) + "/" + i, fieldNames));
    }
    return out;
  }

  /** The field's value, or null after reporting it missing (silently null if this is absent). */
  private Value field(String name, String expected) {
    if (object == null) {
      return null;
    }
    Value v = object.fields().get(name);
    if (v == null) {
      error(object, pointerOf(name), "missing field \"" + name + "\"; add it: " + expected);
    }
    return v;
  }

  private long integer(String name, long min, long max) {
    Value v = field(name, "an integer");
    if (v == null || !expect(v, Kind.INTEGER, pointerOf(name))) {
      return 0;
    }
    try {
      long n = Long.parseLong(v.text());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // too large for a long: reported below
    }
    error(
        v,
        pointerOf(name),
        "integer " + v.text() + " is out of range; write a whole number from " + min + " to " + max);
    return 0;
  }

  private String stringValue(Value v, String p, boolean nullAllowed) {
    if (nullAllowed && v.kind() == Kind.NULL) {
      return null;
    }
    return expect(v, Kind.STRING, p) ? v.text() : null;
  }

  private boolean expectNumber(Value v, String p) {
    if (v.kind() == Kind.INTEGER || v.kind() == Kind.DECIMAL) {
      return true;
    }
    error(v, p, "expected a number, found " + v.kind().description() + "; write a JSON number");
    return false;
  }

  private double numberValue(Value v, String p) {
    if (!expectNumber(v, p)) {
      return 0;
    }
    double d = Double.parseDouble(v.text());
    if (!Double.isFinite(d)) {
      error(v, p, "number " + v.text() + " is out of range; write a finite number");
      return 0;
    }
    return d;
  }

  private boolean expect(Value v, Kind kind, String p) {
    if (v.kind() == kind) {
      return true;
    }
    String fix =
        kind == Kind.INTEGER && v.kind() == Kind.DECIMAL
            ? "found " + v.text() + "; write a whole number"
            : "found " + v.kind().description() + "; write " + kind.description();
    error(v, p, "expected " + kind.description() + ", " + fix);
    return false;
  }

  private String pointerOf(String name) {
    return pointer + "/" + ResultJsonTree.escape(name);
  }

  private void error(Value at, String p, String message) {
    errors.add(new ValidationError(file, at.line(), at.column(), p, message));
  }

  private static String quoted(List<String> values) {
    List<String> q = new ArrayList<>();
    for (String v : values) {
      q.add("\"" + v + "\"");
    }
    return String.join(", ", q);
  }
}
