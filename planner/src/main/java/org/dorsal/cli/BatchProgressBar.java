package org.dorsal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dorsal.scenario.BatchProgress;
import org.dorsal.scenario.PlanMetrics;

/**
 * Shows how far a batch of plans has come on stderr:
 * {@code [#####.....] 2/4 scenarios done, best cost 68,290,749 USD, gap 1.69 %}. On a terminal
 * the line is redrawn in place; otherwise (a log file) a line is printed, naming the item, each
 * time a further tenth of the batch is done (so for every item of a batch of ten or fewer).
 * {@code compare} reports each plan's metrics (the best cost so far and its gap), {@code sweep}
 * each budget point, {@code risk} each evaluation.
 */
final class BatchProgressBar implements BatchProgress {
  private static final int WIDTH = 10;

  private final PrintWriter err;
  private final boolean terminal;
  private final String noun;
  private Double bestCostUsd;
  private Double bestGap;
  private int lastLength;
  private int printedTenths;

  /**
   * @param terminal redraw in place (stderr is a terminal: {@code System.console() != null})
   * @param noun what the items are, plural ("scenarios", "points", "samples")
   */
  BatchProgressBar(PrintWriter err, boolean terminal, String noun) {
    this.err = err;
    this.terminal = terminal;
    this.noun = noun;
  }

  /** A bar on stderr, redrawn in place when the program runs in a terminal. */
  static BatchProgressBar onStderr(PrintWriter err, String noun) {
    return new BatchProgressBar(err, System.console() != null, noun);
  }

  /** A finished plan of a comparison: the bar shows the best cost so far and its gap. */
  @Override
  public synchronized void finished(String item, PlanMetrics metrics, int done, int total) {
    if (metrics.hasPlan() && (bestCostUsd == null || metrics.totalNpcUsd() < bestCostUsd)) {
      bestCostUsd = metrics.totalNpcUsd();
      bestGap = metrics.gap();
    }
    advance(item + ": " + metrics.status(), best(), done, total);
  }

  /**
   * One more item done. {@code detail} follows the count on the bar ("" for none); {@code item}
   * (null for none) names the item on the lines of a log file.
   */
  synchronized void advance(String item, String detail, int done, int total) {
    String line = line(done, total) + (detail.isEmpty() ? "" : ", " + detail);
    if (terminal) {
      String padding = " ".repeat(Math.max(0, lastLength - line.length()));
      lastLength = line.length();
      err.print("\r" + line + padding);
      if (done == total) {
        err.println();
      }
    } else {
      int tenths = total == 0 ? 10 : (int) ((long) done * 10 / total);
      if (tenths <= printedTenths && done != total) {
        return;
      }
      printedTenths = tenths;
      err.println(item == null ? line : line + "; " + item);
    }
    err.flush();
  }

  private String best() {
    if (bestCostUsd == null) {
      return "no plan yet";
    }
    String best = String.format(Locale.ROOT, "best cost %,.0f USD", bestCostUsd);
    return bestGap == null ? best : best + String.format(Locale.ROOT, ", gap %.2f %%", 100 * bestGap);
  }

  String line(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + '/' + total + ' ' + noun + " done";
  }
}
