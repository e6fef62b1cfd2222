package org.dorsal.solve;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;

/**
 * The instance as the solvers see it: int-indexed nodes, links and directed arcs in primitive
 * arrays, every option priced as net present cost.
 *
 * <p>Nodes are 0..nodeCount-1 in instance order; the virtual internet root has index {@link
 * #root()}. Every non-satellite link gives two arcs (one per direction) except arcs that would
 * leave a gateway, since traffic never passes through a gateway. A satellite link gives one arc
 * from its node to the root. Gateways reach the root through their uplink, which is not an arc. A
 * one-way link gives only its arc from {@code fromId} to {@code toId}.
 */
public final class DesignNetwork {
  final int nodeCount;
  final double[] demandMbps;
  final boolean[] gateway;
  final boolean[] site;
  final boolean[] required;
  final double[] penaltyUsd;
  final double[] uplinkMbps;
  final double[] transitNpcUsdPerMbps;

  final int linkCount;
  final int[] linkA;
  final int[] linkB;
  final boolean[] microwave;
  final boolean[] satellite;
  /** Options of link l are optionStart[l] .. optionStart[l+1]-1. */
  final int[] optionStart;
  final double[] optionCapacityMbps;
  final double[] optionNpcUsd;
  final double[] optionCapexUsd;
  /** Net present cost per Mbps carried on link l (its usage charge over the horizon); 0 for most. */
  final double[] linkUsageNpcUsdPerMbps;

  final int arcCount;
  final int[] arcTail;
  final int[] arcHead;
  final int[] arcLink;
  /** Arcs leaving node v are outArcs[outStart[v] .. outStart[v+1]-1]. */
  final int[] outStart;
  final int[] outArcs;
  final int[] inStart;
  final int[] inArcs;

  final int maxMicrowaveHops;
  final double capexBudgetUsd;

  private final Instance instance;

  private DesignNetwork(Instance instance, List<int[]> arcs, PricedOptions options) {
    this.instance = instance;
    List<Node> nodes = instance.nodes();
    List<Link> links = instance.links();
    nodeCount = nodes.size();
    PresentValue pv = new PresentValue(instance.economics());
    demandMbps = new double[nodeCount];
    gateway = new boolean[nodeCount];
    site = new boolean[nodeCount];
    required = new boolean[nodeCount];
    penaltyUsd = new double[nodeCount];
    uplinkMbps = new double[nodeCount];
    transitNpcUsdPerMbps = new double[nodeCount];
    for (int v = 0; v < nodeCount; v++) {
      Node n = nodes.get(v);
      gateway[v] = n.isGateway();
      site[v] = n.isSite();
      required[v] = n.isRequiredSite();
      demandMbps[v] = n.isSite() ? n.demandMbps() : 0;
      penaltyUsd[v] = n.isOptionalSite() ? n.unservedPenaltyUsd() : 0;
      uplinkMbps[v] = n.isGateway() ? n.uplinkCapacityMbps() : 0;
      transitNpcUsdPerMbps[v] = n.isGateway() ? pv.ofMonthlyPerMbps(n.transitUsdPerMbpsMonth(), 1) : 0;
    }
    linkCount = links.size();
    linkA = new int[linkCount];
    linkB = new int[linkCount];
    microwave = new boolean[linkCount];
    satellite = new boolean[linkCount];
    linkUsageNpcUsdPerMbps = new double[linkCount];
    optionStart = options.start();
    optionCapacityMbps = options.capacityMbps();
    optionNpcUsd = options.npcUsd();
    optionCapexUsd = options.capexUsd();
    Map<String, Integer> index = instance.nodeIndexById();
    for (int l = 0; l < linkCount; l++) {
      Link link = links.get(l);
      linkA[l] = index.get(link.fromId());
      linkB[l] = link.isSatellite() ? nodeCount : index.get(link.toId());
      microwave[l] = link.technology() == Technology.MICROWAVE;
      satellite[l] = link.isSatellite();
      linkUsageNpcUsdPerMbps[l] = pv.ofYearly(link.usageUsdPerMbpsYear());
    }
    arcCount = arcs.size();
    arcTail = new int[arcCount];
    arcHead = new int[arcCount];
    arcLink = new int[arcCount];
    for (int a = 0; a < arcCount; a++) {
      arcTail[a] = arcs.get(a)[0];
      arcHead[a] = arcs.get(a)[1];
      arcLink[a] = arcs.get(a)[2];
    }
    outStart = new int[nodeCount + 2];
    inStart = new int[nodeCount + 2];
    outArcs = new int[arcCount];
    inArcs = new int[arcCount];
    buildAdjacency(arcTail, outStart, outArcs);
    buildAdjacency(arcHead, inStart, inArcs);
    maxMicrowaveHops = instance.constraints().maxMicrowaveHops();
    capexBudgetUsd = instance.constraints().capexBudgetUsd();
  }

  private record PricedOptions(int[] start, double[] capacityMbps, double[] npcUsd, double[] capexUsd) {}

