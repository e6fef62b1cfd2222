package org.dorsal.candidates;

import org.dorsal.model.CandidateRules;
import org.dorsal.model.TerrainClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.dorsal.radio.HopEndpoint;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.HopOption;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.RejectionReason;

/**
 * Generates candidate links from node positions with a spatial index (no all-pairs loop):
 *
 * <ul>
 *   <li><b>microwave</b> ({@code mw:A-B}): every pair where one end is among the other's
 *       {@link CandidateRules#microwaveNearest()} nearest nodes within
 *       {@link CandidateRules#maxMicrowaveReachKm()}, engineered by the {@link HopEvaluator} with
 *       the rules' antenna and clutter heights. A hop the engineer rejects is not emitted but
 *       counted by its {@link RejectionReason}. Options carry the capacity at the target
 *       availability.
 *   <li><b>fiber build</b> ({@code fb:A-B}): every pair where one end is among the other's
 *       {@link CandidateRules#fiberNearest()} nearest within {@link CandidateRules#maxFiberKm()},
 *       and every node with its {@link CandidateRules#fiberNearestGateways()} nearest gateways
 *       within the same distance;
 *       length = great-circle × route factor, civil works per km by terrain class.
 *   <li><b>satellite</b> ({@code sat:A}): one link at every site.
 * </ul>
 *
 * <p>A and B are node ids with A the end that comes first in the node list. Each link keeps the
 * Pareto set of its options in (capacity, net present cost), in their original order; net present
 * cost is capex (with the link's build cost) plus opex and leases over the horizon, discounted
 * with {@link PresentValue#annuityFactor(int, double)}. The output depends only on the inputs
 * and their order.
 */
public final class CandidateGenerator {
  private final CandidateRules rules;
  private final HopEvaluator hops;
  private final TerrainClassifier terrain;
  private final boolean parallel;

  /** A sequential generator with the rules' elevation terrain rule. */
  public CandidateGenerator(CandidateRules rules, HopEvaluator hops) {
    this(rules, hops, TerrainClassifier.byElevation(rules.highlandElevationM()), false);
  }

  public CandidateGenerator(
      CandidateRules rules, HopEvaluator hops, TerrainClassifier terrain, boolean parallel) {
    this.rules = rules;
    this.hops = hops;
    this.terrain = terrain;
    this.parallel = parallel;
  }

  /**
   * The same generator engineering hops on all cores (the evaluator must be thread-safe; the ITU
   * engineer is). The result is identical to the sequential one.
   */
  public CandidateGenerator parallel() {
    return new CandidateGenerator(rules, hops, terrain, true);
  }

  public CandidateGenerator withTerrain(TerrainClassifier classifier) {
    return new CandidateGenerator(rules, hops, classifier, parallel);
  }

  /** Candidates for an instance's nodes, priced with its economics (its own links are ignored). */
  public CandidateNetwork generate(Instance instance) {
    return generate(instance.nodes(), instance.economics());
  }

  /**
   * Candidates for these nodes, priced over the horizon of {@code economics}.
   *
   * @throws IllegalArgumentException if two nodes share an id, a coordinate is invalid, or two
   *     generated links would get the same id (possible only when node ids contain '-')
   */
  public CandidateNetwork generate(List<Node> nodes, Economics economics) {
    Set<String> nodeIds = new HashSet<>(nodes.size() * 2);
    for (Node node : nodes) {
      if (!nodeIds.add(node.id())) {
        throw new IllegalArgumentException("duplicate node id " + node.id());
      }
    }
    double annuity = PresentValue.annuityFactor(economics.horizonYears(), economics.discountRate());
    int n = nodes.size();
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = nodes.get(i).lat();
      lon[i] = nodes.get(i).lon();
    }
    GeoGrid grid = GeoGrid.of(lat, lon);
    long[] dominated = new long[1];

    long[] mwPairs = nearestPairs(grid, rules.microwaveNearest(), rules.maxMicrowaveReachKm());
    Link[] mwLinks = new Link[mwPairs.length];
    RejectionReason[] reasons = new RejectionReason[mwPairs.length];
    long[] mwDominated = new long[mwPairs.length];
    IntStream range = IntStream.range(0, mwPairs.length);
    (parallel ? range.parallel() : range)
        .forEach(
            p -> {
              int a = (int) (mwPairs[p] >>> 32);
              int b = (int) mwPairs[p];
              HopEngineering hop = hops.engineer(hopPath(nodes.get(a), nodes.get(b), grid, a, b));
              RejectionReason reason = hop.rejection();
              if (reason == null || reason != RejectionReason.NONE || hop.options().isEmpty()) {
                reasons[p] = reason == null || reason == RejectionReason.NONE
                    ? RejectionReason.NO_MODULATION_CLOSES
                    : reason;
                return;
              }
              long[] dropped = new long[1];
              mwLinks[p] = microwaveLink(nodes.get(a), nodes.get(b), grid.distanceKm(a, b),
                  hop.options(), annuity, dropped);
              mwDominated[p] = dropped[0];
            });

