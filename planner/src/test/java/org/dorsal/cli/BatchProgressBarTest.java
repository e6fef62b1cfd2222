package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.dorsal.scenario.PlanMetrics;
import org.junit.jupiter.api.Test;

class BatchProgressBarTest {

  private static PlanMetrics planned(double totalNpcUsd, Double gap) {
    return new PlanMetrics("timed-out", true, null, totalNpcUsd, 0.0, 0.0, 0.0, 0.0, Map.of(), 1, 1, 1, 0, 1L,
        totalNpcUsd, totalNpcUsd, 0.0, 0.0, 0, 0, gap == null ? null : totalNpcUsd * (1 - gap), gap, 1.0);
  }

  @Test
  void printsOneLinePerFinishedItemWhenNotOnATerminal() {
    StringWriter text = new StringWriter();
    BatchProgressBar bar = new BatchProgressBar(new PrintWriter(text), false, "scenarios");
    bar.finished("demand-x2", PlanMetrics.noPlan("none"), 1, 4);
    bar.finished("base", planned(68_290_749.4, 0.0169), 2, 4);
    bar.finished("transit-15", planned(70_000_000, 0.01), 3, 4);
    bar.finished("budget", planned(60_000_000, null), 4, 4);
    assertThat(text.toString()).isEqualTo("""
        [##........] 1/4 scenarios done, no plan yet; demand-x2: no-plan
        [#####.....] 2/4 scenarios done, best cost 68,290,749 USD, gap 1.69 %; base: timed-out
        [#######...] 3/4 scenarios done, best cost 68,290,749 USD, gap 1.69 %; transit-15: timed-out
        [##########] 4/4 scenarios done, best cost 60,000,000 USD; budget: timed-out
        """);
  }

  @Test
  void redrawsOneLineInPlaceOnATerminal() {
    StringWriter text = new StringWriter();
    BatchProgressBar bar = new BatchProgressBar(new PrintWriter(text), true, "points");
    bar.finished("a", planned(1_000, 0.5), 1, 2);
    bar.finished("b", PlanMetrics.noPlan("none"), 2, 2);
    assertThat(text.toString()).isEqualTo("\r[#####.....] 1/2 points done, best cost 1,000 USD, gap 50.00 %"
        + "\r[##########] 2/2 points done, best cost 1,000 USD, gap 50.00 %\n");
  }

  @Test
  void aLongBatchInALogFilePrintsOnlyEachFurtherTenth() {
    StringWriter text = new StringWriter();
    BatchProgressBar bar = new BatchProgressBar(new PrintWriter(text), false, "evaluations");
    for (int done = 1; done <= 25; done++) {
      bar.advance(null, "", done, 25);
    }
    assertThat(text.toString()).isEqualTo("""
        [#.........] 3/25 evaluations done
        [##........] 5/25 evaluations done
        [###.......] 8/25 evaluations done
        [####......] 10/25 evaluations done
        [#####.....] 13/25 evaluations done
        [######....] 15/25 evaluations done
        [#######...] 18/25 evaluations done
        [########..] 20/25 evaluations done
        [#########.] 23/25 evaluations done
        [##########] 25/25 evaluations done
        """);
  }

  @Test
  void aDetailFollowsTheCountAndTheItemNamesTheLine() {
    StringWriter text = new StringWriter();
    BatchProgressBar bar = new BatchProgressBar(new PrintWriter(text), false, "budget points");
    bar.advance("budget 500,000 USD: optimal", "budget 500,000 USD: population 1,560,000 covered", 1, 3);
    assertThat(text.toString()).isEqualTo("[###.......] 1/3 budget points done, budget 500,000 USD: population"
        + " 1,560,000 covered; budget 500,000 USD: optimal\n");
  }
}
