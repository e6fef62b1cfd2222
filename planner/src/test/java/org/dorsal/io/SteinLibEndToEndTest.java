package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dorsal.model.SolveStatus;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small SteinLib B instances, imported and planned, reach their proven optima. */
class SteinLibEndToEndTest {

  @ParameterizedTest
  @ValueSource(strings = {"b01", "b02", "b04"})
  void thePlannerReachesTheKnownOptimum(String name) throws Exception {
    List<BenchmarkEntry> entries = BenchmarkSetReader.list(BenchmarkFolders.set("steinlib-B"));
    BenchmarkEntry entry = entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    assertThat(entry.knownValue().status()).isEqualTo(KnownValue.Status.OPTIMAL);
    BenchmarkInstance b = BenchmarkSetReader.load(entry);
    PlanOutcome outcome = new Planner().plan(b.instance(), new SolveOptions(10, 1e-6, 1, 1, true));
    assertThat(outcome.hasPlan()).isTrue();
    assertThat(b.benchmarkObjective(outcome.plan().stats().objectiveUsd())).isEqualTo(entry.knownValue().value());
    assertThat(outcome.plan().stats().status()).isEqualTo(SolveStatus.OPTIMAL);
  }
}
