package org.dorsal.bench;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.BenchmarkEntry;
import org.dorsal.io.BenchmarkInstance;
import org.dorsal.io.KnownValue;
import org.dorsal.model.FixedChargeFlowProblem;
import org.dorsal.model.Instance;
import org.dorsal.model.SolveStats;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.RowStatus;
import org.dorsal.pipeline.PlanRun;

/** Makes the rows of a benchmark run: sizes, the verified cost in benchmark terms, gap, status. */
final class BenchmarkRows {
  /** Relative tolerance of the consistency notes against a proven optimum. */
  private static final double TOLERANCE = 1e-6;

  private BenchmarkRows() {}

  /** An instance that could not be read or stated. */
  static BenchmarkRow unreadable(BenchmarkEntry entry, String message) {
    Known known = Known.of(entry.knownValue());
    return new BenchmarkRow(entry.set(), entry.name(), -1, -1, -1, null, Double.NaN, known.value, known.status,
        Double.NaN, Double.NaN, Double.NaN, RowStatus.ERROR, message, "");
  }

  /** A benchmark Dorsal's model cannot state: its sizes and known value, nothing run. */
  static BenchmarkRow notMapped(BenchmarkInstance b) {
    Known known = Known.of(b.knownValue());
    FixedChargeFlowProblem p = b.flowProblem();
    int nodes = p == null ? -1 : p.nodeCount();
    int arcs = p == null ? -1 : p.arcCount();
    int terminals = p == null ? -1 : p.terminalCount();
    return new BenchmarkRow(b.set(), b.name(), nodes, arcs, terminals, null, Double.NaN, known.value, known.status,
        Double.NaN, Double.NaN, Double.NaN, RowStatus.NOT_MAPPED, null, "");
  }

  /** A solver that threw. */
  static BenchmarkRow failed(BenchmarkInstance b, String solver, double seconds, String message) {
    return row(b, solver, Double.NaN, Double.NaN, seconds, RowStatus.ERROR, message, "");
  }

  /**
   * A solver's attempt with, when it has a plan and passed its own checks, the pipeline's checks of
   * that plan (null otherwise).
   */
  static BenchmarkRow of(BenchmarkInstance b, String solver, double seconds, SolverAttempt attempt, PlanRun checked) {
    List<String> notes = new ArrayList<>();
    if (!attempt.note().isEmpty()) {
      notes.add(attempt.note());
    }
    if (attempt.failure() != null) {
      return row(b, solver, Double.NaN, Double.NaN, seconds, RowStatus.ERROR, attempt.failure(), join(notes));
    }
    if (!attempt.outcome().hasPlan()) {
      notes.add(attempt.outcome().message());
      return row(b, solver, Double.NaN, Double.NaN, seconds, RowStatus.NO_PLAN, null, join(notes));
    }
    if (!checked.verified()) {
      List<String> violations = checked.violations();
      String message = "verifier: " + violations.get(0)
          + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
      return row(b, solver, Double.NaN, Double.NaN, seconds, RowStatus.ERROR, message, join(notes));
    }
    SolveStats stats = attempt.outcome().plan().stats();
    double cost = b.benchmarkObjective(checked.result().summary().objectiveUsd());
    double bound = attempt.reportsBound() ? b.benchmarkObjective(stats.boundUsd()) : Double.NaN;
    RowStatus status = switch (stats.status()) {
      case OPTIMAL -> RowStatus.OPTIMAL;
      case FEASIBLE -> RowStatus.FEASIBLE;
      case TIMED_OUT -> RowStatus.TIMED_OUT;
      case INFEASIBLE -> RowStatus.NO_PLAN;
    };
    notes.addAll(inconsistencies(b.knownValue(), cost, bound, status));
    return row(b, solver, cost, bound, seconds, status, null, join(notes));
  }

  /** What contradicts a proven optimum: a cost below it, a bound above it, "optimal" above it. */
  private static List<String> inconsistencies(KnownValue known, double cost, double bound, RowStatus status) {
    List<String> found = new ArrayList<>();
    if (known == null) {
      return found;
    }
    // the table's value may be rounded (4639.26 for 4639.2648): within that it is not contradicted
    double tolerance = Math.max(TOLERANCE * Math.max(1, Math.abs(known.value())), known.resolution());
    boolean proven = known.status() == KnownValue.Status.OPTIMAL;
    if (cost < known.value() - tolerance) {
      found.add(proven ? "CHECK: cost below the proven optimum" : "cost below the best known value");
    }
    if (proven && bound > known.value() + tolerance) {
      found.add("CHECK: lower bound above the proven optimum");
    }
    if (proven && status == RowStatus.OPTIMAL && cost > known.value() + tolerance) {
      found.add("CHECK: claims optimal above the proven optimum");
    }
    return found;
  }

  private static BenchmarkRow row(BenchmarkInstance b, String solver, double cost, double bound, double seconds,
      RowStatus status, String message, String note) {
    Instance instance = b.instance();
    int sites = (int) instance.nodes().stream().filter(n -> n.isSite()).count();
    Known known = Known.of(b.knownValue());
    double gap = known.value != 0 ? (cost - known.value) / known.value : Double.NaN;
    if (b.knownValue() != null && Math.abs(cost - known.value) <= b.knownValue().resolution()) {
      gap = 0; // equal at the precision the table gives the value to
    }
    return new BenchmarkRow(b.set(), b.name(), instance.nodes().size(), instance.links().size(), sites, solver, cost,
        known.value, known.status, gap, bound, seconds, status, message, note);
  }

  private static String join(List<String> notes) {
    return String.join("; ", notes);
  }

  /** The known value and its status word, NaN and null when there is none. */
  private record Known(double value, String status) {
    static Known of(KnownValue v) {
      return v == null ? new Known(Double.NaN, null) : new Known(v.value(), v.status().tableWord());
    }
  }
}
