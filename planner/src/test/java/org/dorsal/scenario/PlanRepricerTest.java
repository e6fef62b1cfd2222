package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.economics.PlanAccounting;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/**
 * Repricing the hand-computed optimum of instances/tiny.json (docs/tiny-optimum.md): L1 mw-200
 * carries S1 and S2 (200 Mbps), L2 mw-200 carries S2, L6 mw-long-200 carries S3, S4 unserved.
 */
class PlanRepricerTest {
  /** Annuity factor of 10 years at 10 %. */
  private static final double A = (1 - Math.pow(1.1, -10)) / 0.1;
  /** Transit NPC per Mbps at 27 USD/Mbps-month. */
  private static final double TRANSIT_PER_MBPS = 27 * 12 * A;
  private static final double LINKS_NPC = 141_000 + 14_100 * A;

  private static final Plan OPTIMUM = new Plan(
      List.of(new LinkChoice("L1", "mw-200"), new LinkChoice("L2", "mw-200"), new LinkChoice("L6", "mw-long-200")),
      List.of(new SiteRoute("S1", List.of("L1")), new SiteRoute("S2", List.of("L2", "L1")),
          new SiteRoute("S3", List.of("L6")), new SiteRoute("S4", List.of())),
      new SolveStats(SolveStatus.OPTIMAL, 0, 0, 0, 0, "hand", Double.NaN, 0));

  private static Instance tiny() throws Exception {
    return new InstanceReader().read(Path.of("instances/tiny.json"));
  }

  private static SampleOutcome evaluate(Instance sampled) throws Exception {
    return new RepricingEvaluator(OPTIMUM, "tiny".getBytes(), SolveOptions.defaults()).evaluate(sampled, "tiny");
  }

  private static ResultSummary account(Instance instance, Plan plan) {
    return new PlanAccounting(instance).account(plan, null).summary();
  }

  @Test
  void theBaseInstanceKeepsThePlanAndItsCost() throws Exception {
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(tiny());
    assertThat(r.plan().choices()).isEqualTo(OPTIMUM.choices());
    assertThat(r.plan().routes()).isEqualTo(OPTIMUM.routes());
    assertThat(r.upgradedLinks()).isZero();
    assertThat(r.uncoveredSiteIds()).isEmpty();
    SampleOutcome o = evaluate(tiny());
    assertThat(o.totalNpcUsd()).isCloseTo(725_348.331752515, within(1e-6));
    assertThat(o.verified()).isTrue();
  }

  @Test
  void doublingTheTransitPriceRaisesExactlyTheTransitNpc() throws Exception {
    Instance sampled = InstanceScaling.apply(tiny(), Multipliers.NONE.with("transitPrice", 2));
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(sampled);
    assertThat(r.plan().choices()).isEqualTo(OPTIMUM.choices());
    ResultSummary s = account(sampled, r.plan());
    assertThat(s.transitNpcUsd()).isCloseTo(2 * 250 * TRANSIT_PER_MBPS, within(1e-6));
    assertThat(s.capexUsd() + s.opexNpcUsd()).isCloseTo(LINKS_NPC, within(1e-6));
    SampleOutcome o = evaluate(sampled);
    assertThat(o.status()).isEqualTo("feasible");
    assertThat(o.verified()).isTrue();
    assertThat(o.totalNpcUsd()).isCloseTo(725_348.331752515 + 250 * TRANSIT_PER_MBPS, within(1e-6));
    assertThat(o.populationCovered()).isEqualTo(4300);
  }

  @Test
  void oneAndAHalfTimesTheDemandUpgradesL1ToMw400() throws Exception {
    Instance sampled = InstanceScaling.apply(tiny(), Multipliers.NONE.with("demand", 1.5));
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(sampled);
    // L1 carries 150 + 150 = 300 Mbps > 200; L2 150 and L6 75 still fit
    assertThat(r.plan().choices()).containsExactly(new LinkChoice("L1", "mw-400"), new LinkChoice("L2", "mw-200"),
        new LinkChoice("L6", "mw-long-200"));
    assertThat(r.upgradedLinks()).isEqualTo(1);
    SampleOutcome o = evaluate(sampled);
    assertThat(o.verified()).isTrue();
    assertThat(o.upgradedLinks()).isEqualTo(1);
    double links = 151_000 + 15_100 * A;
    assertThat(o.totalNpcUsd()).isCloseTo(links + 375 * TRANSIT_PER_MBPS, within(1e-6));
  }

