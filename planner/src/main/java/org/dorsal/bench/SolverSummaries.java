package org.dorsal.bench;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.SolverSummary;

/** Sums up each solver's rows. */
final class SolverSummaries {
  private SolverSummaries() {}

  /** One summary per solver in {@code solvers} that has rows, in that order. */
  static List<SolverSummary> of(List<String> solvers, List<BenchmarkRow> rows) {
    List<SolverSummary> summaries = new ArrayList<>();
    for (String solver : solvers) {
      List<BenchmarkRow> mine = rows.stream().filter(r -> solver.equals(r.solver())).toList();
      if (!mine.isEmpty()) {
        summaries.add(of(solver, mine));
      }
    }
    return summaries;
  }

  private static SolverSummary of(String solver, List<BenchmarkRow> rows) {
    int withCost = 0;
    int compared = 0;
    int atKnown = 0;
    double gapSum = 0;
    double maxGap = Double.NaN;
    double secondsSum = 0;
    for (BenchmarkRow r : rows) {
      secondsSum += Double.isNaN(r.seconds()) ? 0 : r.seconds();
      if (Double.isNaN(r.cost())) {
        continue;
      }
      withCost++;
      if (Double.isNaN(r.gapToKnown())) {
        continue;
      }
      compared++;
      gapSum += r.gapToKnown();
      maxGap = Double.isNaN(maxGap) ? r.gapToKnown() : Math.max(maxGap, r.gapToKnown());
      atKnown += r.atKnownValue() ? 1 : 0;
    }
    double meanGap = compared == 0 ? Double.NaN : gapSum / compared;
    return new SolverSummary(solver, rows.size(), withCost, compared, meanGap, maxGap, atKnown,
        secondsSum / rows.size());
  }
}
