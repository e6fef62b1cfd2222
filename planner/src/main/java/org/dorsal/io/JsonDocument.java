package org.dorsal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * A JSON document with a {@code "schema"} tag, read as a Jackson tree: the comparison, sweep and
 * risk documents (contracts.md) that reports render, and result files before they are read in
 * full. Syntax errors and a missing tag are reported with file, line and column.
 *
 * @param label the file name errors are reported under
 * @param schemaLine line of the schema value (1-based)
 * @param schemaColumn column of the schema value (1-based)
 */
public record JsonDocument(String label, JsonNode root, String schema, int schemaLine, int schemaColumn) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses the bytes; the document must be an object with a string {@code "schema"} field. */
  public static JsonDocument read(String label, byte[] bytes) throws InvalidInputException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw error(label, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
          "not valid JSON: " + message + "; fix the syntax");
    } catch (IOException e) {
      throw error(label, 0, 0, null, "cannot be read (" + e.getMessage() + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw error(label, 1, 1, "", "the file is empty; expected a JSON object with a \"schema\" field");
    }
    if (!root.isObject()) {
      throw error(label, 1, 1, "", "expected a JSON object with a \"schema\" field, found " + root.getNodeType()
          .toString().toLowerCase(java.util.Locale.ROOT));
    }
    int[] where = schemaLocation(bytes);
    JsonNode schema = root.get("schema");
    if (schema == null) {
      throw error(label, 1, 1, "/schema", "missing field \"schema\"; the document says what it is there, e.g."
          + " \"schema\": \"dorsal-result/1\"");
    }
    if (!schema.isTextual()) {
      throw error(label, where[0], where[1], "/schema", "schema must be a string such as \"dorsal-result/1\"");
    }
    return new JsonDocument(label, root, schema.asText(), where[0], where[1]);
  }

  /** An error about this document, located at its schema tag. */
  public InvalidInputException schemaError(String message) {
    return error(label, schemaLine, schemaColumn, "/schema", message);
  }

  /** An error about a part of this document (line and column unknown: 0). */
  public InvalidInputException error(String pointer, String message) {
    return error(label, 0, 0, pointer, message);
  }

  private static InvalidInputException error(String label, int line, int column, String pointer, String message) {
    return new InvalidInputException(List.of(new ValidationError(label, line, column, pointer, message)));
  }

  /** Line and column of the top-level schema value, or 1:1 when there is none. */
  private static int[] schemaLocation(byte[] bytes) {
    try (JsonParser p = JSON.getFactory().createParser(bytes)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (depth == 1 && t == JsonToken.FIELD_NAME && "schema".equals(p.currentName())) {
          p.nextToken();
          JsonLocation at = p.currentTokenLocation();
          return new int[] {at.getLineNr(), at.getColumnNr()};
        }
      }
    } catch (IOException e) {
      // the tree parsed, so this does not happen; fall through to the document start
    }
    return new int[] {1, 1};
  }
}