  @Test
  void theUpgradeIsTheCheapestOptionThatCarriesNotTheSmallest() throws Exception {
    Instance base = tiny();
    List<Link> links = new ArrayList<>();
    for (Link l : base.links()) {
      if (l.id().equals("L1")) {
        // a 300 Mbps module dearer over the horizon (50,000 + 3,000 A = 68,433.70) than mw-400 (64,578.27)
        List<LinkOption> options = new ArrayList<>(l.options());
        options.add(1, new LinkOption("mw-300", 300, 50_000, 3_000, 0, 0));
        l = new Link(l.id(), l.fromId(), l.toId(), l.technology(), l.lengthKm(), l.buildUsdPerKm(), options);
      }
      links.add(l);
    }
    Instance sampled = InstanceScaling.apply(base.withLinks(links), Multipliers.NONE.with("demand", 1.4));
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(sampled);
    assertThat(r.plan().choices().get(0)).isEqualTo(new LinkChoice("L1", "mw-400"));
  }

  @Test
  void aLinkNoOptionCarriesCutsOffTheSitesBehindIt() throws Exception {
    Instance sampled = InstanceScaling.apply(tiny(), Multipliers.NONE.with("demand", 2.5));
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(sampled);
    // L1 would carry 500 Mbps (largest option 400), L2 250 (largest 200): S1 and S2 are cut off;
    // S3's 125 Mbps still fit L6, and the links stay built with their base options
    assertThat(r.uncoveredSiteIds()).containsExactly("S1", "S2");
    assertThat(r.plan().choices()).isEqualTo(OPTIMUM.choices());
    assertThat(r.upgradedLinks()).isZero();
    SampleOutcome o = evaluate(sampled);
    assertThat(o.status()).isEqualTo("partial");
    assertThat(o.verified()).isFalse();
    assertThat(o.sitesServed()).isEqualTo(1);
    assertThat(o.sitesUncovered()).isEqualTo(2);
    assertThat(o.populationCovered()).isEqualTo(800);
    assertThat(o.reason()).isEqualTo("2 site(s) not covered: S1, S2");
    assertThat(o.totalNpcUsd()).isCloseTo(LINKS_NPC + 125 * TRANSIT_PER_MBPS, within(1e-6));
  }

  @Test
  void aGatewayOverItsUplinkCutsOffEverySiteBehindIt() throws Exception {
    Instance base = tiny();
    List<Node> nodes = new ArrayList<>();
    for (Node n : base.nodes()) {
      nodes.add(n.isGateway() ? new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(), 0, 0, true,
          0, 300, n.transitUsdPerMbpsMonth()) : n);
    }
    Instance narrow = base.withNodesAndLinks(nodes, base.links());
    // 250 Mbps fit the 300 Mbps uplink; 1.3 x 250 = 325 do not
    assertThat(new PlanRepricer(OPTIMUM).reprice(narrow).uncoveredSiteIds()).isEmpty();
    Instance sampled = InstanceScaling.apply(narrow, Multipliers.NONE.with("demand", 1.3));
    PlanRepricer.Repriced r = new PlanRepricer(OPTIMUM).reprice(sampled);
    assertThat(r.uncoveredSiteIds()).containsExactly("S1", "S2", "S3");
    assertThat(r.upgradedLinks()).isZero();
    SampleOutcome o = evaluate(sampled);
    assertThat(o.sitesServed()).isZero();
    assertThat(o.totalNpcUsd()).isCloseTo(LINKS_NPC, within(1e-6));
  }
}
