package org.dorsal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.SampleOutcome;

/**
 * Writes the sample table of a risk report as CSV: {@code index}, one {@code factor_<multiplier>}
 * column per driver, then the outcome; empty cells where a number is not available.
 */
public final class RiskSampleCsv {
  private RiskSampleCsv() {}

  /** Writes to {@code stream} (which stays open). */
  public static void write(RiskReport report, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>();
    header.add("index");
    for (UncertainDriver d : report.drivers()) {
      header.add("factor_" + d.multiplier());
    }
    header.addAll(List.of("totalNpcUsd", "populationCovered", "sitesServed", "status", "verified", "sitesUncovered",
        "upgradedLinks", "reason"));
    line(out, header);
    for (RiskSample s : report.sampleTable()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(s.index()));
      for (UncertainDriver d : report.drivers()) {
        row.add(number(s.factors().get(d.multiplier())));
      }
      SampleOutcome o = s.outcome();
      row.addAll(List.of(number(o.totalNpcUsd()), Long.toString(o.populationCovered()),
          Integer.toString(o.sitesServed()), o.status(), Boolean.toString(o.verified()),
          Integer.toString(o.sitesUncovered()), Integer.toString(o.upgradedLinks()),
          o.reason() == null ? "" : o.reason()));
      line(out, row);
    }
    out.flush();
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    List<String> quoted = new ArrayList<>();
    fields.forEach(f -> quoted.add(BenchmarkReportCsv.quoted(f)));
    out.write(String.join(",", quoted));
    out.write('\n');
  }

  /** The shortest decimal that reads back exactly, never in E notation (spreadsheets); empty for NaN. */
  private static String number(double v) {
    return Double.isFinite(v) ? new BigDecimal(Double.toString(v)).toPlainString() : "";
  }
}
