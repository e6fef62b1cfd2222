package org.dorsal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dorsal.scenario.BatchProgress;
import org.dorsal.scenario.PlanMetrics;

/**
 * Shows how far a batch of plans has come on stderr:
 * {@code [#####.....] 2/4 scenarios done, best cost 68,290,749 USD, gap 1.69 %}. On a terminal
 * the line is redrawn in place; otherwise (a log file) one line is printed per finished item,
 * naming it.
 */
final class BatchProgressBar implements BatchProgress {
  private static final int WIDTH = 10;

  private final PrintWriter err;
  private final boolean terminal;
  private final String noun;
  private Double bestCostUsd;
  private Double bestGap;
  private int lastLength;

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

  @Override
  public synchronized void finished(String item, PlanMetrics metrics, int done, int total) {
    if (metrics.hasPlan() && (bestCostUsd == null || metrics.totalNpcUsd() < bestCostUsd)) {
      bestCostUsd = metrics.totalNpcUsd();
      bestGap = metrics.gap();
    }
    String line = line(done, total);
    if (terminal) {
      String padding = " ".repeat(Math.max(0, lastLength - line.length()));
      lastLength = line.length();
      err.print("\r" + line + padding);
      if (done == total) {
        err.println();
      }
    } else {
      err.println(line + "; " + item + ": " + metrics.status());
    }
    err.flush();
  }

  String line(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    StringBuilder line = new StringBuilder("[")
        .append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
        .append(done).append('/').append(total).append(' ').append(noun).append(" done");
    if (bestCostUsd == null) {
      line.append(", no plan yet");
    } else {
      line.append(String.format(Locale.ROOT, ", best cost %,.0f USD", bestCostUsd));
      if (bestGap != null) {
        line.append(String.format(Locale.ROOT, ", gap %.2f %%", 100 * bestGap));
      }
    }
    return line.toString();
  }
}
