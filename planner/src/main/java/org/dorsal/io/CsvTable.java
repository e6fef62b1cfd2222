package org.dorsal.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table built row by row (RFC 4180 quoting, UTF-8, {@code \n} line ends, as the benchmark
 * CSV). Numbers are plain decimals a spreadsheet reads (no exponent), in their shortest
 * round-tripping digits; a missing number is an empty field.
 */
final class CsvTable {
  private final StringBuilder text = new StringBuilder(4096);
  private final int columns;
  private final List<String> row = new ArrayList<>();

  CsvTable(List<String> header) {
    columns = header.size();
    header.forEach(this::text);
    end();
  }

  CsvTable text(String value) {
    row.add(value == null ? "" : value);
    return this;
  }

  CsvTable number(double value) {
    row.add(plain(value));
    return this;
  }

  CsvTable count(long value) {
    row.add(Long.toString(value));
    return this;
  }

  CsvTable flag(boolean value) {
    row.add(Boolean.toString(value));
    return this;
  }

  /** Ends the current row (it must have one field per column). */
  CsvTable end() {
    if (row.size() != columns) {
      throw new IllegalStateException("a row of " + row.size() + " fields in a table of " + columns + " columns");
    }
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(BenchmarkReportCsv.quoted(row.get(i)));
    }
    text.append('\n');
    row.clear();
    return this;
  }

  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A finite double as a plain decimal ({@code 68063499.14946336}, {@code 0.0001}, {@code 200}). */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
