package org.dorsal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a benchmark set's table of known values: tab-separated, one header line naming the
 * columns. Required columns: {@code instance}, {@code known_value} and {@code value_status} (or
 * {@code status}: {@code opt} or {@code bks}). Optional: {@code set}, {@code nodes}, {@code edges},
 * {@code terminals}, {@code n} (CMST tables: vertices besides the root, read into {@link
 * Row#terminals()}), {@code capacity} and {@code source}. Other columns are ignored.
 */
final class KnownValuesTable {
  private KnownValuesTable() {}

  /**
   * One row.
   *
   * @param instance the instance column as written (a file name, with or without extension)
   * @param nodes the nodes column, or -1 when absent
   * @param edges the edges column, or -1 when absent
   * @param terminals the terminals (or n) column, or -1 when absent
   * @param capacity the capacity column, or NaN when absent
   */
  record Row(String set, String instance, int nodes, int edges, int terminals, double capacity, KnownValue knownValue) {

    /**
     * The instance name without an instance file extension ({@code .stp}, {@code .gr}, {@code .inc},
     * {@code .txt}, {@code .dat}); other dots stay ({@code K100.1} is a name).
     */
    String baseName() {
      String lower = instance.toLowerCase(Locale.ROOT);
      for (String extension : List.of(".stp", ".gr", ".inc", ".txt", ".dat")) {
        if (lower.endsWith(extension)) {
          return instance.substring(0, instance.length() - extension.length());
        }
      }
      return instance;
    }
  }

  static List<Row> read(Path file) throws InvalidInputException, IOException {
    return read(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static List<Row> read(String fileLabel, List<String> lines) throws InvalidInputException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    if (lines.isEmpty()) {
      errors.add(null, 1, 1, "the table is empty; expected a header line naming the columns");
      errors.throwIfAny();
    }
    String[] header = lines.get(0).split("\t", -1);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      column.putIfAbsent(header[i].strip(), i);
    }
    Integer status = column.containsKey("value_status") ? column.get("value_status") : column.get("status");
    for (String required : List.of("instance", "known_value")) {
      if (!column.containsKey(required)) {
        errors.add(null, 1, 1, "the header has no column '" + required + "'");
      }
    }
    if (status == null) {
      errors.add(null, 1, 1, "the header has no column 'value_status' (or 'status')");
    }
    errors.throwIfAny();
    List<Row> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      Cells cells = new Cells(fields, n + 1, errors);
      if (fields.length != header.length) {
        errors.add(null, n + 1, 1, "the row has " + fields.length + " tab-separated fields but the header"
            + " has " + header.length);
        continue;
      }
      String instance = cells.text(column.get("instance"));
      double value = cells.number(column.get("known_value"), "known_value");
      String word = cells.text(status);
      KnownValue.Status s = KnownValue.Status.fromTable(word);
      if (s == null) {
        errors.add(null, n + 1, cells.column(status), "the status '" + word + "' is neither 'opt' nor 'bks'");
      }
      int terminals = cells.count(column.containsKey("terminals") ? column.get("terminals") : column.get("n"), "terminals");
      Row row = new Row(
          column.containsKey("set") ? cells.text(column.get("set")) : "",
          instance,
          cells.count(column.get("nodes"), "nodes"),
          cells.count(column.get("edges"), "edges"),
          terminals,
          column.containsKey("capacity") ? cells.number(column.get("capacity"), "capacity") : Double.NaN,
          new KnownValue(value, s, column.containsKey("source") ? cells.text(column.get("source")) : "",
              KnownValue.resolutionOf(cells.text(column.get("known_value")))));
      rows.add(row);
    }
    errors.throwIfAny();
    return List.copyOf(rows);
  }

  /** The fields of one row, with their columns for errors. */
  private record Cells(String[] fields, int lineNumber, ValidationErrors errors) {

    String text(int i) {
      return fields[i].strip();
    }

    int column(int i) {
      int at = 0;
      for (int k = 0; k < i; k++) {
        at += fields[k].length() + 1;
      }
      return at + 1;
    }

    double number(int i, String name) {
      String t = text(i);
      try {
        double v = Double.parseDouble(t);
        if (Double.isFinite(v) && !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1))) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      errors.add(null, lineNumber, column(i), "the " + name + " '" + t + "' is not a number");
      return Double.NaN;
    }

    /** A whole-number column, or -1 when the column is absent. */
    int count(Integer i, String name) {
      if (i == null) {
        return -1;
      }
      String t = text(i);
      try {
        int v = Integer.parseInt(t);
        if (v >= 0) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      errors.add(null, lineNumber, column(i), "the " + name + " '" + t + "' is not a whole number ≥ 0");
      return -1;
    }
  }
}
