package org.dorsal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dorsal.verify.RecordCopies.with;
import static org.dorsal.verify.TinyResult.A;
import static org.dorsal.verify.TinyResult.OBJECTIVE_USD;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Constraints;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;
import org.junit.jupiter.api.Test;

class PlanVerifierTest {
  private static final Instance TINY = TestInstances.read(TinyResult.INSTANCE_FILE);
  private final PlanVerifier verifier = new PlanVerifier();

  private List<String> violations(PlanResult result) {
    return verifier.verify(TINY, result).violations();
  }

  private List<String> violations(Instance instance, PlanResult result) {
    return verifier.verify(instance, result).violations();
  }

  // ---- the correct plan ----------------------------------------------------------------------

  @Test
  void acceptsTheOptimumOfTiny() {
    VerificationReport report = verifier.verify(TINY, TinyResult.result());
    assertThat(report.violations()).isEmpty();
    assertThat(report.ok()).isTrue();
  }

  @Test
  void acceptsTheOptimumWithTheInstanceBytes() {
    VerificationReport report =
        verifier.verify(
            TINY, TinyResult.result(), TestInstances.bytes(TinyResult.INSTANCE_FILE));
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void annuityFactorIsTheSumOfDiscountFactors() {
    assertThat(AnnuityFactor.of(10, 0.10)).isCloseTo(A, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(AnnuityFactor.of(5, 0.0)).isEqualTo(5.0);
  }

  // ---- links ---------------------------------------------------------------------------------

  @Test
  void rejectsAWrongFlow() {
    PlanResult r = withLinks(TinyResult.l1(), with(TinyResult.l2(), "flowMbps", 150.0), TinyResult.l6());
    assertThat(violations(r))
        .containsExactly(
            "link L2: flowMbps is 150, expected 100 (sum of the demands of the routes crossing it)");
  }

  @Test
  void rejectsFlowAboveTheLinkCapacity() {
    Instance smallL1 = withOption(TINY, "L1", new LinkOption("mw-200", 150, 30_000, 3_000, 0, 0));
    ResultLink l1 = with(with(TinyResult.l1(), "capacityMbps", 150.0), "utilisation", 200.0 / 150);
    assertThat(violations(smallL1, withLinks(l1, TinyResult.l2(), TinyResult.l6())))
        .containsExactly("link L1: carries 200 Mbps, more than its capacity 150 Mbps");
  }

  @Test
  void rejectsAWrongCost() {
    ResultLink l6 = with(TinyResult.l6(), "opexNpcUsd", 8_100 * A + 1_000);
    assertThat(violations(withLinks(TinyResult.l1(), TinyResult.l2(), l6)))
        .containsExactly(
            "link L6: opexNpcUsd is 50770.99356, expected 49770.99356"
                + " (opexUsdPerYear x A = 6.144567106)");
  }

  @Test
  void rejectsAWrongCapacityTechnologyLengthAndFlowEnds() {
    ResultLink l1 = new ResultLink(
        "L1", "fiber-build", "mw-200", "S1", "S2", 400, 200, 1.0, 11, 30_000, 3_000 * A, 0,
        30_000 + 3_000 * A);
    assertThat(violations(withLinks(l1, TinyResult.l2(), TinyResult.l6())))
        .containsExactly(
            "link L1: technology is \"fiber-build\", expected \"microwave\"",
            "link L1: flow runs S1 -> S2, expected S1 -> G1 or G1 -> S1",
            "link L1: lengthKm is 11, expected 10",
            "link L1: capacityMbps is 400, expected 200 (option mw-200)",
            "site S1: linkPath[0] L1 is crossed from S1 to G1, against its flow direction S1 -> S2",
            "site S2: linkPath[1] L1 is crossed from S1 to G1, against its flow direction S1 -> S2");
  }

  @Test
  void rejectsUnknownLinksOptionsAndDuplicates() {
    ResultLink unknown = with(TinyResult.l1(), "linkId", "L99");
    ResultLink badOption = with(TinyResult.l6(), "optionId", "mw-400");
    assertThat(violations(withLinks(TinyResult.l1(), TinyResult.l1(), TinyResult.l2(), badOption, unknown)))
        .contains(
            "link L1: listed 2 times; list each link once",
            "link L6: option \"mw-400\" is not an option of the link (options: mw-long-200)",
            "link L99: not a link of the instance");
  }

  @Test
  void rejectsAnIdleLink() {
    double capexL3 = 5_000 + 20_000 * 25;
    ResultLink l3 = new ResultLink(
        "L3", "fiber-build", "fo-10g", "S2", "G1", 10_000, 0, 0, 25, capexL3, 2_500 * A, 0,
        capexL3 + 2_500 * A);
    assertThat(violations(withLinks(TinyResult.l1(), TinyResult.l2(), l3, TinyResult.l6())))
        .contains("link L3: carries no traffic; remove links that no route uses");
  }

  // ---- routes --------------------------------------------------------------------------------

  @Test
  void rejectsABrokenWalk() {
    ResultRoute s2 = with(TinyResult.s2(), "linkPath", List.of("L1", "L2"));
    assertThat(violations(withRoutes(TinyResult.s1(), s2, TinyResult.s3(), TinyResult.s4())))
        .containsExactly(
            "site S2: linkPath[0] L1 joins S1 and G1, not S2 and S1 as nodePath says",
            "site S2: linkPath[1] L2 joins S2 and S1, not S1 and G1 as nodePath says",
            "node S1: routes leave it by 2 different links (L1, L2); in a tree every node has one next hop");
  }

  @Test
  void rejectsCrossingALinkAgainstItsFlow() {
    ResultLink l2 = with(with(TinyResult.l2(), "flowFromId", "S1"), "flowToId", "S2");
    assertThat(violations(withLinks(TinyResult.l1(), l2, TinyResult.l6())))
        .containsExactly(
            "site S2: linkPath[0] L2 is crossed from S2 to S1, against its flow direction S1 -> S2");
  }

  @Test
  void rejectsExceedingTheHopLimit() {
    Instance strict = withConstraints(TINY, new Constraints(1, Double.POSITIVE_INFINITY));
    assertThat(violations(strict, TinyResult.result()))
        .containsExactly("site S2: 2 consecutive microwave hops, more than maxMicrowaveHops 1");
  }

  @Test
  void rejectsWrongHopCountsAndDemand() {
    ResultRoute s2 = new ResultRoute(
        "S2", "gateway", "G1", List.of("S2", "S1", "G1"), List.of("L2", "L1"), 3, 1, 1, 90);
    assertThat(violations(withRoutes(TinyResult.s1(), s2, TinyResult.s3(), TinyResult.s4())))
        .containsExactly(
            "site S2: demandMbps is 90, expected 100 (the site's demand)",
            "site S2: hops is 3, expected 2 (links in linkPath)",
            "site S2: microwaveHops is 1, expected 2",
            "site S2: microwaveHopsToFiber is 1, expected 2 (longest run of consecutive microwave links)");
  }

  @Test
  void rejectsARequiredSiteLeftUnserved() {
    Instance s4Required = withNode(TINY, "S4", node -> with(with(node, "required", true), "unservedPenaltyUsd", 0.0));
    assertThat(violations(s4Required, TinyResult.result()))
        .containsExactly(
            "site S4: required site is unserved; every required site must be served",
            "summary: unservedPenaltyUsd is 50000, expected 0 (penalties of the unserved optional sites)",
            "summary: objectiveUsd is 775348.3318, expected 725348.3318 (total + penalties)");
  }

  @Test
  void rejectsAMissingRoute() {
    assertThat(violations(withRoutes(TinyResult.s1(), TinyResult.s2(), TinyResult.s3())))
        .containsExactly(
            "site S4: no route listed; every site needs one",
            "summary: unservedPenaltyUsd is 50000, expected 0 (penalties of the unserved optional sites)",
            "summary: objectiveUsd is 775348.3318, expected 725348.3318 (total + penalties)");
  }

  @Test
  void rejectsDuplicateAndForeignRoutesAndBadExits() {
    ResultRoute g1 = with(TinyResult.s1(), "siteId", "G1");
    ResultRoute s4 = with(TinyResult.s4(), "exit", "nowhere");
    assertThat(violations(withRoutes(TinyResult.s1(), TinyResult.s1(), TinyResult.s2(), TinyResult.s3(), s4, g1)))
        .containsExactly(
            "site S1: 2 routes listed; list exactly one",
            "site S4: exit is \"nowhere\", expected \"gateway\", \"satellite\" or \"unserved\"",
            "route for \"G1\": not a site of the instance",
            "summary: unservedPenaltyUsd is 50000, expected 0 (penalties of the unserved optional sites)",
            "summary: objectiveUsd is 775348.3318, expected 725348.3318 (total + penalties)");
  }

  @Test
  void rejectsPassingThroughAGatewayAndWrongGatewayId() {
    ResultRoute s1 = new ResultRoute(
        "S1", "gateway", "G2", List.of("S1", "G1", "S1"), List.of("L1", "L1"), 2, 2, 2, 100);
    List<String> v = violations(withRoutes(s1, TinyResult.s2(), TinyResult.s3(), TinyResult.s4()));
    assertThat(v)
        .contains(
            "site S1: nodePath visits S1 more than once",
            "site S1: path passes through gateway G1 at nodePath[1]; a gateway may only be the last node",
            "site S1: exit \"gateway\" but the last node S1 is not a gateway",
            "site S1: gatewayId is \"G2\", expected \"S1\" (the last node of nodePath)");
  }

  // ---- tree structure and satellite ----------------------------------------------------------

  /**
   * S3 leaves by its satellite terminal L5 while S4 is brought over L7 to S3 and on over L6 to
   * G1: every walk is fine, every cost consistent, but S3 has two next hops (L5 and L6).
   */
  @Test
  void rejectsTwoNextHopsFromOneNode() {
    ResultLink l5 = new ResultLink(
        "L5", "satellite", "sat-50", "S3", null, 50, 50, 1.0, 0, 5_000, 0, 180_000 * A,
        5_000 + 180_000 * A);
    ResultLink l6 = with(with(TinyResult.l6(), "flowMbps", 20.0), "utilisation", 0.1);
    ResultLink l7 = new ResultLink(
        "L7", "microwave", "mw-200", "S4", "S3", 200, 20, 0.1, 19, 40_000, 4_000 * A, 0,
        40_000 + 4_000 * A);
    ResultRoute s3 = new ResultRoute("S3", "satellite", null, List.of("S3"), List.of("L5"), 1, 0, 0, 50);
    ResultRoute s4 = new ResultRoute(
        "S4", "gateway", "G1", List.of("S4", "S3", "G1"), List.of("L7", "L6"), 2, 2, 2, 20);
    double transit = 12 * 27 * 220 * A;
    GatewayLoad g1 = new GatewayLoad("G1", 220, 1000, 0.22, 3, transit);
    double capex = 186_000;
    double opex = 18_100 * A;
    double lease = 180_000 * A;
    double total = capex + opex + lease + transit;
    ResultSummary summary = new ResultSummary(
        total, capex, opex, lease, transit,
        Map.of(
            "microwave", 181_000 + 18_100 * A,
            "satellite", 5_000 + 180_000 * A,
            "backbone-transit", transit),
        0, total, 4, 4, 4_600, 270);
    PlanResult r = new PlanResult(
        PlanResult.SCHEMA, "tiny", summary,
        List.of(TinyResult.l1(), TinyResult.l2(), l5, l6, l7),
        List.of(TinyResult.s1(), TinyResult.s2(), s3, s4),
        List.of(g1),
        new SolverReport("feasible", "cp-sat", total, total, 0, 1, Double.NaN, 3),
        TinyResult.provenance());
    assertThat(violations(r))
        .containsExactly(
            "node S3: routes leave it by 2 different links (L5, L6); in a tree every node has one next hop");
  }

  @Test
  void rejectsASatelliteRouteWhoseLastLinkIsNotSatellite() {
    ResultRoute s3 = new ResultRoute("S3", "satellite", null, List.of("S3"), List.of("L6"), 1, 1, 1, 50);
    assertThat(violations(withRoutes(TinyResult.s1(), TinyResult.s2(), s3, TinyResult.s4())))
        .contains(
            "site S3: exit \"satellite\" but the last link L6 is not a satellite link at S3 (the last node)");
  }

  // ---- gateways ------------------------------------------------------------------------------

  @Test
  void rejectsGatewayLoadAboveItsUplink() {
    Instance smallUplink = withNode(TINY, "G1", node -> with(node, "uplinkCapacityMbps", 200.0));
    GatewayLoad g1 = with(with(TinyResult.g1(), "uplinkCapacityMbps", 200.0), "utilisation", 1.25);
    assertThat(violations(smallUplink, withGateways(g1)))
        .containsExactly("gateway G1: load 250 Mbps exceeds its uplink capacity 200 Mbps");
  }

  @Test
  void rejectsAMissingLoadedGateway() {
    assertThat(violations(withGateways()))
        .containsExactly("gateway G1: carries 250 Mbps but is missing from gateways");
  }

  @Test
  void rejectsWrongGatewayFigures() {
    GatewayLoad g1 = new GatewayLoad("G1", 200, 1000, 0.2, 2, TinyResult.TRANSIT_NPC_USD + 1);
    assertThat(violations(withGateways(g1)))
        .containsExactly(
            "gateway G1: loadMbps is 200, expected 250 (sum of the demands of the routes exiting there)",
            "gateway G1: utilisation is 0.2, expected 0.25 (load / uplink capacity)",
            "gateway G1: sitesServed is 2, expected 3",
            "gateway G1: transitNpcUsd is 497710.9356, expected 497709.9356"
                + " (12 x transitUsdPerMbpsMonth x loadMbps x A = 6.144567106)");
  }

  @Test
  void acceptsAnIdleGatewayListedWithZeroLoad() {
    // tiny has one gateway; list it twice to check the duplicate rule instead
    assertThat(violations(withGateways(TinyResult.g1(), TinyResult.g1())))
        .containsExactly("gateway G1: listed more than once; list each gateway once");
  }

  // ---- summary -------------------------------------------------------------------------------

  @Test
  void rejectsAWrongSummaryTotal() {
    ResultSummary s = with(TinyResult.summary(), "totalNpcUsd", TinyResult.TOTAL_NPC_USD + 10);
    assertThat(violations(withSummary(s)))
        .containsExactly(
            "summary: totalNpcUsd is 725358.3318, expected 725348.3318"
                + " (capex + opex + lease + transit)");
  }

  @Test
  void rejectsWrongByTechnologyAndCoverage() {
    ResultSummary s = TinyResult.summary();
    s = with(s, "byTechnologyNpcUsd", Map.of("microwave", TinyResult.CAPEX_USD + TinyResult.OPEX_NPC_USD, "satellite", 1.0));
    s = with(s, "sitesTotal", 5);
    s = with(s, "populationServed", 4_600L);
    assertThat(violations(withSummary(s)))
        .containsExactly(
            "summary: byTechnologyNpcUsd has no \"backbone-transit\" entry, expected 497709.9356",
            "summary: byTechnologyNpcUsd has \"satellite\", but the plan has no such link technology; remove it",
            "summary: sitesTotal is 5, expected 4",
            "summary: populationServed is 4600, expected 4300");
  }

  @Test
  void rejectsCapexAboveTheBudget() {
    Instance budget = withConstraints(TINY, new Constraints(2, 100_000));
    assertThat(violations(budget, TinyResult.result()))
        .containsExactly("plan: capex 141000 USD exceeds capexBudgetUsd 100000");
  }

  // ---- solver and provenance -----------------------------------------------------------------

  @Test
  void rejectsABoundAboveTheObjective() {
    double bound = OBJECTIVE_USD + 1_000;
    SolverReport s = with(with(TinyResult.solver(), "boundUsd", bound), "gap", (OBJECTIVE_USD - bound) / OBJECTIVE_USD);
    assertThat(violations(withSolver(s)))
        .containsExactly(
            "solver: boundUsd 776348.3318 is above objectiveUsd 775348.3318;"
                + " a lower bound cannot exceed the objective");
  }

  @Test
  void rejectsAWrongGapObjectiveAndStatus() {
    SolverReport s = new SolverReport("infeasible", "cp-sat", OBJECTIVE_USD + 5, OBJECTIVE_USD, 0.5, 1, 1e6, 0);
    assertThat(violations(withSolver(s)))
        .containsExactly(
            "solver: status is \"infeasible\", expected \"optimal\", \"feasible\" or \"timed-out\" (a result holds a plan)",
            "solver: objectiveUsd is 775353.3318, but the summary's objectiveUsd is 775348.3318",
            "solver: gap is 0.5, expected 0.000006448672876 ((objectiveUsd - boundUsd) / objectiveUsd)");
  }

  @Test
  void rejectsAWrongInstanceHash() {
    byte[] other = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.verify(TINY, TinyResult.result(), other).violations())
        .containsExactly(
            "provenance: instanceSha256 is \"" + TinyResult.sha256() + "\", expected"
                + " \"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\""
                + " (SHA-256 of the instance file)");
  }

  @Test
  void rejectsAWrongInstanceNameAndSchema() {
    PlanResult r = TinyResult.result();
    r = with(with(r, "schema", "dorsal-result/0"), "instanceName", "small");
    assertThat(violations(r))
        .containsExactly(
            "result: schema is \"dorsal-result/0\", expected \"dorsal-result/1\"",
            "result: instanceName is \"small\", expected \"tiny\"");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static PlanResult withLinks(ResultLink... links) {
    return with(TinyResult.result(), "links", List.of(links));
  }

  private static PlanResult withRoutes(ResultRoute... routes) {
    return with(TinyResult.result(), "routes", List.of(routes));
  }

  private static PlanResult withGateways(GatewayLoad... gateways) {
    return with(TinyResult.result(), "gateways", List.of(gateways));
  }

  private static PlanResult withSummary(ResultSummary summary) {
    return with(TinyResult.result(), "summary", summary);
  }

  private static PlanResult withSolver(SolverReport solver) {
    return with(TinyResult.result(), "solver", solver);
  }

  private static Instance withConstraints(Instance instance, Constraints constraints) {
    return with(instance, "constraints", constraints);
  }

  private static Instance withOption(Instance instance, String linkId, LinkOption option) {
    List<Link> links = new ArrayList<>();
    for (Link l : instance.links()) {
      links.add(l.id().equals(linkId) ? with(l, "options", List.of(option)) : l);
    }
    return instance.withLinks(links);
  }

  private static Instance withNode(
      Instance instance, String nodeId, java.util.function.UnaryOperator<Node> change) {
    List<Node> nodes = new ArrayList<>();
    for (Node n : instance.nodes()) {
      nodes.add(n.id().equals(nodeId) ? change.apply(n) : n);
    }
    return with(instance, "nodes", nodes);
  }
}
