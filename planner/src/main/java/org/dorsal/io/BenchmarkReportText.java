package org.dorsal.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.RowStatus;
import org.dorsal.model.bench.SolverSummary;

/**
 * A {@link BenchmarkReport} as text for a terminal: a table with aligned columns (numbers right,
 * words left; {@code -} where there is no number), then a line {@code summary} and one line per
 * solver; lines end in {@code \n}. Values up to 6 decimals, gaps in percent with 3, times in
 * seconds with 3.
 */
public final class BenchmarkReportText {
  private static final List<String> HEADER = List.of("instance", "solver", "nodes", "links", "sites", "cost", "known",
      "gap", "bound", "time s", "status");
  /** Columns aligned to the right (the numbers). */
  private static final boolean[] RIGHT = {false, false, true, true, true, true, true, true, true, true, false};

  private BenchmarkReportText() {}

  /** The table and the summary, every line ending in a line break. */
  public static String of(BenchmarkReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d row(s), time limit %s s per solver and instance, %d thread(s)\n",
        report.set(), report.rows().size(), value(report.timeLimitSeconds()), report.threads()));
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (BenchmarkRow r : report.rows()) {
      cells.add(List.of(r.instance(), r.solver() == null ? "-" : r.solver(), count(r.nodes()), count(r.links()),
          count(r.sites()), value(r.cost()), known(r), percent(r.gapToKnown()), value(r.lowerBound()),
          seconds(r.seconds()), r.statusText() + (r.note().isEmpty() ? "" : " (" + r.note() + ")")));
    }
    int[] width = new int[HEADER.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < width.length; c++) {
        String cell = line.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        text.append(c == 0 ? "" : "  ").append(RIGHT[c] ? pad + cell : c == width.length - 1 ? cell : cell + pad);
      }
      out.append(text).append('\n');
    }
    out.append("summary").append('\n');
    for (String line : summaryLines(report)) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * One line per solver ({@code <solver>: <n> instance(s), ...}), then, when some instances had no
   * solver run, how many were not mapped or could not be read.
   */
  public static List<String> summaryLines(BenchmarkReport report) {
    List<String> lines = new ArrayList<>();
    int nameWidth = report.summaries().stream().mapToInt(s -> s.solver().length()).max().orElse(0);
    for (SolverSummary s : report.summaries()) {
      lines.add(String.format(Locale.ROOT, "%-" + (nameWidth + 1) + "s %d instance(s), %d with a plan; gap to known"
          + " value over %d: mean %s, max %s; %d at the known value; mean time %s s",
          s.solver() + ":", s.instances(), s.withCost(), s.compared(), percent(s.meanGapToKnown()),
          percent(s.maxGapToKnown()), s.atKnownValue(), seconds(s.meanSeconds())));
    }
    long notMapped = report.rows().stream().filter(r -> r.solver() == null && r.status() == RowStatus.NOT_MAPPED)
        .count();
    long unreadable = report.rows().stream().filter(r -> r.solver() == null && r.status() == RowStatus.ERROR)
        .count();
    if (notMapped + unreadable > 0) {
      lines.add(String.format(Locale.ROOT, "no solver run: %d instance(s) not mapped, %d could not be read", notMapped,
          unreadable));
    }
    return lines;
  }

  private static String known(BenchmarkRow r) {
    return Double.isNaN(r.knownValue()) ? "-" : value(r.knownValue()) + " " + r.knownStatus();
  }

  private static String count(int n) {
    return n < 0 ? "-" : Integer.toString(n);
  }

  /** Up to 6 decimals (6 significant digits when that would round a small value to 0), no trailing zeros. */
  static String value(double v) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    BigDecimal exact = BigDecimal.valueOf(v);
    BigDecimal rounded = exact.setScale(6, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0 && v != 0) {
      rounded = exact.round(new MathContext(6, RoundingMode.HALF_EVEN));
    }
    rounded = rounded.stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  private static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.3f %%", 100 * fraction) : "-";
  }

  private static String seconds(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.3f", s) : "-";
  }
}
