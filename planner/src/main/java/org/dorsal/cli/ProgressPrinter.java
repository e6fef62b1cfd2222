package org.dorsal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dorsal.solve.SolveProgress;

/**
 * Prints the solver's progress on stderr: elapsed time, stage, and the current cost, bound and
 * gap when known. Updates that bring a new cost or bound always print; the others at most one a
 * second.
 */
final class ProgressPrinter implements SolveProgress {
  private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastPrinted = Long.MIN_VALUE;
  private double lastCostUsd = Double.NaN;
  private double lastBoundUsd = Double.NaN;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void update(String stage, double costUsd, double boundUsd) {
    long now = System.nanoTime();
    boolean news = Double.compare(costUsd, lastCostUsd) != 0 || Double.compare(boundUsd, lastBoundUsd) != 0;
    if (!news && lastPrinted != Long.MIN_VALUE && now - lastPrinted < MIN_INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    lastCostUsd = costUsd;
    lastBoundUsd = boundUsd;
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%7.1f s] %s", (now - started) / 1e9, stage));
    if (Double.isFinite(costUsd)) {
      line.append(String.format(Locale.ROOT, "; cost %,.0f USD", costUsd));
    }
    if (Double.isFinite(boundUsd)) {
      line.append(String.format(Locale.ROOT, ", bound %,.0f", boundUsd));
      if (Double.isFinite(costUsd) && costUsd > 0) {
        line.append(String.format(Locale.ROOT, ", gap %.2f %%", 100 * (costUsd - boundUsd) / costUsd));
      }
    }
    err.println(line);
    err.flush();
  }
}
