package org.dorsal.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;

/**
 * Exhaustive reference solver for tiny instances, written from the problem statement only: every
 * node picks one link towards its parent (or none), every link one option (or none). Shares no
 * code with the solver.
 */
final class BruteForcePlanner {
  private final Instance instance;
  private final List<Node> nodes;
  private final List<List<Integer>> choices = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final double annuity;
  private double best = Double.POSITIVE_INFINITY;
  private List<int[]> forests;

  BruteForcePlanner(Instance instance) {
    this.instance = instance;
    this.nodes = instance.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    double a = 0;
    for (int t = 1; t <= instance.economics().horizonYears(); t++) {
      a += Math.pow(1 + instance.economics().discountRate(), -t);
    }
    annuity = a;
    for (int v = 0; v < nodes.size(); v++) {
      List<Integer> options = new ArrayList<>();
      options.add(-1);
      if (!nodes.get(v).isGateway()) {
        for (int l = 0; l < instance.links().size(); l++) {
          Link link = instance.links().get(l);
          if (link.fromId().equals(nodes.get(v).id()) || nodes.get(v).id().equals(link.toId())) {
            options.add(l);
          }
        }
      }
      choices.add(options);
    }
  }

  /** The optimal objective, or infinity when no plan exists. */
  double solve() {
    enumerate(0, new int[nodes.size()]);
    return best;
  }

  /**
   * Every feasible forest (hop limits, uplinks, some option for each link's flow), as each node's
   * parent link index (-1 for none), for solvers of variants of the problem.
   */
  List<int[]> feasibleForests() {
    forests = new ArrayList<>();
    enumerate(0, new int[nodes.size()]);
    return forests;
  }

  private void enumerate(int v, int[] parentLink) {
    if (v == nodes.size()) {
      double cost = evaluate(parentLink);
      best = Math.min(best, cost);
      if (forests != null && cost < Double.POSITIVE_INFINITY) {
        forests.add(parentLink.clone());
      }
      return;
    }
    for (int l : choices.get(v)) {
      parentLink[v] = l;
      enumerate(v + 1, parentLink);
    }
  }

  /** The node at the other end of link l from node v; -1 for a satellite link. */
  int parentOf(int v, int l) {
    Link link = instance.links().get(l);
    if (link.technology() == Technology.SATELLITE) {
      return -1;
    }
    String other = link.fromId().equals(nodes.get(v).id()) ? link.toId() : link.fromId();
    return index.get(other);
  }

  private double evaluate(int[] parentLink) {
    int n = nodes.size();
    double[] linkFlow = new double[instance.links().size()];
    int[] linkTail = new int[instance.links().size()];
    java.util.Arrays.fill(linkTail, -1);
    double[] gatewayLoad = new double[n];
    double penalty = 0;
    for (int v = 0; v < n; v++) {
      Node node = nodes.get(v);
      if (node.isSite() && parentLink[v] < 0) {
        if (node.required()) {
          return Double.POSITIVE_INFINITY;
        }
        penalty += node.unservedPenaltyUsd();
      }
    }
    for (int v = 0; v < n; v++) {
      if (!nodes.get(v).isSite() || parentLink[v] < 0) {
        continue;
      }
      int x = v;
      int steps = 0;
      int run = 0;
      while (true) {
        if (++steps > n + 1) {
          return Double.POSITIVE_INFINITY; // cycle
        }
        int l = parentLink[x];
        if (l < 0) {
          return Double.POSITIVE_INFINITY; // dead end at a node without a parent
        }
        if (linkTail[l] >= 0 && linkTail[l] != x) {
          return Double.POSITIVE_INFINITY; // link used in both directions
        }
        linkTail[l] = x;
        linkFlow[l] += nodes.get(v).demandMbps();
        Link link = instance.links().get(l);
        run = link.technology() == Technology.MICROWAVE ? run + 1 : 0;
        if (run > instance.constraints().maxMicrowaveHops()) {
          return Double.POSITIVE_INFINITY;
        }
        int p = parentOf(x, l);
        if (p < 0) {
          break; // satellite
        }
        if (nodes.get(p).isGateway()) {
          gatewayLoad[p] += nodes.get(v).demandMbps();
          break;
        }
        x = p;
      }
    }
    double cost = penalty;
    for (int g = 0; g < n; g++) {
      Node node = nodes.get(g);
      if (node.isGateway()) {
        if (gatewayLoad[g] > node.uplinkCapacityMbps() + 1e-9) {
          return Double.POSITIVE_INFINITY;
        }
        cost += gatewayLoad[g] * node.transitUsdPerMbpsMonth() * 12 * annuity;
      }
    }
    for (int l = 0; l < linkFlow.length; l++) {
      if (linkFlow[l] == 0) {
        continue;
      }
      Link link = instance.links().get(l);
      double cheapest = Double.POSITIVE_INFINITY;
      for (LinkOption o : link.options()) {
        if (o.capacityMbps() + 1e-9 >= linkFlow[l]) {
          double npc = o.capexUsd() + link.buildUsdPerKm() * link.lengthKm()
              + (o.opexUsdPerYear() + o.leaseUsdPerYear() + 12 * o.leaseUsdPerMbpsMonth() * o.capacityMbps()) * annuity;
          cheapest = Math.min(cheapest, npc);
        }
      }
      cost += cheapest;
    }
    return cost;
  }
}
