package org.dorsal.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in the file. Jackson's own tree keeps no
 * locations, and every validation message must name a line and column.
 */
sealed interface LocatedValue {

  SourceLocation at();

  /** The JSON type name used in messages: "object", "array", "string", ... */
  String typeName();

  /** A JSON object; members keep the order of the file. */
  record ObjectValue(SourceLocation at, Map<String, Member> members) implements LocatedValue {
    public ObjectValue {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    Member member(String name) {
      return members.get(name);
    }

    LocatedValue get(String name) {
      Member m = members.get(name);
      return m == null ? null : m.value();
    }

    @Override
    public String typeName() {
      return "object";
    }
  }

  /** One {@code "name": value} pair of an object; {@code nameAt} is where the name stands. */
  record Member(String name, SourceLocation nameAt, LocatedValue value) {}

  /** A JSON array. */
  record ArrayValue(SourceLocation at, List<LocatedValue> items) implements LocatedValue {
    public ArrayValue {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "array";
    }
  }

  /** A JSON string. */
  record StringValue(SourceLocation at, String value) implements LocatedValue {
    @Override
    public String typeName() {
      return "string";
    }
  }

  /**
   * A JSON number. {@code exact} is null for NaN and the infinities, which the reader accepts
   * only to report them.
   */
  record NumberValue(SourceLocation at, double value, BigDecimal exact, String text)
      implements LocatedValue {

    boolean isFinite() {
      return exact != null && Double.isFinite(value);
    }

    /** True for a finite number without a fractional part (10 and 10.0 alike, as JSON Schema). */
    boolean isWhole() {
      return exact != null && exact.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public String typeName() {
      return "number";
    }
  }

  /** A JSON {@code true} or {@code false}. */
  record BooleanValue(SourceLocation at, boolean value) implements LocatedValue {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  /** A JSON {@code null}. */
  record NullValue(SourceLocation at) implements LocatedValue {
    @Override
    public String typeName() {
      return "null";
    }
  }
}
