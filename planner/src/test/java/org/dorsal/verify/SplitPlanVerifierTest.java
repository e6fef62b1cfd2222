package org.dorsal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dorsal.verify.RecordCopies.with;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Routing;
import org.dorsal.model.Technology;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/**
 * The verifier on split routing: a site of 10 Mbps split over two gateways of 6 Mbps (L2 carries 6
 * free of charge, L1 4 at 10 USD per Mbps and year). Each corruption is named exactly.
 */
class SplitPlanVerifierTest {
  private static final Instance TWO_WAYS = twoWays(false);

  private static Instance twoWays(boolean l1OneWayFromGateway) {
    List<Node> nodes = List.of(
        new Node("G1", NodeKind.GATEWAY, "G1", 0, 0, 0, 0, 0, false, 0, 6, 0),
        new Node("G2", NodeKind.GATEWAY, "G2", 0, 0, 0, 0, 0, false, 0, 6, 0),
        new Node("S1", NodeKind.SITE, "S1", 0, 0, 0, 10, 100, true, 0, 0, 0));
    Link l1 = l1OneWayFromGateway
        ? new Link("L1", "G1", "S1", Technology.FIBER_LEASE, 1, 0,
            List.of(new LinkOption("p", 100, 1000, 0, 0, 0)), true, 10)
        : new Link("L1", "S1", "G1", Technology.FIBER_LEASE, 1, 0,
            List.of(new LinkOption("p", 100, 1000, 0, 0, 0)), false, 10);
    Link l2 = new Link("L2", "S1", "G2", Technology.FIBER_LEASE, 1, 0,
        List.of(new LinkOption("p", 100, 1500, 0, 0, 0)), false, 0);
    return new Instance("two-ways", "", new Economics("USD", 1, 0),
        new Constraints(4, Double.POSITIVE_INFINITY, Routing.SPLIT), nodes, List.of(l1, l2));
  }

  private static PlanResult planned() {
    PlanRun run = new PlanPipeline().run(TWO_WAYS, "two-ways.json", "x".getBytes(StandardCharsets.UTF_8),
        new SolveOptions(10, 1e-9, 1, 1, true));
    assertThat(run.violations()).isEmpty();
    return run.result();
  }

  private static List<String> violations(Instance instance, PlanResult result) {
    return new PlanVerifier().verify(instance, result).violations();
  }

  private static int routeOf(PlanResult r, String linkId) {
    for (int i = 0; i < r.routes().size(); i++) {
      if (r.routes().get(i).linkPath().equals(List.of(linkId))) {
        return i;
      }
    }
    throw new AssertionError("no route over " + linkId);
  }

  private static PlanResult withRoute(PlanResult r, int index, ResultRoute route) {
    List<ResultRoute> routes = new ArrayList<>(r.routes());
    routes.set(index, route);
    return with(r, "routes", routes);
  }

  @Test
  void thePlannedSplitPasses() {
    PlanResult r = planned();
    assertThat(r.routes()).hasSize(2);
    assertThat(violations(TWO_WAYS, r)).isEmpty();
  }

  @Test
  void sharesMustAddUpToTheDemand() {
    PlanResult r = planned();
    int i = routeOf(r, "L1");
    PlanResult bad = withRoute(r, i, with(r.routes().get(i), "shareMbps", 3.0));
    assertThat(violations(TWO_WAYS, bad)).contains(
        "site S1: sum of shareMbps is 9, expected 10 (a served site's routes carry its whole demand)",
        "link L1: flowMbps is 4, expected 3 (sum of the shareMbps of the routes crossing it)");
  }

  @Test
  void aSplitRouteNeedsItsShare() {
    PlanResult r = planned();
    int i = routeOf(r, "L2");
    PlanResult bad = withRoute(r, i, with(r.routes().get(i), "shareMbps", Double.NaN));
    assertThat(violations(TWO_WAYS, bad)).contains(
        "site S1: a route of split routing needs shareMbps above 0 (the Mbps it carries), not none");
  }

  @Test
  void oneWayLinksAreCrossedOnlyFromFromToTo() {
    PlanResult r = planned();
    assertThat(violations(twoWays(true), r)).contains("site S1: linkPath[0] L1 is one-way from G1 to S1, crossed from"
        + " S1 to G1");
  }

  @Test
  void usageChargesAreRecomputed() {
    PlanResult r = planned();
    List<ResultLink> links = new ArrayList<>();
    for (ResultLink l : r.links()) {
      links.add(l.linkId().equals("L1") ? with(l, "usageNpcUsd", 30.0) : l);
    }
    assertThat(violations(TWO_WAYS, with(r, "links", links))).containsExactly(
        "link L1: usageNpcUsd is 30, expected 40 (usageUsdPerMbpsYear x the flow of the routes crossing it x A = 1)");
    PlanResult summary = with(r, "summary", with(r.summary(), "usageNpcUsd", 0.0));
    assertThat(violations(TWO_WAYS, summary)).containsExactly(
        "summary: usageNpcUsd is 0, expected 40 (the links' usage charges)");
  }

  @Test
  void singlePathResultsCarryNoShare() {
    PlanResult r = TinyResult.result();
    PlanResult bad = withRoute(r, 0, with(r.routes().get(0), "shareMbps", 100.0));
    assertThat(violations(TestInstances.read(TinyResult.INSTANCE_FILE), bad)).containsExactly("site " + r.routes().get(0).siteId()
        + ": shareMbps is given, but the instance routes every site on one path; remove it (it is for"
        + " constraints.routing \"split\")");
  }
}
