package org.dorsal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.BooleanValue;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.NullValue;
import org.dorsal.io.LocatedValue.NumberValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.io.LocatedValue.StringValue;

/**
 * Reads JSON text into a {@link LocatedValue} tree by walking Jackson's token stream. Syntax
 * errors and repeated member names become located {@link ValidationError}s. NaN and the
 * infinities are accepted here so that the validator can report them in plain words.
 */
final class LocatedJsonParser {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private final String text;
  private final ValidationErrors errors;
  /** Stamped into every location (see {@link SourceLocation#file()}); null for the file validated. */
  private final String file;
  /** The arrays and objects being read, innermost first, for locating syntax errors. */
  private final Deque<SourceLocation> open = new ArrayDeque<>();

  private LocatedJsonParser(String text, ValidationErrors errors, String file) {
    this.text = text;
    this.errors = errors;
    this.file = file;
  }

  /** The single JSON value in {@code text}, or null after adding a syntax error. */
  static LocatedValue parse(String text, ValidationErrors errors) {
    return parse(text, errors, null);
  }

  /**
   * As {@link #parse(String, ValidationErrors)}, every location of the tree naming {@code file}:
   * for a tree that will be merged into another file's tree (a scenario's patch).
   */
  static LocatedValue parse(String text, ValidationErrors errors, String file) {
    return new LocatedJsonParser(text, errors, file).parseDocument();
  }

  private LocatedValue parseDocument() {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        errors.add(
            "", 1, 1, "the file is empty; an instance is one JSON object that starts with '{'");
        return null;
      }
      LocatedValue root = readValue(parser, "");
      if (parser.nextToken() != null) {
        errors.add(
            locationOf(parser.currentTokenLocation(), ""),
            "more JSON follows the end of the instance object; remove everything after its closing"
                + " '}'");
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      reportSyntaxError(e);
      return null;
    } catch (IOException e) {
      // Reading from a string does no I/O; treat anything else as a syntax problem too.
      errors.add("", 1, 1, "the JSON could not be read (" + e.getMessage() + ")");
      return null;
    }
  }

  private LocatedValue readValue(JsonParser parser, String pointer) throws IOException {
    SourceLocation at = locationOf(parser.currentTokenLocation(), pointer);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject(parser, at);
      case START_ARRAY:
        return readArray(parser, at);
      case VALUE_STRING:
        return new StringValue(at, parser.getText());
      case VALUE_NUMBER_INT:
        return new NumberValue(
            at,
            parser.getDoubleValue(),
            new BigDecimal(parser.getBigIntegerValue()),
            parser.getText());
      case VALUE_NUMBER_FLOAT:
        BigDecimal exact = parser.isNaN() ? null : parser.getDecimalValue();
        return new NumberValue(at, parser.getDoubleValue(), exact, parser.getText());
      case VALUE_TRUE:
        return new BooleanValue(at, true);
      case VALUE_FALSE:
        return new BooleanValue(at, false);
      case VALUE_NULL:
        return new NullValue(at);
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private ObjectValue readObject(JsonParser parser, SourceLocation at) throws IOException {
    open.push(at);
    Map<String, Member> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      SourceLocation nameAt =
          locationOf(parser.currentTokenLocation(), at.childPointer(name));
      parser.nextToken();
      LocatedValue value = readValue(parser, nameAt.pointer());
      if (members.containsKey(name)) {
        errors.add(
            nameAt,
            "field '" + name + "' appears more than once in this object; keep only one of them");
      } else {
        members.put(name, new Member(name, nameAt, value));
      }
    }
    open.pop();
    return new ObjectValue(at, members);
  }

  private ArrayValue readArray(JsonParser parser, SourceLocation at) throws IOException {
    open.push(at);
    List<LocatedValue> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(readValue(parser, at.childPointer(Integer.toString(items.size()))));
    }
    open.pop();
    return new ArrayValue(at, items);
  }

  private void reportSyntaxError(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    SourceLocation container = open.peek();
    String pointer = container == null ? "" : container.pointer();
    SourceLocation at =
        where == null ? new SourceLocation(pointer, 0, 0, file) : locationOf(where, pointer);
    errors.add(at, syntaxMessage(e, where, container));
  }

  private String syntaxMessage(
      JsonProcessingException e, JsonLocation where, SourceLocation container) {
    if (e instanceof JsonEOFException) {
      if (container == null) {
        return "the file ends inside a value; the file looks truncated, complete it";
      }
      String kind = text.charAt(offsetOf(container)) == '[' ? "array" : "object";
      String closer = kind.equals("array") ? "]" : "}";
      return "the file ends inside the "
          + kind
          + " that starts at line "
          + container.line()
          + ", column "
          + container.column()
          + "; the file looks truncated, complete it or add the missing '"
          + closer
          + "'";
    }
    int offset = where == null ? -1 : (int) where.getCharOffset();
    if (offset >= 0 && offset < text.length()) {
      char found = text.charAt(offset);
      if ((found == '}' || found == ']') && previousNonBlank(offset) == ',') {
        String what = found == '}' ? "field" : "element";
        return "trailing comma before '"
            + found
            + "'; JSON allows no comma after the last "
            + what
            + ", remove it";
      }
    }
    return "invalid JSON: "
        + cleanJacksonMessage(e.getOriginalMessage())
        + "; fix the JSON syntax here (look for a missing comma, quote or bracket)";
  }

  private int offsetOf(SourceLocation at) {
    int line = 1;
    int i = 0;
    while (line < at.line() && i < text.length()) {
      if (text.charAt(i++) == '\n') {
        line++;
      }
    }
    return Math.min(i + at.column() - 1, text.length() - 1);
  }

  private char previousNonBlank(int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return 0;
  }

  private static String cleanJacksonMessage(String message) {
    return message
        .replace(" (or 'NaN'/'+INF'/'-INF')", "")
        .replaceAll("\\s*\\(start marker at .*\\)$", "")
        .replace("\n", " ")
        .trim();
  }

  private SourceLocation locationOf(JsonLocation where, String pointer) {
    return new SourceLocation(pointer, where.getLineNr(), where.getColumnNr(), file);
  }
}
