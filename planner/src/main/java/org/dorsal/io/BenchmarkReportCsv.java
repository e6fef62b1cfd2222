package org.dorsal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;

/**
 * Writes the rows of a {@link BenchmarkReport} as CSV (RFC 4180): UTF-8, a header line, one line per
 * row ending in {@code \n}, a field quoted when it holds a comma, a quote or a line break. Numbers in
 * their shortest round-tripping form ({@link Double#toString}); a missing number is an empty field.
 */
public final class BenchmarkReportCsv {
  /** The header line's columns, in order. */
  public static final List<String> COLUMNS = List.of("set", "instance", "nodes", "links", "sites", "solver", "cost",
      "known_value", "known_status", "gap_to_known", "lower_bound", "seconds", "status", "note");

  private BenchmarkReportCsv() {}

  /** Writes the report's rows to {@code stream} (which stays open). */
  public static void write(BenchmarkReport report, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    line(out, COLUMNS);
    for (BenchmarkRow r : report.rows()) {
      line(out, List.of(text(r.set()), text(r.instance()), count(r.nodes()), count(r.links()), count(r.sites()),
          text(r.solver()), number(r.cost()), number(r.knownValue()), text(r.knownStatus()), number(r.gapToKnown()),
          number(r.lowerBound()), number(r.seconds()), r.statusText(), text(r.note())));
    }
    out.flush();
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write('\n');
  }

  /** A CSV field, quoted when it holds a comma, quote or line end (RFC 4180). */
  public static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String count(int n) {
    return n < 0 ? "" : Integer.toString(n);
  }

  private static String number(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }
}
