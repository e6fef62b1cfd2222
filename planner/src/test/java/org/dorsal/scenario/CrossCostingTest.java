package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.ScenarioReader;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/** Each scenario of a comparison is offered the other scenarios' plans. */
class CrossCostingTest {
  private static final String TINY = "instances/tiny.json";
  private static final double TINY_OPTIMUM_USD = 775_348.33;
  private static final SolveOptions OPTIONS = new SolveOptions(10, 1e-4, 1, 1, true);

  private static ScenarioOutcome outcome(ScenarioPlan plan, PlanRun run) {
    assertThat(run.verified()).as(run.violations().toString()).isTrue();
    return new ScenarioOutcome(plan, run, new PlanMetricsCalculator().of(run.result(), plan.instance(), true));
  }

  @Test
  void aCheaperPlanOfAnotherScenarioReplacesAScenariosOwnAndOnlyPlansThatFitAreTried() throws Exception {
    byte[] baseBytes = Files.readAllBytes(Path.of(TINY));
    ComparisonInputs inputs = ComparisonInputs.read(TINY, baseBytes,
        List.of(new ScenarioReader.Source("x2.json", TinyScenarios.DEMAND_X2.getBytes(StandardCharsets.UTF_8))));
    ExpansionCache cache = new ExpansionCache(i -> new CandidateExpansion().expand(i).instance());
    List<ScenarioPlan> plans = new ScenarioPlans(OutputNames.of(Path.of("out"), "tiny")).all(TINY, baseBytes, inputs,
        cache);
    ScenarioPlan base = plans.get(0);
    ScenarioPlan demandX2 = plans.get(1);
    ScenarioPlan copy = new ScenarioPlan("copy", "the base again", null, base.multipliers(), List.of(), base.instance(),
        base.instanceLabel(), base.instanceBytes(), null);
    PlanPipeline pipeline = new PlanPipeline();
    PlanRun optimal = pipeline.run(base.instance(), base.instanceLabel(), base.instanceBytes(), OPTIONS);
    PlanRun x2 = pipeline.run(demandX2.instance(), demandX2.instanceLabel(), demandX2.instanceBytes(), OPTIONS);
    // the base's "own" plan: demand-x2's (it drops L6, so it fits the base, with modules for twice the demand)
    PlanRun poor = pipeline.check(base.instance(), base.instanceLabel(), base.instanceBytes(), OPTIONS,
        x2.outcome());
    assertThat(poor.result().summary().objectiveUsd()).isGreaterThan(TINY_OPTIMUM_USD + 1);

    List<ScenarioOutcome> improved = new CrossCosting(OPTIONS)
        .improve(List.of(outcome(base, poor), outcome(copy, optimal), outcome(demandX2, x2)));

    ScenarioOutcome first = improved.get(0);
    assertThat(first.written()).isTrue();
    assertThat(first.run().result().summary().objectiveUsd()).isCloseTo(TINY_OPTIMUM_USD, within(0.01));
    assertThat(first.run().result().solver().solver()).startsWith("plan of scenario 'copy' costed on this instance");
    assertThat(first.metrics().totalNpcUsd()).isCloseTo(optimal.result().summary().totalNpcUsd(), within(0.01));
    assertThat(improved.get(1).run()).isSameAs(optimal);
    // the base's plan uses L6, which demand-x2 drops: it is not even costed there
    assertThat(CrossCosting.fits(optimal.outcome().plan(), demandX2.instance())).isFalse();
    assertThat(CrossCosting.fits(x2.outcome().plan(), base.instance())).isTrue();
    assertThat(improved.get(2).run()).isSameAs(x2);
  }
}
