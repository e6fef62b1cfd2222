package org.dorsal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into a tree whose every value remembers the line and column it starts at, so
 * that the result reader can point at the offending value. Duplicate object keys are reported.
 */
final class ResultJsonTree {

  /** The JSON type of a value; numbers are split into integers and numbers with a fraction. */
  enum Kind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    INTEGER("an integer"),
    DECIMAL("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How the kind reads in a message: "a string", "null", ... */
    String description() {
      return description;
    }
  }

  /**
   * One JSON value.
   *
   * @param text the string value, or the number as written; null otherwise
   * @param fields object members in file order (empty unless an object)
   * @param items array elements (empty unless an array)
   * @param line 1-based line of the value's first character
   * @param column 1-based column of the value's first character
   */
  record Value(
      Kind kind, String text, Map<String, Value> fields, List<Value> items, int line, int column) {

    Value {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
      items = List.copyOf(items);
    }
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private final String file;
  private final List<ValidationError> errors;
  private final JsonParser parser;

  private ResultJsonTree(String file, List<ValidationError> errors, JsonParser parser) {
    this.file = file;
    this.errors = errors;
    this.parser = parser;
  }

  /**
   * Parses one JSON document. Duplicate keys are added to {@code errors} (the first value is
   * kept); anything that stops parsing (bad UTF-8, bad syntax, no document, trailing content)
   * throws with the errors found so far plus that one.
   */
  static Value parse(String file, byte[] json, List<ValidationError> errors)
      throws InvalidInputException {
    String text = decodeUtf8(file, json, errors);
    try (JsonParser parser = FACTORY.createParser(text)) {
      ResultJsonTree tree = new ResultJsonTree(file, errors, parser);
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          errors.add(
              new ValidationError(
                  file, 1, 1, "", "the file holds no JSON; a result file is one JSON object"));
          throw new InvalidInputException(errors);
        }
        Value root = tree.value(first, "");
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentTokenLocation();
          errors.add(
              new ValidationError(
                  file,
                  at.getLineNr(),
                  at.getColumnNr(),
                  "",
                  "unexpected content after the end of the JSON document; remove it"));
          throw new InvalidInputException(errors);
        }
        return root;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        errors.add(
            new ValidationError(
                file,
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                parser.getParsingContext().pathAsPointer().toString(),
                "invalid JSON: " + e.getOriginalMessage() + "; fix the JSON syntax"));
        throw new InvalidInputException(errors);
      }
    } catch (IOException e) {
      // parsing a String does no I/O; JSON errors are handled above
      throw new IllegalStateException("unexpected I/O error reading from memory", e);
    }
  }

  private static String decodeUtf8(String file, byte[] json, List<ValidationError> errors)
      throws InvalidInputException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(json))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      errors.add(
          new ValidationError(file, 0, 0, "", "the file is not valid UTF-8; save it as UTF-8"));
      throw new InvalidInputException(errors);
    }
  }

  private Value value(JsonToken token, String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT:
        return object(pointer, line, column);
      case START_ARRAY:
        return array(pointer, line, column);
      case VALUE_STRING:
        return scalar(Kind.STRING, parser.getText(), line, column);
      case VALUE_NUMBER_INT:
        return scalar(Kind.INTEGER, parser.getText(), line, column);
      case VALUE_NUMBER_FLOAT:
        return scalar(Kind.DECIMAL, parser.getText(), line, column);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return scalar(Kind.BOOLEAN, parser.getText(), line, column);
      case VALUE_NULL:
        return scalar(Kind.NULL, null, line, column);
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private Value object(String pointer, int line, int column) throws IOException {
    Map<String, Value> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String fieldPointer = pointer + "/" + escape(name);
      Value v = value(parser.nextToken(), fieldPointer);
      if (fields.containsKey(name)) {
        errors.add(
            new ValidationError(
                file,
                v.line(),
                v.column(),
                fieldPointer,
                "duplicate field \"" + name + "\"; keep only one"));
      } else {
        fields.put(name, v);
      }
    }
    return new Value(Kind.OBJECT, null, fields, List.of(), line, column);
  }

  private Value array(String pointer, int line, int column) throws IOException {
    List<Value> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(value(token, pointer + "/" + items.size()));
    }
    return new Value(Kind.ARRAY, null, Map.of(), items, line, column);
  }

  private static Value scalar(Kind kind, String text, int line, int column) {
    return new Value(kind, text, Map.of(), List.of(), line, column);
  }

  /** Escapes one JSON pointer reference token (RFC 6901: "~" as "~0", "/" as "~1"). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
