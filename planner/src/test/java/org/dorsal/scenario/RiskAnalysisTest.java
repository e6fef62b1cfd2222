package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.RiskReportJson;
import org.dorsal.model.FactorDistribution.Uniform;
import org.dorsal.model.Instance;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;
import org.dorsal.model.risk.RiskBase;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.RiskSettings;
import org.dorsal.model.risk.TornadoBar;
import org.junit.jupiter.api.Test;

/**
 * The whole analysis on instances/tiny.json, whose optimum (docs/tiny-optimum.md) costs
 * 141,000 microwave capex + 14,100 A opex + 81,000 A transit (250 Mbps at 27 USD/Mbps-month),
 * A = the 10-year annuity factor at 10 %. With the drivers below no sample changes the routes or
 * the modules, so every repriced cost is that sum with the sample's factors.
 */
class RiskAnalysisTest {
  private static final double A = (1 - Math.pow(1.1, -10)) / 0.1;

  /** Listed in increasing swing, so the tornado has to reorder them. */
  private static final Uncertainty DRIVERS = new Uncertainty(List.of(
      new UncertainDriver("microwaveCapex", new Uniform(0.9, 1.1)),
      new UncertainDriver("opex", new Uniform(0, 2)),
      new UncertainDriver("transitPrice", new Uniform(0.5, 1.5))));

  private static byte[] bytes() throws Exception {
    return Files.readAllBytes(Path.of("instances/tiny.json"));
  }

  private static RiskReport run(Uncertainty drivers, String mode, int samples, long seed, int threads)
      throws Exception {
    return run(drivers, mode, samples, seed, threads, true);
  }

  private static RiskReport run(Uncertainty drivers, String mode, int samples, long seed, int threads,
      boolean useMip) throws Exception {
    Instance tiny = new InstanceReader().read("instances/tiny.json", bytes());
    RiskAnalysis analysis = new RiskAnalysis(tiny, drivers, new RiskBase("tiny", "instances/tiny.json", "x"), bytes());
    RiskAnalysis.Outcome outcome = analysis.run(new RiskSettings(mode, samples, seed, 5, threads, useMip),
        RiskProgress.NONE);
    assertThat(outcome.failure()).isNull();
    return outcome.report();
  }

  private static double handCost(double microwaveCapex, double opex, double transitPrice) {
    return 141_000 * microwaveCapex + 14_100 * A * opex + 81_000 * A * transitPrice;
  }

  @Test
  void everyRepricedSampleCostsWhatItsFactorsSayAndIsVerified() throws Exception {
    RiskReport r = run(DRIVERS, RiskSettings.REPRICE, 40, 3, 2);
    assertThat(r.sampleTable()).hasSize(40);
    double[] costs = new double[40];
    for (RiskSample s : r.sampleTable()) {
      var f = s.factors();
      assertThat(s.outcome().verified()).isTrue();
      assertThat(s.outcome().status()).isEqualTo("feasible");
      assertThat(s.outcome().totalNpcUsd())
          .isCloseTo(handCost(f.get("microwaveCapex"), f.get("opex"), f.get("transitPrice")), within(1e-6));
      assertThat(s.outcome().populationCovered()).isEqualTo(4300);
      costs[s.index()] = s.outcome().totalNpcUsd();
    }
    assertThat(r.cost()).isEqualTo(NearestRank.spread(costs));
    assertThat(r.population().p10()).isEqualTo(4300);
    assertThat(r.samplesWithUncoveredSites()).isZero();
    assertThat(r.baseMetrics().totalNpcUsd()).isCloseTo(725_348.331752515, within(1e-6));
    assertThat(r.baseMetrics().verified()).isTrue();
  }

