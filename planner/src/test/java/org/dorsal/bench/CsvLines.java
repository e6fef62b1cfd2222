package org.dorsal.bench;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV text (quoted fields with doubled quotes, "\n" line ends) for the tests. */
final class CsvLines {
  private CsvLines() {}

  static List<List<String>> parse(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return lines;
  }
}
