package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;

/**
 * The optimum of a small split-routing instance by enumeration, sharing no code with the planner:
 * every choice of option (or none) per link, every set of served optional sites, and for each a
 * minimum-cost flow by successive shortest paths (Bellman-Ford) from the served sites to the
 * gateways and the internet. A two-way link is two arcs each of the link's capacity: with costs of
 * at least zero an optimal flow never uses both, so that is the shared capacity. Money as the
 * economics say: capex once, opex, leases, usage and transit times the annuity factor.
 */
final class SplitBruteForce {
  private final Instance instance;
  private final double annuity;

  SplitBruteForce(Instance instance) {
    this.instance = instance;
    double a = 0;
    for (int t = 1; t <= instance.economics().horizonYears(); t++) {
      a += Math.pow(1 + instance.economics().discountRate(), -t);
    }
    annuity = a;
  }

  /** The least objective (cost plus penalties), or infinity when nothing serves the required sites. */
  double solve() {
    List<Link> links = instance.links();
    int[] choice = new int[links.size()];
    List<Node> optional = new ArrayList<>();
    for (Node n : instance.nodes()) {
      if (n.isOptionalSite()) {
        optional.add(n);
      }
    }
    double best = Double.POSITIVE_INFINITY;
    while (true) {
      double fixed = 0;
      double capex = 0;
      for (int l = 0; l < links.size(); l++) {
        if (choice[l] > 0) {
          Link link = links.get(l);
          LinkOption o = link.options().get(choice[l] - 1);
          capex += o.capexUsd() + link.buildUsdPerKm() * link.lengthKm();
          fixed += o.capexUsd() + link.buildUsdPerKm() * link.lengthKm()
              + (o.opexUsdPerYear() + o.leaseUsdPerYear() + 12 * o.leaseUsdPerMbpsMonth() * o.capacityMbps()) * annuity;
        }
      }
      if (capex <= instance.constraints().capexBudgetUsd() + 1e-6) {
        for (int mask = 0; mask < (1 << optional.size()); mask++) {
          double penalty = 0;
          List<Node> unserved = new ArrayList<>();
          for (int i = 0; i < optional.size(); i++) {
            if ((mask & (1 << i)) == 0) {
              unserved.add(optional.get(i));
              penalty += optional.get(i).unservedPenaltyUsd();
            }
          }
          double flowCost = minCostFlow(choice, unserved);
          best = Math.min(best, fixed + penalty + flowCost);
        }
      }
      int l = 0;
      while (l < links.size() && ++choice[l] > links.get(l).options().size()) {
        choice[l] = 0;
        l++;
      }
      if (l == links.size()) {
        return best;
      }
    }
  }

  /** Cheapest flow carrying every served site's demand out, or infinity. */
  private double minCostFlow(int[] choice, List<Node> unserved) {
    List<Node> nodes = instance.nodes();
    Map<String, Integer> index = new HashMap<>();
    for (int v = 0; v < nodes.size(); v++) {
      index.put(nodes.get(v).id(), v);
    }
    int source = nodes.size();
    int internet = nodes.size() + 1;
    int sink = nodes.size() + 2;
    List<double[]> arcs = new ArrayList<>(); // tail, head, capacity, cost; arc i^1 is its residual twin
    double total = 0;
    for (int v = 0; v < nodes.size(); v++) {
      Node n = nodes.get(v);
      if (n.isSite() && !unserved.contains(n)) {
        addArc(arcs, source, v, n.demandMbps(), 0);
        total += n.demandMbps();
      }
      if (n.isGateway()) {
        addArc(arcs, v, sink, n.uplinkCapacityMbps(), 12 * n.transitUsdPerMbpsMonth() * annuity);
      }
    }
    addArc(arcs, internet, sink, Double.POSITIVE_INFINITY, 0);
    for (int l = 0; l < instance.links().size(); l++) {
      if (choice[l] == 0) {
        continue;
      }
      Link link = instance.links().get(l);
      double cap = link.options().get(choice[l] - 1).capacityMbps();
      double perMbps = link.usageUsdPerMbpsYear() * annuity;
      int a = index.get(link.fromId());
      if (link.isSatellite()) {
        addArc(arcs, a, internet, cap, perMbps);
        continue;
      }
      int b = index.get(link.toId());
      if (!nodes.get(a).isGateway()) {
        addArc(arcs, a, b, cap, perMbps);
      }
      if (!link.oneWay() && !nodes.get(b).isGateway()) {
        addArc(arcs, b, a, cap, perMbps);
      }
    }
    int count = nodes.size() + 3;
    double sent = 0;
    double cost = 0;
    while (sent < total - 1e-9) {
      double[] dist = new double[count];
      int[] via = new int[count];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(via, -1);
      dist[source] = 0;
      for (int round = 0; round < count; round++) {
        boolean changed = false;
        for (int i = 0; i < arcs.size(); i++) {
          double[] arc = arcs.get(i);
          int t = (int) arc[0];
          if (arc[2] > 1e-12 && dist[t] + arc[3] < dist[(int) arc[1]] - 1e-9) {
            dist[(int) arc[1]] = dist[t] + arc[3];
            via[(int) arc[1]] = i;
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
      }
      if (dist[sink] == Double.POSITIVE_INFINITY) {
        return Double.POSITIVE_INFINITY;
      }
      double push = total - sent;
      for (int v = sink; v != source; v = (int) arcs.get(via[v])[0]) {
        push = Math.min(push, arcs.get(via[v])[2]);
      }
      for (int v = sink; v != source; v = (int) arcs.get(via[v])[0]) {
        arcs.get(via[v])[2] -= push;
        arcs.get(via[v] ^ 1)[2] += push;
      }
      sent += push;
      cost += push * dist[sink];
    }
    return cost;
  }

  private static void addArc(List<double[]> arcs, int tail, int head, double capacity, double cost) {
    arcs.add(new double[] {tail, head, capacity, cost});
    arcs.add(new double[] {head, tail, 0, -cost});
  }
}
