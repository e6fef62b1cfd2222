package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;

/**
 * Exhaustive reference for the coverage objective on tiny instances, from the problem statement
 * only: every node picks one link towards its parent (or none), every used link any option that
 * carries its flow; a plan keeps every constraint and the capex budget; the best plan serves the
 * most weight and, among those, costs the least. Shares no code with the solver (the parent
 * choices come from {@link BruteForcePlanner}).
 */
final class BruteForceCoverage {
  /** The best plan's weight and net present cost (no penalties); null when no plan exists. */
  record Best(double weight, double npcUsd) {}

  private final Instance instance;
  private final Coverage coverage;
  private final List<Node> nodes;
  private final List<List<Integer>> choices = new ArrayList<>();
  private final double annuity;
  private Best best;

  BruteForceCoverage(Instance instance) {
    this.instance = instance;
    this.coverage = instance.coverage();
    this.nodes = instance.nodes();
    annuity = BruteForcePlanner.annuity(instance);
    choices.addAll(BruteForcePlanner.parentChoices(instance));
  }

  Best solve() {
    enumerate(0, new int[nodes.size()]);
    return best;
  }

  private void enumerate(int v, int[] parentLink) {
    if (v == nodes.size()) {
      evaluate(parentLink);
      return;
    }
    for (int l : choices.get(v)) {
      parentLink[v] = l;
      enumerate(v + 1, parentLink);
    }
  }

  private void evaluate(int[] parentLink) {
    int n = nodes.size();
    double weight = 0;
    for (int v = 0; v < n; v++) {
      Node node = nodes.get(v);
      if (node.isSite() && parentLink[v] < 0 && node.required()) {
        return;
      }
      if (node.isSite() && parentLink[v] >= 0) {
        weight += PRIORITY.equals(coverage.weight()) ? coverage.priorityOf(node.id()) : node.population();
      }
    }
    BruteForcePlanner.Flows flows = BruteForcePlanner.flows(instance, parentLink);
    if (flows == null) {
      return;
    }
    double[] linkFlow = flows.linkFlow();
    double[] gatewayLoad = flows.gatewayLoad();
    double transit = 0;
    for (int g = 0; g < n; g++) {
      Node node = nodes.get(g);
      if (node.isGateway()) {
        if (gatewayLoad[g] > node.uplinkCapacityMbps() + 1e-9) {
          return;
        }
        transit += gatewayLoad[g] * node.transitUsdPerMbpsMonth() * 12 * annuity;
      }
    }
    List<Integer> used = new ArrayList<>();
    for (int l = 0; l < linkFlow.length; l++) {
      if (linkFlow[l] > 0) {
        used.add(l);
      }
    }
    chooseOptions(used, 0, linkFlow, 0, transit, weight);
  }

  private static final String PRIORITY = Coverage.PRIORITY;

  /** Every option choice of the used links, keeping the capex within the budget. */
  private void chooseOptions(List<Integer> used, int i, double[] flow, double capex, double npc, double weight) {
    if (capex > instance.constraints().capexBudgetUsd() * (1 + 1e-9) + 1e-6) {
      return;
    }
    if (i == used.size()) {
      if (best == null || weight > best.weight() + 1e-9
          || (weight > best.weight() - 1e-9 && npc < best.npcUsd())) {
        best = new Best(weight, npc);
      }
      return;
    }
    Link link = instance.links().get(used.get(i));
    for (LinkOption o : link.options()) {
      if (o.capacityMbps() + 1e-9 >= flow[used.get(i)]) {
        double optionCapex = o.capexUsd() + link.buildUsdPerKm() * link.lengthKm();
        double optionNpc = optionCapex
            + (o.opexUsdPerYear() + o.leaseUsdPerYear() + 12 * o.leaseUsdPerMbpsMonth() * o.capacityMbps()) * annuity;
        chooseOptions(used, i + 1, flow, capex + optionCapex, npc + optionNpc, weight);
      }
    }
  }
}
