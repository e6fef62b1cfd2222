package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dorsal.solve.TinyInstances.option;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.Technology;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.junit.jupiter.api.Test;

class NearestGatewayBaselineTest {

  /** A node on the equator at this longitude (so distances are proportional to longitudes). */
  private static Node gateway(String id, double lon, double uplinkMbps, double transitUsdPerMbpsMonth) {
    return new Node(id, NodeKind.GATEWAY, id, 0, lon, 0, 0, 0, true, 0, uplinkMbps, transitUsdPerMbpsMonth);
  }

  private static Node site(String id, double lon, boolean required, double penaltyUsd) {
    return new Node(id, NodeKind.SITE, id, 0, lon, 0, 20, 100, required, penaltyUsd, 0, 0);
  }

  private static Link link(String id, String from, String to, Technology t, LinkOption... options) {
    return new Link(id, from, to, t, 1, 0, List.of(options));
  }

  private static Link satellite(String id, String site, double capexUsd) {
    return new Link(id, site, null, Technology.SATELLITE, 0, 0, List.of(option("sat", 50, capexUsd, 0)));
  }

  private static Link mw(String id, String from, String to, double capacityMbps, double capexUsd) {
    return link(id, from, to, Technology.MICROWAVE, option("mw", capacityMbps, capexUsd, 0));
  }

  private static Link fiber(String id, String from, String to, double capexUsd) {
    return link(id, from, to, Technology.FIBER_BUILD, option("fo", 100, capexUsd, 0));
  }

  /**
   * Gateways GA (lon 0, transit 0.1 USD/Mbps/month: 1.2 USD per Mbps over the 1-year horizon) and
   * GB (lon 1, uplink 40 Mbps, no transit); sites of 20 Mbps; at most 1 microwave hop in a row;
   * 1 year at rate 0, so a link's net present cost is its capex.
   */
  private static Instance network() {
    return new Instance("spreadsheet", "", new Economics("USD", 1, 0), new Constraints(1, Double.POSITIVE_INFINITY),
        List.of(gateway("GA", 0, 1000, 0.1), gateway("GB", 1, 40, 0),
            site("S1", 0.1, true, 0), site("S2", 0.2, true, 0), site("S3", 0.92, true, 0),
            site("S4", 0.75, true, 0), site("S5", 0.4, false, 30), site("S6", 0.3, true, 0),
            site("S7", 0.7, true, 0)),
        List.of(
            link("L1", "S1", "GA", Technology.FIBER_BUILD, option("fo-50", 50, 10, 0), option("fo-100", 100, 15, 0)),
            mw("L2", "S2", "S1", 100, 3),
            mw("L3", "S2", "GA", 100, 20),
            link("L5", "S3", "GB", Technology.FIBER_BUILD, option("fo-30", 30, 50, 0), option("fo-100", 100, 70, 0)),
            mw("L6", "S4", "GB", 10, 5),
            mw("L7", "S4", "S3", 100, 2),
            fiber("L16", "S4", "S2", 1),
            mw("L9", "S5", "GA", 100, 40),
            mw("L10", "S6", "S2", 100, 1),
            fiber("L11", "S6", "GA", 30),
            satellite("L12", "S6", 25),
            mw("L14", "S7", "GB", 100, 5),
            fiber("L17", "S7", "S4", 1),
            satellite("L15", "S7", 60)));
  }

