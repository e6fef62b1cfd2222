package org.dorsal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays out a document as one top-level field per line and one array item per line in top-level
 * arrays ({@code nodes}, {@code links}); everything deeper stays on its item's line. Stateful:
 * one instance per generator.
 */
final class LinePerItemPrinter implements PrettyPrinter {
  private int depth;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (depth == 1) {
      g.writeRaw("\n  ");
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 1 ? ": " : ":");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 1 ? ",\n  " : ",");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    depth--;
    g.writeRaw(depth == 0 && entries > 0 ? "\n}" : "}");
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (depth == 2) {
      g.writeRaw("\n    ");
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth == 2 ? ",\n    " : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    depth--;
    g.writeRaw(depth == 1 && values > 0 ? "\n  ]" : "]");
  }
}
