package org.dorsal.model.bench;

import java.util.List;

/**
 * A benchmark run over one set: the settings, one row per (instance, solver) in the set's order
 * (solvers in their fixed order), and a summary per solver.
 */
public record BenchmarkReport(
    String set,
    double timeLimitSeconds,
    int threads,
    String programVersion,
    List<BenchmarkRow> rows,
    List<SolverSummary> summaries) {

  /** The schema tag of the JSON form. */
  public static final String SCHEMA = "dorsal-bench/1";

  public BenchmarkReport {
    rows = List.copyOf(rows);
    summaries = List.copyOf(summaries);
  }
}