  @Test
  void routesEachSiteAloneToItsNearestGatewayAndSizesLinksForTheirTotalFlow() {
    PlanOutcome outcome = Baselines.nearestGateway(network());

    assertThat(outcome.hasPlan()).isTrue();
    assertThat(outcome.plan().routes()).containsExactly(
        // S1 first of GA's sites (nearest to its gateway)
        new SiteRoute("S1", List.of("L1")),
        // S2 alone: L2 then S1's route (3 + 10 + 24) beats its own L3 (20 + 24): it follows S1
        new SiteRoute("S2", List.of("L2", "L1")),
        // S3 reaches its nearest gateway GB over L5
        new SiteRoute("S3", List.of("L5")),
        // S4: L6 cannot carry 20 Mbps; joining S2 over L16 would be cheaper (1 + 3 + 10 + 24),
        // but S2's route leads to GA, not to S4's nearest gateway GB: L7, then S3's route
        new SiteRoute("S4", List.of("L7", "L5")),
        // optional S5: 40 + 24 on its own, above its penalty of 30: unserved
        new SiteRoute("S5", List.of()),
        // S6: L10 onto S2 would make two microwave hops in a row (L10, L2); the fiber L11 is a
        // path, so its cheaper satellite L12 stays unused
        new SiteRoute("S6", List.of("L11")),
        // S7: GB's uplink is full (S3 and S4), directly or through S4: its satellite
        new SiteRoute("S7", List.of("L15")));
    // L1 carries S1 and S2 (40 Mbps: fo-50), L5 carries S3 and S4 (40 Mbps: fo-100, where each
    // alone was priced on fo-30)
    assertThat(outcome.plan().choices()).containsExactlyInAnyOrder(
        new LinkChoice("L1", "fo-50"), new LinkChoice("L2", "mw"), new LinkChoice("L5", "fo-100"),
        new LinkChoice("L7", "mw"), new LinkChoice("L11", "fo"), new LinkChoice("L15", "sat"));
    // links 10 + 3 + 70 + 2 + 30 + 60, transit of 60 Mbps at GA 72, S5's penalty 30
    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(277, within(1e-6));
    assertThat(outcome.plan().stats().boundUsd()).isZero();
  }

  @Test
  void itsPlanPassesTheVerifier() {
    Instance instance = network();
    PlanOutcome outcome = Baselines.nearestGateway(instance);

    PlanRun run = new PlanPipeline().check(instance, "spreadsheet", "spreadsheet".getBytes(StandardCharsets.UTF_8),
        new SolveOptions(1, 1e-4, 1, 1, false), outcome);

    assertThat(run.violations()).isEmpty();
    assertThat(run.verified()).isTrue();
    assertThat(run.result().summary().objectiveUsd()).isCloseTo(277, within(1e-6));
  }

  @Test
  void breaksDistanceTiesByIndexServesCheapOptionalSitesAndFallsBackToTheNextGateway() {
    // GA and GB are equally far from S (ties by index: GA); T's nearest gateway is GA, which it
    // cannot reach, and it has no satellite: GB
    Instance instance = new Instance("ties", "", new Economics("USD", 1, 0), new Constraints(2, Double.POSITIVE_INFINITY),
        List.of(gateway("GA", -0.5, 1000, 0), gateway("GB", 0.5, 1000, 0),
            site("S", 0, false, 100), site("T", -0.2, true, 0)),
        List.of(mw("SA", "S", "GA", 100, 40), mw("SB", "S", "GB", 100, 10), mw("TB", "T", "GB", 100, 50)));

    PlanOutcome outcome = Baselines.nearestGateway(instance);

    assertThat(outcome.plan().routes()).containsExactly(
        new SiteRoute("S", List.of("SA")), new SiteRoute("T", List.of("TB")));
    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(90, within(1e-6));
  }

  @Test
  void aRequiredSiteWithoutAnyRouteMeansNoPlan() {
    Instance instance = new Instance("cut", "", new Economics("USD", 1, 0), new Constraints(2, Double.POSITIVE_INFINITY),
        List.of(gateway("G", 0, 1000, 0), site("S", 0.1, true, 0)),
        List.of(mw("SG", "S", "G", 10, 1)));

    PlanOutcome outcome = Baselines.nearestGateway(instance);

    assertThat(outcome.hasPlan()).isFalse();
    assertThat(outcome.message()).isEqualTo("required site S has no route of its own: no gateway it can reach"
        + " within the hop limit with room for its demand, and no satellite link that carries it");
  }

  @Test
  void findsTheKnownOptimumOfTheTinyInstance() {
    // S2 follows S1 (two microwave hops, the limit); S3 cannot follow S2 (three), so L6; S4 alone
    // would pay 64,578 USD for L7, above its penalty of 50,000
    PlanOutcome outcome = Baselines.nearestGateway(TinyInstances.tiny());

    assertThat(outcome.plan().routes()).containsExactly(
        new SiteRoute("S1", List.of("L1")), new SiteRoute("S2", List.of("L2", "L1")),
        new SiteRoute("S3", List.of("L6")), new SiteRoute("S4", List.of()));
    double annuity = 6.144567105704681;
    assertThat(outcome.plan().stats().objectiveUsd())
        .isCloseTo(141000 + 14100 * annuity + 250 * 27 * 12 * annuity + 50000, within(1e-3));
  }
}
