package org.dorsal.scenario;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sweep as a CSV table, one row per budget: {@code budgetUsd,status,verified,weightCovered,
 * weightBound,paretoOptimal}, the numeric metrics (byTechnologyNpcUsd as {@code npc_<technology>}),
 * then {@code resultFile,reason}. Empty cells for null; numbers in plain notation.
 */
public final class SweepCsv {
  private SweepCsv() {}

  public static byte[] write(SweepReport report) {
    List<String> header = new ArrayList<>(List.of("budgetUsd", "status", "verified", "weightCovered", "weightBound",
        "paretoOptimal"));
    for (String figure : SweepMetrics.FIGURES) {
      if (figure.equals("byTechnologyNpcUsd")) {
        for (String t : SweepMetrics.TECHNOLOGIES) {
          header.add("npc_" + t);
        }
      } else {
        header.add(figure);
      }
    }
    header.add("resultFile");
    header.add("reason");
    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
    for (SweepReport.Point p : report.points()) {
      List<String> row = new ArrayList<>();
      row.add(number(p.budgetUsd()));
      row.add(p.status());
      row.add(Boolean.toString(p.verified()));
      row.add(number(p.weightCovered()));
      row.add(number(p.weightBound()));
      row.add(Boolean.toString(p.paretoOptimal()));
      for (String figure : SweepMetrics.FIGURES) {
        Object value = p.metrics().get(figure);
        if (figure.equals("byTechnologyNpcUsd")) {
          for (String t : SweepMetrics.TECHNOLOGIES) {
            row.add(value == null ? "" : cell(((Map<?, ?>) value).get(t)));
          }
        } else {
          row.add(cell(value));
        }
      }
      row.add(p.resultFile() == null ? "" : quoted(p.resultFile()));
      row.add(p.reason() == null ? "" : quoted(p.reason()));
      csv.append(String.join(",", row)).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    return value.toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
  }

  /** RFC 4180: in double quotes when it holds a comma, quote or line break. */
  private static String quoted(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