  @Test
  void theTornadoMovesOneDriverToItsP10AndP90AndSortsBySwing() throws Exception {
    RiskReport r = run(DRIVERS, RiskSettings.REPRICE, 5, 1, 1);
    // uniform P10/P90: min + 0.1 (max - min) and min + 0.9 (max - min); medians are all 1
    assertThat(r.tornado()).extracting(TornadoBar::multiplier)
        .containsExactly("transitPrice", "opex", "microwaveCapex");
    TornadoBar transit = r.tornado().get(0);
    assertThat(transit.lowFactor()).isCloseTo(0.6, within(1e-12));
    assertThat(transit.highFactor()).isCloseTo(1.4, within(1e-12));
    assertThat(transit.costAtLowUsd()).isCloseTo(handCost(1, 1, 0.6), within(1e-6));
    assertThat(transit.costAtHighUsd()).isCloseTo(handCost(1, 1, 1.4), within(1e-6));
    assertThat(transit.swingUsd()).isCloseTo(0.8 * 81_000 * A, within(1e-6));
    TornadoBar opex = r.tornado().get(1);
    assertThat(opex.lowFactor()).isCloseTo(0.2, within(1e-12));
    assertThat(opex.swingUsd()).isCloseTo(1.6 * 14_100 * A, within(1e-6));
    TornadoBar capex = r.tornado().get(2);
    assertThat(capex.highFactor()).isCloseTo(1.08, within(1e-12));
    assertThat(capex.swingUsd()).isCloseTo(0.16 * 141_000, within(1e-6));
  }

  @Test
  void theSameSeedGivesTheSameDocumentWithOneOrTwoThreads() throws Exception {
    String one = withoutSeconds(RiskReportJson.write(run(DRIVERS, RiskSettings.REPRICE, 25, 11, 1)));
    String two = withoutSeconds(RiskReportJson.write(run(DRIVERS, RiskSettings.REPRICE, 25, 11, 2)));
    // the settings block names the thread count; everything else must match byte for byte
    assertThat(two.replace("\"threads\": 2", "\"threads\": 1")).isEqualTo(one);
  }

  @Test
  void differentSeedsDrawDifferentSamples() throws Exception {
    RiskReport a = run(DRIVERS, RiskSettings.REPRICE, 10, 1, 2);
    RiskReport b = run(DRIVERS, RiskSettings.REPRICE, 10, 2, 2);
    for (int i = 0; i < 10; i++) {
      assertThat(a.sampleTable().get(i).factors()).isNotEqualTo(b.sampleTable().get(i).factors());
    }
    assertThat(a.cost()).isNotEqualTo(b.cost());
  }

  @Test
  void replanningFindsTheSameOptimumAtEveryTransitPrice() throws Exception {
    // S4 stays unserved at any transit price (its link alone, 64,578 USD, exceeds its 50,000 penalty)
    Uncertainty transitOnly = new Uncertainty(List.of(new UncertainDriver("transitPrice", new Uniform(0.5, 1.5))));
    RiskReport r = run(transitOnly, RiskSettings.REPLAN, 3, 5, 2);
    for (RiskSample s : r.sampleTable()) {
      assertThat(s.outcome().verified()).isTrue();
      assertThat(s.outcome().status()).isEqualTo("optimal");
      assertThat(s.outcome().totalNpcUsd())
          .isCloseTo(handCost(1, 1, s.factors().get("transitPrice")), within(1e-6));
    }
    assertThat(r.tornado()).hasSize(1);
    assertThat(r.tornado().get(0).costAtHighUsd()).isCloseTo(handCost(1, 1, 1.4), within(1e-6));
  }

  @Test
  void heuristicReplanningIsTheSameWithOneOrTwoThreads() throws Exception {
    Uncertainty demandAndTransit = new Uncertainty(List.of(
        new UncertainDriver("demand", new Uniform(0.5, 1.2)),
        new UncertainDriver("transitPrice", new Uniform(0.5, 1.5))));
    String one = withoutSeconds(RiskReportJson.write(run(demandAndTransit, RiskSettings.REPLAN, 8, 4, 1, false)));
    String two = withoutSeconds(RiskReportJson.write(run(demandAndTransit, RiskSettings.REPLAN, 8, 4, 2, false)));
    assertThat(two.replace("\"threads\": 2", "\"threads\": 1")).isEqualTo(one);
    assertThat(one).contains("\"useMip\": false").doesNotContain("no-plan");
  }

  private static String withoutSeconds(byte[] json) {
    return new String(json, StandardCharsets.UTF_8).replaceAll("\"seconds\": [^,\\n]*", "\"seconds\": -");
  }
}
