package org.dorsal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON tree the way every Dorsal document is written: two-space indent, "\n" line ends,
 * {@code "key": value}, members in the tree's order, a final newline.
 */
public final class JsonDocuments {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonDocuments() {}

  public static byte[] write(JsonNode document) {
    try {
      String text = MAPPER.writer(ResultJsonWriter.prettyPrinter()).writeValueAsString(document);
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("writing a tree to memory failed", e);
    }
  }
}
