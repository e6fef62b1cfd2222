package org.dorsal.candidates;

import org.dorsal.model.CandidateRules;
import org.dorsal.model.TerrainClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Economics;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.RadioClimate;
import org.dorsal.radio.RejectionReason;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTest {

  private static final Economics ECONOMICS = new Economics("USD", 10, 0.05);
  private static final ItuHopEngineer ITU = ItuHopEngineer.withDefaults();
  private static final HopEvaluator ANDES = HopEvaluator.of(ITU, ITU.prepare(RadioClimate.andes()));

  private static Node node(String id, NodeKind kind, double lat, double lon, double elevation) {
    boolean site = kind == NodeKind.SITE;
    boolean gateway = kind == NodeKind.GATEWAY;
    return new Node(id, kind, id, lat, lon, elevation, site ? 50 : 0, site ? 500 : 0, site, 0,
        gateway ? 10_000 : 0, gateway ? 27 : 0);
  }

  /** A handful of nodes around Cusco, one co-located pair, one remote Amazon site. */
  private static List<Node> cusco() {
    return List.of(
        node("G1", NodeKind.GATEWAY, -13.53, -71.97, 3400),
        node("S1", NodeKind.SITE, -13.60, -72.05, 3500),
        node("S2", NodeKind.SITE, -13.40, -71.80, 3300),
        node("S3", NodeKind.SITE, -13.80, -72.40, 3700),
        node("S4", NodeKind.SITE, -14.40, -71.50, 3900),
        node("R1", NodeKind.RELAY, -13.70, -72.20, 4200),
        node("J1", NodeKind.JUNCTION, -13.53, -71.97, 3400),
        node("S5", NodeKind.SITE, -12.60, -69.20, 200));
  }

  private static double km(Node a, Node b) {
    return Geodesy.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  /** Pairs "i-j" (i < j) where one end is among the other's k nearest within maxKm, brute force. */
  private static Set<String> brutePairs(List<Node> nodes, int k, double maxKm) {
    return brutePairs(nodes, k, maxKm, n -> true, n -> true);
  }

  /**
   * As above, but only nodes {@code from} look for their k nearest, among nodes {@code to} only
   * (brute force).
   */
  private static Set<String> brutePairs(List<Node> nodes, int k, double maxKm,
      java.util.function.Predicate<Node> from, java.util.function.Predicate<Node> to) {
    double[] lat = nodes.stream().mapToDouble(Node::lat).toArray();
    double[] lon = nodes.stream().mapToDouble(Node::lon).toArray();
    Set<String> pairs = new TreeSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (!from.test(nodes.get(i))) {
        continue;
      }
      List<double[]> hits = new ArrayList<>();
      for (int j = 0; j < nodes.size(); j++) {
        double d = Geodesy.distanceKm(lat[i], lon[i], lat[j], lon[j]);
        if (j != i && d <= maxKm && to.test(nodes.get(j))) {
          hits.add(new double[] {d, j});
        }
      }
      hits.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
      for (int m = 0; m < Math.min(k, hits.size()); m++) {
        int j = (int) hits.get(m)[1];
        pairs.add(nodes.get(Math.min(i, j)).id() + "-" + nodes.get(Math.max(i, j)).id());
      }
    }
    return pairs;
  }

  private static Set<String> pairsOf(CandidateNetwork net, Technology t, String prefix) {
    Set<String> pairs = new TreeSet<>();
    for (Link l : net.links()) {
      if (l.technology() == t) {
        assertThat(l.id()).isEqualTo(prefix + l.fromId() + "-" + l.toId());
        pairs.add(l.fromId() + "-" + l.toId());
      }
    }
    return pairs;
  }

  @Test
  void smallAndeanNetwork() {
    List<Node> nodes = cusco();
    CandidateRules rules = CandidateRules.defaults();
    CandidateNetwork net = new CandidateGenerator(rules, ANDES).generate(nodes, ECONOMICS);
    Map<String, Node> byId = new java.util.HashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));

    // every site has exactly one satellite link, nothing else has one
    for (Node n : nodes) {
      long sats = net.links().stream().filter(l -> l.id().equals("sat:" + n.id())).count();
      assertThat(sats).as(n.id()).isEqualTo(n.isSite() ? 1 : 0);
    }
    for (Link l : net.links()) {
      if (l.isSatellite()) {
        assertThat(l.toId()).isNull();
        assertThat(l.options()).extracting(LinkOption::capacityMbps)
            .containsExactly(20.0, 50.0, 100.0, 200.0);
        assertThat(l.options().get(1))
            .isEqualTo(new LinkOption("50m", 50, 5_000, 500, 150, 0));
        assertThat(l.options().get(1).leaseUsdPerYearTotal()).isEqualTo(90_000);
      }
    }

    // no microwave hop beyond reach, lengths are the great-circle distance
    for (Link l : net.links()) {
      if (l.technology() == Technology.MICROWAVE) {
        double d = km(byId.get(l.fromId()), byId.get(l.toId()));
        assertThat(l.lengthKm()).isCloseTo(d, within(1e-9)).isLessThanOrEqualTo(60.0);
        assertThat(l.options()).isNotEmpty();
      }
    }

    // fiber: k nearest within 150 km (brute force), route factor, Andean build cost
    assertThat(pairsOf(net, Technology.FIBER_BUILD, "fb:")).isEqualTo(brutePairs(nodes, 4, 150));
    for (Link l : net.links()) {
      if (l.technology() == Technology.FIBER_BUILD) {
        double d = km(byId.get(l.fromId()), byId.get(l.toId()));
        assertThat(l.lengthKm()).isCloseTo(1.3 * d, within(1e-9));
        assertThat(l.buildUsdPerKm()).isEqualTo(28_100.0);
        assertThat(l.fromId()).isNotEqualTo("S5");
      }
    }
    // the remote Amazon site gets nothing but its satellite link
    assertThat(net.links().stream().filter(l -> "S5".equals(l.fromId()) || "S5".equals(l.toId())))
        .extracting(Link::id)
        .containsExactly("sat:S5");

    // counts add up: engineered pairs = the brute-force pair set, emitted + rejected
    Set<String> engineered = brutePairs(nodes, 8, 60);
    assertThat(net.microwaveHopsEngineered()).isEqualTo(engineered.size());
    assertThat(engineered).containsAll(pairsOf(net, Technology.MICROWAVE, "mw:"));
    assertThat(net.count(Technology.MICROWAVE) + net.microwaveHopsRejected())
        .isEqualTo(net.microwaveHopsEngineered());
    // G1 and J1 stand on the same spot
    assertThat(net.rejected(RejectionReason.ZERO_LENGTH)).isEqualTo(1);
    assertThat(net.rejectionsByReason()).doesNotContainKey(RejectionReason.NONE);
    assertThat(net.linksByTechnology().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(net.links().size());
    assertThat(net.count(Technology.SATELLITE)).isEqualTo(5);
    assertThat(net.count(Technology.FIBER_LEASE)).isZero();

    // ids unique; options are a Pareto set
    assertThat(new HashSet<>(net.links().stream().map(Link::id).toList())).hasSize(net.links().size());
    assertParetoSets(net);

    // order: microwave, then fiber, then satellite
    List<Technology> order = net.links().stream().map(Link::technology).toList();
    int lastMw = order.lastIndexOf(Technology.MICROWAVE);
    int firstFb = order.indexOf(Technology.FIBER_BUILD);
    int lastFb = order.lastIndexOf(Technology.FIBER_BUILD);
    int firstSat = order.indexOf(Technology.SATELLITE);
    assertThat(lastMw).isLessThan(firstFb);
    assertThat(lastFb).isLessThan(firstSat);
  }

  private static void assertParetoSets(CandidateNetwork net) {
    double annuity = PresentValue.annuityFactor(ECONOMICS.horizonYears(), ECONOMICS.discountRate());
    for (Link l : net.links()) {
      List<LinkOption> os = l.options();
      for (LinkOption a : os) {
        double npcA = l.capexUsd(a) + (a.opexUsdPerYear() + a.leaseUsdPerYearTotal()) * annuity;
        for (LinkOption b : os) {
          if (a == b) {
            continue;
          }
          double npcB = l.capexUsd(b) + (b.opexUsdPerYear() + b.leaseUsdPerYearTotal()) * annuity;
          boolean bDominatesA =
              b.capacityMbps() >= a.capacityMbps() && npcB <= npcA
                  && (b.capacityMbps() > a.capacityMbps() || npcB < npcA);
          assertThat(bDominatesA).as("%s: %s dominates %s", l.id(), b.id(), a.id()).isFalse();
        }
      }
    }
  }

  @Test
  void deterministicAndParallelEqualsSequential() {
    List<Node> nodes = randomAndes(600, 5);
    CandidateGenerator gen = new CandidateGenerator(CandidateRules.defaults(), ANDES);
    CandidateNetwork first = gen.generate(nodes, ECONOMICS);
    CandidateNetwork second = gen.generate(nodes, ECONOMICS);
    CandidateNetwork parallel = gen.parallel().generate(nodes, ECONOMICS);
    assertThat(second).isEqualTo(first);
    assertThat(parallel).isEqualTo(first);
    assertThat(first.count(Technology.MICROWAVE)).isPositive();
    assertThat(first.count(Technology.MICROWAVE) + first.microwaveHopsRejected())
        .isEqualTo(first.microwaveHopsEngineered());
    assertParetoSets(first);
  }

  @Test
  void rejectionsAreCountedByReasonAndNotEmitted() {
    List<Node> nodes = randomAndes(300, 9);
    // reject every hop over 20 km as too long, everything else goes to the ITU engineer
    HopEvaluator stub =
        path ->
            path.distanceKm() > 20
                ? new HopEngineering(path.distanceKm(), RejectionReason.TOO_LONG_FOR_BAND,
                    List.of(), List.of(), 99.99, 99.9, Double.NaN)
                : ANDES.engineer(path);
    CandidateNetwork net = new CandidateGenerator(CandidateRules.defaults(), stub)
        .generate(nodes, ECONOMICS);
    Map<String, Node> byId = new java.util.HashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    long over20 = 0;
    for (String pair : brutePairs(nodes, 8, 60)) {
      String[] ends = pair.split("-");
      if (km(byId.get(ends[0]), byId.get(ends[1])) > 20) {
        over20++;
      }
    }
    assertThat(over20).isPositive();
    // the ITU engineer never finds a hop of 20 km or less too long (its 6-8 GHz bands reach 100 km)
    assertThat((long) net.rejected(RejectionReason.TOO_LONG_FOR_BAND)).isEqualTo(over20);
    for (Link l : net.links()) {
      if (l.technology() == Technology.MICROWAVE) {
        assertThat(l.lengthKm()).isLessThanOrEqualTo(20);
      }
    }
    assertThat(net.count(Technology.MICROWAVE) + net.microwaveHopsRejected())
        .isEqualTo(net.microwaveHopsEngineered());
  }

  @Test
  void reachLimitsMicrowavePairs() {
    List<Node> nodes = randomAndes(400, 13);
    CandidateRules rules = CandidateRules.defaults().withMaxMicrowaveReachKm(15).withNearest(5, 2);
    CandidateNetwork net = new CandidateGenerator(rules, ANDES).generate(nodes, ECONOMICS);
    assertThat(net.microwaveHopsEngineered()).isEqualTo(brutePairs(nodes, 5, 15).size());
    Set<String> expectedFiber = new TreeSet<>(brutePairs(nodes, 2, 150));
    Set<String> toGateways = brutePairs(nodes, 1, 150, n -> !n.isGateway(), Node::isGateway);
    assertThat(expectedFiber.containsAll(toGateways)).as("the gateway rule adds pairs").isFalse();
    expectedFiber.addAll(toGateways);
    assertThat(pairsOf(net, Technology.FIBER_BUILD, "fb:")).isEqualTo(expectedFiber);
    for (Link l : net.links()) {
      if (l.technology() == Technology.MICROWAVE) {
        assertThat(l.lengthKm()).isLessThanOrEqualTo(15);
      }
    }
  }

  @Test
  void dominatedSatelliteOfferIsDropped() {
    CandidateRules rules = CandidateRules.defaults().withSatelliteOffers(List.of(
        new CandidateRules.SatelliteOffer("geo-50", 50, 800, 80, 0, 500),
        new CandidateRules.SatelliteOffer("200m", 200, 800, 80, 16_800, 0)));
    CandidateNetwork net = new CandidateGenerator(rules, ANDES).generate(cusco(), ECONOMICS);
    for (Link l : net.links()) {
      if (l.isSatellite()) {
        assertThat(l.options()).extracting(LinkOption::id).containsExactly("200m");
      }
    }
    assertThat(net.optionsDominated()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void duplicateNodeIdsAreRefused() {
    List<Node> nodes = new ArrayList<>(cusco());
    nodes.add(node("S1", NodeKind.SITE, -13.0, -72.0, 3000));
    CandidateGenerator gen = new CandidateGenerator(CandidateRules.defaults(), ANDES);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> gen.generate(nodes, ECONOMICS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("S1");
  }

  @Test
  void instanceEntryPointUsesItsNodesAndEconomics() {
    org.dorsal.model.Instance instance = new org.dorsal.model.Instance("cusco", "", ECONOMICS,
        new org.dorsal.model.Constraints(4, Double.POSITIVE_INFINITY), cusco(), List.of());
    CandidateGenerator gen = new CandidateGenerator(CandidateRules.defaults(), ANDES);
    assertThat(gen.generate(instance)).isEqualTo(gen.generate(cusco(), ECONOMICS));
  }

  /** Random nodes over a 2° × 2° Andean block, a tenth gateways, a tenth relays. */
  static List<Node> randomAndes(int n, long seed) {
    Random rnd = new Random(seed);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NodeKind kind = i % 10 == 0 ? NodeKind.GATEWAY : i % 10 == 1 ? NodeKind.RELAY : NodeKind.SITE;
      nodes.add(node("N" + i, kind, -14.5 + 2 * rnd.nextDouble(), -73 + 2 * rnd.nextDouble(),
          2000 + 2500 * rnd.nextDouble()));
    }
    return nodes;
  }
}