  private void buildAdjacency(int[] key, int[] start, int[] list) {
    for (int a = 0; a < arcCount; a++) {
      start[key[a] + 1]++;
    }
    for (int v = 0; v < nodeCount + 1; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = start.clone();
    for (int a = 0; a < arcCount; a++) {
      list[fill[key[a]]++] = a;
    }
  }

  /** Builds the network of an instance, pricing every option with its economics. */
  public static DesignNetwork of(Instance instance) {
    PresentValue pv = new PresentValue(instance.economics());
    Map<String, Integer> index = instance.nodeIndexById();
    List<Link> links = instance.links();
    int optionTotal = 0;
    for (Link link : links) {
      optionTotal += link.options().size();
    }
    int[] start = new int[links.size() + 1];
    double[] cap = new double[optionTotal];
    double[] npc = new double[optionTotal];
    double[] capex = new double[optionTotal];
    List<int[]> arcs = new ArrayList<>();
    int o = 0;
    for (int l = 0; l < links.size(); l++) {
      Link link = links.get(l);
      start[l] = o;
      for (LinkOption option : link.options()) {
        cap[o] = option.capacityMbps();
        npc[o] = pv.npcUsd(link, option);
        capex[o] = link.capexUsd(option);
        o++;
      }
      int a = index.get(link.fromId());
      if (link.isSatellite()) {
        arcs.add(new int[] {a, instance.nodes().size(), l});
        continue;
      }
      int b = index.get(link.toId());
      if (!instance.nodes().get(a).isGateway()) {
        arcs.add(new int[] {a, b, l});
      }
      if (!instance.nodes().get(b).isGateway() && !link.oneWay()) {
        arcs.add(new int[] {b, a, l});
      }
    }
    start[links.size()] = o;
    return new DesignNetwork(instance, arcs, new PricedOptions(start, cap, npc, capex));
  }

  public Instance instance() {
    return instance;
  }

  public int nodeCount() {
    return nodeCount;
  }

  /** The cheapest gateway transit, net present per Mbps; 0 without gateways. */
  double cheapestTransitNpcUsdPerMbps() {
    double transit = Double.POSITIVE_INFINITY;
    for (int v = 0; v < nodeCount; v++) {
      if (gateway[v]) {
        transit = Math.min(transit, transitNpcUsdPerMbps[v]);
      }
    }
    return Double.isFinite(transit) ? transit : 0;
  }

  /** Index of the virtual internet root. */
  public int root() {
    return nodeCount;
  }

  public int linkCount() {
    return linkCount;
  }

  public int arcCount() {
    return arcCount;
  }

  /**
   * Each arc's reverse (the other direction of its link), -1 for arcs without one (satellite
   * links, links into a gateway).
   */
  int[] reverseArcs() {
    int[] reverse = new int[arcCount];
    Arrays.fill(reverse, -1);
    int[] arcOfLink = new int[linkCount];
    Arrays.fill(arcOfLink, -1);
    for (int a = 0; a < arcCount; a++) {
      int l = arcLink[a];
      if (arcOfLink[l] < 0) {
        arcOfLink[l] = a;
      } else {
        reverse[a] = arcOfLink[l];
        reverse[arcOfLink[l]] = a;
      }
    }
    return reverse;
  }

  /**
   * What one Mbps on arc a costs with split routing: its link's usage charge, plus the transit of
   * the gateway it enters (net present cost).
   */
  double arcNpcUsdPerMbps(int a) {
    double price = linkUsageNpcUsdPerMbps[arcLink[a]];
    int head = arcHead[a];
    return head < nodeCount && gateway[head] ? price + transitNpcUsdPerMbps[head] : price;
  }

  /** The cheapest option of link l that carries at least flowMbps, or -1 if none does. */
  int cheapestOptionFor(int l, double flowMbps) {
    int best = -1;
    for (int k = optionStart[l]; k < optionStart[l + 1]; k++) {
      if (optionCapacityMbps[k] + 1e-9 >= flowMbps && (best < 0 || optionNpcUsd[k] < optionNpcUsd[best])) {
        best = k;
      }
    }
    return best;
  }

  /** Net present cost of link l's cheapest option, whatever its capacity. */
  double cheapestNpcUsd(int l) {
    double min = Double.POSITIVE_INFINITY;
    for (int k = optionStart[l]; k < optionStart[l + 1]; k++) {
      min = Math.min(min, optionNpcUsd[k]);
    }
    return min;
  }

  /** The net present cost of that cheapest option, or infinity when no option carries flowMbps. */
  double cheapestNpcUsdFor(int l, double flowMbps) {
    int k = cheapestOptionFor(l, flowMbps);
    return k < 0 ? Double.POSITIVE_INFINITY : optionNpcUsd[k];
  }

  double maxCapacityMbps(int l) {
    double max = 0;
    for (int k = optionStart[l]; k < optionStart[l + 1]; k++) {
      max = Math.max(max, optionCapacityMbps[k]);
    }
    return max;
  }

  /** The arc of link l that leaves node v, or -1 when there is none. */
  int arcOf(int v, int l) {
    for (int i = outStart[v]; i < outStart[v + 1]; i++) {
      if (arcLink[outArcs[i]] == l) {
        return outArcs[i];
      }
    }
    return -1;
  }

  /** The node at the other end of link l from v (the root for a satellite link). */
  int otherEnd(int l, int v) {
    return linkA[l] == v ? linkB[l] : linkA[l];
  }

  /**
   * Whether per-site routing variables (sites x arcs) fit in the budget: the MIP adds them only
   * then, and only larger networks get a separate bound thread.
   */
  boolean siteRoutingFits(long budget) {
    return (long) siteCount() * arcCount <= budget;
  }

  int siteCount() {
    int count = 0;
    for (int v = 0; v < nodeCount; v++) {
      count += site[v] ? 1 : 0;
    }
    return count;
  }

  double totalDemandMbps() {
    double sum = 0;
    for (int v = 0; v < nodeCount; v++) {
      sum += demandMbps[v];
    }
    return sum;
  }
}
