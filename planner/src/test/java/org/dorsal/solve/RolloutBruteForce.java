package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;

/**
 * Exhaustive reference for tiny roll-out instances, from the rules of docs/rollout.md: every
 * feasible forest at the last year's demand ({@link BruteForcePlanner}), every combination of
 * monotone link schedules ({@link MonotoneSchedules}) within the yearly and total capex budgets,
 * plus transit on each year's traffic and penalties of unserved optional sites.
 */
final class RolloutBruteForce {
  private final Instance instance;
  private final int years;
  private final double rate;
  private final double[][] demand;
  private double best;

  RolloutBruteForce(Instance instance) {
    this.instance = instance;
    this.years = instance.economics().horizonYears();
    this.rate = instance.economics().discountRate();
    Rollout rollout = instance.rollout();
    demand = new double[instance.nodes().size()][years];
    for (int v = 0; v < demand.length; v++) {
      Node n = instance.nodes().get(v);
      if (!n.isSite()) {
        continue;
      }
      double growth = rollout.demandGrowthPerYear();
      int first = 1;
      for (Rollout.SiteRollout own : rollout.sites()) {
        if (own.siteId().equals(n.id())) {
          growth = own.demandGrowthPerYear();
          first = own.firstYear();
        }
      }
      for (int t = first; t <= years; t++) {
        demand[v][t - 1] = n.demandMbps() * Math.pow(1 + growth, t - 1);
      }
    }
  }

  /** The optimal objective, or infinity when no roll-out plan exists. */
  double solve() {
    List<Node> peakNodes = new ArrayList<>();
    for (int v = 0; v < demand.length; v++) {
      Node n = instance.nodes().get(v);
      peakNodes.add(new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(), demand[v][years - 1],
          n.population(), n.required(), n.unservedPenaltyUsd(), n.uplinkCapacityMbps(), n.transitUsdPerMbpsMonth()));
    }
    Instance peak = instance.withNodesAndLinks(peakNodes, instance.links()).withRollout(null)
        .withConstraints(new org.dorsal.model.Constraints(instance.constraints().maxMicrowaveHops(),
            Double.POSITIVE_INFINITY));
    BruteForcePlanner forests = new BruteForcePlanner(peak);
    best = Double.POSITIVE_INFINITY;
    for (int[] parentLink : forests.feasibleForests()) {
      evaluate(forests, parentLink);
    }
    return best;
  }

  private void evaluate(BruteForcePlanner forests, int[] parentLink) {
    int n = demand.length;
    double[][] flow = new double[instance.links().size()][years];
    double fixed = 0;
    for (int v = 0; v < n; v++) {
      Node site = instance.nodes().get(v);
      if (!site.isSite()) {
        continue;
      }
      if (parentLink[v] < 0) {
        fixed += site.unservedPenaltyUsd();
        continue;
      }
      int x = v;
      while (true) {
        int l = parentLink[x];
        for (int t = 0; t < years; t++) {
          flow[l][t] += demand[v][t];
        }
        int p = forests.parentOf(x, l);
        if (p < 0) {
          break;
        }
        if (instance.nodes().get(p).isGateway()) {
          for (int t = 0; t < years; t++) {
            fixed += 12 * instance.nodes().get(p).transitUsdPerMbpsMonth() * demand[v][t] * Math.pow(1 + rate, -(t + 1));
          }
          break;
        }
        x = p;
      }
    }
    List<List<MonotoneSchedules.Candidate>> perLink = new ArrayList<>();
    for (int l = 0; l < flow.length; l++) {
      if (flow[l][years - 1] > 0) {
        Link link = instance.links().get(l);
        perLink.add(MonotoneSchedules.all(link, flow[l], rate));
      }
    }
    if (!instance.rollout().hasYearlyBudget() && !instance.constraints().hasBudget()) {
      // no budget couples the links: each takes its cheapest schedule
      double cost = fixed;
      for (List<MonotoneSchedules.Candidate> candidates : perLink) {
        cost += candidates.stream().mapToDouble(MonotoneSchedules.Candidate::npcUsd).min()
            .orElse(Double.POSITIVE_INFINITY);
      }
      best = Math.min(best, cost);
      return;
    }
    combine(perLink, 0, fixed, new double[years]);
  }

  private void combine(List<List<MonotoneSchedules.Candidate>> perLink, int i, double cost, double[] capex) {
    if (cost >= best) {
      return;
    }
    if (i == perLink.size()) {
      double total = 0;
      for (double c : capex) {
        total += c;
      }
      if (total <= instance.constraints().capexBudgetUsd() + 1e-6) {
        best = cost;
      }
      return;
    }
    for (MonotoneSchedules.Candidate candidate : perLink.get(i)) {
      double[] next = capex.clone();
      boolean within = true;
      for (int t = 0; t < years; t++) {
        next[t] += candidate.capexUsd()[t];
        within &= next[t] <= instance.rollout().capexBudgetUsdPerYear() + 1e-6;
      }
      if (within) {
        combine(perLink, i + 1, cost + candidate.npcUsd(), next);
      }
    }
  }
}