    List<Link> links = new ArrayList<>();
    Map<RejectionReason, Integer> rejections = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      if (r != RejectionReason.NONE) {
        rejections.put(r, 0);
      }
    }
    for (int p = 0; p < mwPairs.length; p++) {
      if (mwLinks[p] != null) {
        links.add(mwLinks[p]);
        dominated[0] += mwDominated[p];
      } else {
        rejections.merge(reasons[p], 1, Integer::sum);
      }
    }

    long[] fbPairs = union(
        nearestPairs(grid, rules.fiberNearest(), rules.maxFiberKm()),
        nearestGatewayPairs(nodes, grid, rules.fiberNearestGateways(), rules.maxFiberKm()));
    for (long pair : fbPairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      links.add(fiberLink(nodes.get(a), nodes.get(b), grid.distanceKm(a, b), annuity, dominated));
    }

    for (Node node : nodes) {
      if (node.isSite()) {
        links.add(satelliteLink(node, annuity, dominated));
      }
    }

    Set<String> linkIds = new HashSet<>(links.size() * 2);
    for (Link link : links) {
      if (!linkIds.add(link.id())) {
        throw new IllegalArgumentException("two candidate links would be named " + link.id());
      }
    }
    Map<Technology, Integer> byTechnology = new EnumMap<>(Technology.class);
    for (Technology t : Technology.values()) {
      byTechnology.put(t, 0);
    }
    for (Link link : links) {
      byTechnology.merge(link.technology(), 1, Integer::sum);
    }
    return new CandidateNetwork(links, byTechnology, mwPairs.length, rejections, dominated[0]);
  }

  /**
   * Distinct pairs (a < b, packed a << 32 | b, ascending) where one end is among the other's k
   * nearest within maxKm.
   */
  static long[] nearestPairs(GeoGrid grid, int k, double maxKm) {
    int n = grid.size();
    if (k <= 0 || n < 2) {
      return new long[0];
    }
    long[] pairs = new long[Math.max(16, n * Math.min(k, 64))];
    int count = 0;
    Neighbours out = new Neighbours(2 * k + 8);
    for (int i = 0; i < n; i++) {
      grid.kNearest(i, k, maxKm, out);
      for (int m = 0; m < out.size(); m++) {
        int j = out.index(m);
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[count++] = ((long) a << 32) | b;
      }
    }
    return sortedUnique(pairs, count);
  }

  /**
   * Pairs (a < b, packed, ascending) of every non-gateway node with its k nearest gateways within
   * maxKm.
   */
  static long[] nearestGatewayPairs(List<Node> nodes, GeoGrid grid, int k, double maxKm) {
    int gateways = 0;
    for (Node node : nodes) {
      if (node.isGateway()) {
        gateways++;
      }
    }
    if (k <= 0 || gateways == 0) {
      return new long[0];
    }
    int[] gatewayIndex = new int[gateways];
    double[] lat = new double[gateways];
    double[] lon = new double[gateways];
    int g = 0;
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isGateway()) {
        gatewayIndex[g] = i;
        lat[g] = grid.latitudeDeg(i);
        lon[g] = grid.longitudeDeg(i);
        g++;
      }
    }
    GeoGrid gatewayGrid = GeoGrid.of(lat, lon);
    Neighbours out = new Neighbours(k + 8);
    long[] pairs = new long[16];
    int count = 0;
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).isGateway()) {
        continue;
      }
      gatewayGrid.kNearest(grid.latitudeDeg(i), grid.longitudeDeg(i), k, maxKm, out);
      for (int m = 0; m < out.size(); m++) {
        int j = gatewayIndex[out.index(m)];
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[count++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
      }
    }
    return sortedUnique(pairs, count);
  }

  /** The sorted union of two sorted pair lists. */
  static long[] union(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return sortedUnique(all, all.length);
  }

  private static long[] sortedUnique(long[] pairs, int count) {
    Arrays.sort(pairs, 0, count);
    int unique = 0;
    for (int p = 0; p < count; p++) {
      if (unique == 0 || pairs[p] != pairs[unique - 1]) {
        pairs[unique++] = pairs[p];
      }
    }
    return Arrays.copyOf(pairs, unique);
  }

  private HopPath hopPath(Node a, Node b, GeoGrid grid, int ia, int ib) {
    double h = rules.microwaveAntennaHeightM();
    HopEndpoint ea = new HopEndpoint(a.lat(), a.lon(), a.elevationM(), h);
    HopEndpoint eb = new HopEndpoint(b.lat(), b.lon(), b.elevationM(), h);
    return new HopPath(ea, eb, grid.distanceKm(ia, ib), null, rules.clutterHeightM());
  }

  private Link microwaveLink(
      Node a, Node b, double km, List<HopOption> hopOptions, double annuity, long[] dominated) {
    CandidateRules.MicrowaveCosts costs = rules.microwave();
    int m = hopOptions.size();
    double[] capacity = new double[m];
    double[] capex = new double[m];
    double[] npc = new double[m];
    for (int i = 0; i < m; i++) {
      HopOption o = hopOptions.get(i);
      capacity[i] = o.capacityAtTargetMbps();
      capex[i] = costs.capexUsd(o.channelMhz(), o.dishDiameterM(), o.configuration().radiosPerEnd());
      npc[i] = capex[i] + costs.opexUsdPerYear(o.channelMhz()) * annuity;
    }
    // build options (and their id strings) only for the Pareto set
    int[] keep = ParetoFront.keep(capacity, npc);
    dominated[0] += m - keep.length;
    LinkOption[] options = new LinkOption[keep.length];
    for (int k = 0; k < keep.length; k++) {
      HopOption o = hopOptions.get(keep[k]);
      double opex = costs.opexUsdPerYear(o.channelMhz());
      options[k] = new LinkOption(optionId(o), o.capacityAtTargetMbps(), capex[keep[k]], opex, 0.0, 0.0);
    }
    return new Link("mw:" + a.id() + "-" + b.id(), a.id(), b.id(), Technology.MICROWAVE, km, 0.0,
        List.of(options));
  }

  private Link fiberLink(Node a, Node b, double geodesicKm, double annuity, long[] dominated) {
    double km = geodesicKm * rules.fiberRouteFactor();
    double perKm = rules.fiberBuildUsdPerKm(terrain.classify(a, b));
    double opex = rules.fiberOpexUsdPerKmYear() * km;
    List<CandidateRules.FiberEquipment> equipment = rules.fiberEquipment();
    int m = equipment.size();
    LinkOption[] options = new LinkOption[m];
    double[] capacity = new double[m];
    double[] npc = new double[m];
    for (int i = 0; i < m; i++) {
      CandidateRules.FiberEquipment e = equipment.get(i);
      options[i] = new LinkOption(e.id(), e.capacityMbps(), e.capexUsd(), opex, 0.0, 0.0);
      capacity[i] = e.capacityMbps();
      npc[i] = e.capexUsd() + perKm * km + opex * annuity;
    }
    return new Link("fb:" + a.id() + "-" + b.id(), a.id(), b.id(), Technology.FIBER_BUILD, km,
        perKm, pareto(options, capacity, npc, dominated));
  }

  private Link satelliteLink(Node site, double annuity, long[] dominated) {
    List<CandidateRules.SatelliteOffer> offers = rules.satelliteOffers();
    int m = offers.size();
    LinkOption[] options = new LinkOption[m];
    double[] capacity = new double[m];
    double[] npc = new double[m];
    for (int i = 0; i < m; i++) {
      CandidateRules.SatelliteOffer s = offers.get(i);
      LinkOption o = new LinkOption(s.id(), s.capacityMbps(), s.capexUsd(), s.opexUsdPerYear(),
          s.leaseUsdPerMbpsMonth(), s.leaseUsdPerYear());
      options[i] = o;
      capacity[i] = s.capacityMbps();
      npc[i] = s.capexUsd() + (s.opexUsdPerYear() + o.leaseUsdPerYearTotal()) * annuity;
    }
    return new Link("sat:" + site.id(), site.id(), null, Technology.SATELLITE, 0.0, 0.0,
        pareto(options, capacity, npc, dominated));
  }

  private static List<LinkOption> pareto(
      LinkOption[] options, double[] capacity, double[] npc, long[] dominated) {
    int[] keep = ParetoFront.keep(capacity, npc);
    dominated[0] += options.length - keep.length;
    LinkOption[] kept = new LinkOption[keep.length];
    for (int i = 0; i < keep.length; i++) {
      kept[i] = options[keep[i]];
    }
    return List.of(kept);
  }

  /** e.g. {@code 18GHz/56MHz/0.6m/ONE_PLUS_ZERO}; unique per (band, channel, dish, config). */
  static String optionId(HopOption o) {
    return o.band().name() + "/" + number(o.channelMhz()) + "MHz/" + number(o.dishDiameterM())
        + "m/" + o.configuration().name();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
