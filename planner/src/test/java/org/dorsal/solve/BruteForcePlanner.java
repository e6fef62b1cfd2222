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
  private final double annuity;
  private double best = Double.POSITIVE_INFINITY;
  private List<int[]> forests;

  BruteForcePlanner(Instance instance) {
    this.instance = instance;
    this.nodes = instance.nodes();
    annuity = annuity(instance);
    choices.addAll(parentChoices(instance));
  }

  /** Sum over t = 1..T of (1 + r)^-t. */
  static double annuity(Instance instance) {
    double a = 0;
    for (int t = 1; t <= instance.economics().horizonYears(); t++) {
      a += Math.pow(1 + instance.economics().discountRate(), -t);
    }
    return a;
  }

  /** Per node, the links it may leave by (-1: none); gateways leave by none. */
  static List<List<Integer>> parentChoices(Instance instance) {
    List<Node> nodes = instance.nodes();
    List<List<Integer>> choices = new ArrayList<>();
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
    return choices;
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

  /** Flow per link and load per gateway of a choice of parent links; null when it is no forest. */
  record Flows(double[] linkFlow, double[] gatewayLoad) {}

  /** The node at the other end of link l from node v; -1 for a satellite link. */
  int parentOf(int v, int l) {
    Link link = instance.links().get(l);
    if (link.technology() == Technology.SATELLITE) {
      return -1;
    }
    String other = link.fromId().equals(nodes.get(v).id()) ? link.toId() : link.fromId();
    return instance.nodeIndexById().get(other);
  }

  /**
   * Routes every site with a parent link up to a gateway or satellite; null on a cycle, a dead end,
   * a link used both ways or a microwave run over the limit (gateway capacity is not checked).
   */
  static Flows flows(Instance instance, int[] parentLink) {
    List<Node> nodes = instance.nodes();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    int n = nodes.size();
    double[] linkFlow = new double[instance.links().size()];
    int[] linkTail = new int[instance.links().size()];
    java.util.Arrays.fill(linkTail, -1);
    double[] gatewayLoad = new double[n];
    for (int v = 0; v < n; v++) {
      if (!nodes.get(v).isSite() || parentLink[v] < 0) {
        continue;
      }
      int x = v;
      int steps = 0;
      int run = 0;
      while (true) {
        if (++steps > n + 1) {
          return null; // cycle
        }
        int l = parentLink[x];
        if (l < 0) {
          return null; // dead end at a node without a parent
        }
        if (linkTail[l] >= 0 && linkTail[l] != x) {
          return null; // link used in both directions
        }
        linkTail[l] = x;
        linkFlow[l] += nodes.get(v).demandMbps();
        Link link = instance.links().get(l);
        run = link.technology() == Technology.MICROWAVE ? run + 1 : 0;
        if (run > instance.constraints().maxMicrowaveHops()) {
          return null;
        }
        if (link.technology() == Technology.SATELLITE) {
          break;
        }
        int p = index.get(link.fromId().equals(nodes.get(x).id()) ? link.toId() : link.fromId());
        if (nodes.get(p).isGateway()) {
          gatewayLoad[p] += nodes.get(v).demandMbps();
          break;
        }
        x = p;
      }
    }
    return new Flows(linkFlow, gatewayLoad);
  }

  private double evaluate(int[] parentLink) {
    int n = nodes.size();
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
    Flows flows = flows(instance, parentLink);
    if (flows == null) {
      return Double.POSITIVE_INFINITY;
    }
    double[] linkFlow = flows.linkFlow();
    double[] gatewayLoad = flows.gatewayLoad();
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
    // each used link: the (npc, capex) of every option wide enough for its flow
    List<double[][]> used = new ArrayList<>();
    for (int l = 0; l < linkFlow.length; l++) {
      if (linkFlow[l] == 0) {
        continue;
      }
      Link link = instance.links().get(l);
      List<double[]> fits = new ArrayList<>();
      for (LinkOption o : link.options()) {
        if (o.capacityMbps() + 1e-9 >= linkFlow[l]) {
          double capex = o.capexUsd() + link.buildUsdPerKm() * link.lengthKm();
          double npc = capex
              + (o.opexUsdPerYear() + o.leaseUsdPerYear() + 12 * o.leaseUsdPerMbpsMonth() * o.capacityMbps()) * annuity;
          fits.add(new double[] {npc, capex});
        }
      }
      if (fits.isEmpty()) {
        return Double.POSITIVE_INFINITY;
      }
      used.add(fits.toArray(new double[0][]));
    }
    return cost + cheapestOptions(used, 0, instance.constraints().capexBudgetUsd());
  }

  /** The least NPC of one option per used link (from index i on) whose capex fits the budget left. */
  private static double cheapestOptions(List<double[][]> used, int i, double budgetLeft) {
    if (budgetLeft < -1e-6) {
      return Double.POSITIVE_INFINITY;
    }
    if (i == used.size()) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (double[] option : used.get(i)) {
      best = Math.min(best, option[0] + cheapestOptions(used, i + 1, budgetLeft - option[1]));
    }
    return best;
  }
}
