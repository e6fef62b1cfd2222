package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

class PlanMetricsCalculatorTest {

  private static Instance tiny() throws Exception {
    return new InstanceReader().read(Path.of("instances/tiny.json"));
  }

  /** The optimum of tiny worked out in docs/tiny-optimum.md: L1 + L2 + L6, S4 left out. */
  @Test
  void figuresOfTheHandComputedOptimumOfTiny() throws Exception {
    Instance tiny = tiny();
    PlanRun run = new PlanPipeline().run(tiny, "tiny.json", new byte[0], new SolveOptions(10, 1e-4, 1, 1, true));
    PlanMetrics m = new PlanMetricsCalculator().of(run.result(), tiny, true);
    assertThat(m.status()).isEqualTo("optimal");
    assertThat(m.verified()).isTrue();
    assertThat(m.reason()).isNull();
    assertThat(m.totalNpcUsd()).isCloseTo(725_348.33, within(0.01));
    assertThat(m.byTechnologyNpcUsd()).containsOnlyKeys(PlanMetrics.TECHNOLOGY_KEYS);
    assertThat(m.byTechnologyNpcUsd().keySet()).containsExactlyElementsOf(PlanMetrics.TECHNOLOGY_KEYS);
    assertThat(m.byTechnologyNpcUsd().get("microwave")).isCloseTo(227_638.40, within(0.01));
    assertThat(m.byTechnologyNpcUsd().get("backbone-transit")).isCloseTo(497_709.94, within(0.01));
    assertThat(m.byTechnologyNpcUsd().get("fiber-build")).isZero();
    assertThat(m.capexUsd()).isEqualTo(141_000.0);
    assertThat(m.sitesTotal()).isEqualTo(4);
    assertThat(m.sitesServed()).isEqualTo(3);
    assertThat(m.requiredSitesServed()).isEqualTo(3);
    assertThat(m.optionalSitesServed()).isZero();
    assertThat(m.populationCovered()).isEqualTo(2000 + 1500 + 800);
    assertThat(m.costPerSiteUsd()).isCloseTo(725_348.33 / 3, within(0.01));
    assertThat(m.costPerPersonUsd()).isCloseTo(725_348.33 / 4300, within(0.001));
    assertThat(m.microwaveHops()).isEqualTo(3);
    assertThat(m.fiberBuiltKm()).isZero();
    assertThat(m.fiberLeasedKm()).isZero();
    assertThat(m.satelliteSites()).isZero();
    // the bound is on the objective, which includes S4's 50,000 USD penalty
    assertThat(m.lowerBoundUsd()).isCloseTo(775_348.33, within(0.01));
    assertThat(m.gap()).isZero();
    assertThat(m.seconds()).isPositive();
  }

  @Test
  void countsKilometresHopsSatelliteSitesAndOptionalSites() throws Exception {
    List<ResultLink> links = List.of(
        link("L3", "fiber-build", 25), link("X1", "fiber-lease", 12.5), link("X2", "fiber-lease", 7.5),
        link("L1", "microwave", 10), link("L2", "microwave", 8), link("L5", "satellite", 0));
    List<ResultRoute> routes = List.of(route("S1", "gateway"), route("S2", "gateway"), route("S3", "satellite"),
        route("S4", "gateway"));
    ResultSummary summary = new ResultSummary(1000, 600, 200, 100, 100, Map.of("fiber-lease", 50.0), 0, 1000, 4, 4,
        4600, 270);
    PlanResult result = new PlanResult(PlanResult.SCHEMA, "tiny", summary, links, routes, List.of(),
        new SolverReport("feasible", "heuristic", 1000, 0, 1, 3.5, Double.NaN, 0),
        new Provenance("tiny.json", "", "", Map.of(), 1, 1));
    PlanMetrics m = new PlanMetricsCalculator().of(result, tiny(), true);
    assertThat(m.fiberBuiltKm()).isEqualTo(25);
    assertThat(m.fiberLeasedKm()).isEqualTo(20);
    assertThat(m.microwaveHops()).isEqualTo(2);
    assertThat(m.satelliteSites()).isEqualTo(1);
    assertThat(m.requiredSitesServed()).isEqualTo(3);
    assertThat(m.optionalSitesServed()).isEqualTo(1);
    assertThat(m.byTechnologyNpcUsd().get("fiber-lease")).isEqualTo(50);
    assertThat(m.byTechnologyNpcUsd().get("satellite")).isZero();
    assertThat(m.costPerSiteUsd()).isEqualTo(250);
    // a zero bound is no bound
    assertThat(m.lowerBoundUsd()).isNull();
    assertThat(m.gap()).isNull();
  }

  @Test
  void aScenarioWithoutPlanHasOnlyItsReason() {
    PlanMetrics m = PlanMetrics.noPlan("site S1 cannot be reached");
    assertThat(m.hasPlan()).isFalse();
    assertThat(m.status()).isEqualTo("no-plan");
    assertThat(PlanMetrics.FIGURES).allSatisfy(f -> assertThat(m.figure(f)).as(f).isNull());
    assertThat(m.byTechnologyNpcUsd()).isNull();
  }

  private static ResultLink link(String id, String technology, double lengthKm) {
    return new ResultLink(id, technology, "o", "a", "b", 100, 10, 0.1, lengthKm, 1, 1, 1, 3);
  }

  private static ResultRoute route(String site, String exit) {
    return new ResultRoute(site, exit, null, List.of(site), List.of(), 1, 0, 0, 10);
  }
}
