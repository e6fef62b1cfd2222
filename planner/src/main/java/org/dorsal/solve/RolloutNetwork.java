package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.economics.RolloutCosts;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;

/**
 * A roll-out instance as the solvers see it: the design network at the last year's demand (the
 * largest, since demand only grows), plus every site's demand by year and the yearly prices.
 * Years are indexed 0..years-1 for years 1..T.
 */
final class RolloutNetwork {
  /** The design network of the instance with every site at its last year's demand. */
  final DesignNetwork net;
  final int years;
  /** demandMbps[v][t]: demand of node v in year t+1 (0 for non-sites and before a first year). */
  final double[][] demandMbps;
  /** (1+r)^-t: discounts capex paid at the start of year t+1. */
  final double[] capexFactor;
  /** (1+r)^-(t+1): discounts payments at the end of year t+1. */
  final double[] yearEndFactor;
  /** Per global option index: the option's capex without the link's build cost. */
  final double[] optionInstallUsd;
  /** Per global option index: opex plus leases per year. */
  final double[] optionYearlyUsd;
  /** Per link: civil works paid once, with the link's first install. */
  final double[] buildUsd;
  /** Per node: transit price per Mbps and year (gateways only). */
  final double[] transitUsdPerMbpsYear;
  final double yearlyBudgetUsd;
  /** The instance's total capex budget, applied to the capex of all years (not discounted). */
  final double totalBudgetUsd;

  private final Instance instance;

  RolloutNetwork(Instance instance) {
    this.instance = instance;
    Rollout rollout = instance.rollout();
    years = instance.economics().horizonYears();
    demandMbps = rollout.demandsMbps(instance.nodes(), years);
    net = DesignNetwork.of(peakInstance(instance, demandMbps));
    RolloutCosts costs = new RolloutCosts(instance.economics());
    capexFactor = new double[years];
    yearEndFactor = new double[years];
    for (int t = 0; t < years; t++) {
      capexFactor[t] = costs.capexFactor(t + 1);
      yearEndFactor[t] = costs.yearEndFactor(t + 1);
    }
    int optionCount = net.optionStart[net.linkCount];
    optionInstallUsd = new double[optionCount];
    optionYearlyUsd = new double[optionCount];
    buildUsd = new double[net.linkCount];
    for (int l = 0; l < net.linkCount; l++) {
      Link link = instance.links().get(l);
      buildUsd[l] = link.buildUsdPerKm() * link.lengthKm();
      for (int i = 0; i < link.options().size(); i++) {
        LinkOption option = link.options().get(i);
        optionInstallUsd[net.optionStart[l] + i] = option.capexUsd();
        optionYearlyUsd[net.optionStart[l] + i] = option.opexUsdPerYear() + option.leaseUsdPerYearTotal();
      }
    }
    transitUsdPerMbpsYear = new double[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      Node n = instance.nodes().get(v);
      transitUsdPerMbpsYear[v] = n.isGateway() ? 12.0 * n.transitUsdPerMbpsMonth() : 0;
    }
    yearlyBudgetUsd = rollout.capexBudgetUsdPerYear();
    totalBudgetUsd = instance.constraints().capexBudgetUsd();
  }

  /** The instance with every site at its last year's demand and no roll-out. */
  static Instance peakInstance(Instance instance, double[][] demandMbps) {
    List<Node> nodes = new ArrayList<>();
    for (int v = 0; v < instance.nodes().size(); v++) {
      Node n = instance.nodes().get(v);
      double[] byYear = demandMbps[v];
      nodes.add(!n.isSite() ? n : new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(),
          byYear[byYear.length - 1], n.population(), n.required(), n.unservedPenaltyUsd(), n.uplinkCapacityMbps(),
          n.transitUsdPerMbpsMonth()));
    }
    return instance.withNodesAndLinks(nodes, instance.links()).withRollout(null);
  }

  Instance instance() {
    return instance;
  }

  /** Capex of installing global option k on link l, not discounted. */
  double installUsd(int l, int k, boolean firstInstall) {
    return optionInstallUsd[k] + (firstInstall ? buildUsd[l] : 0);
  }

  boolean hasYearlyBudget() {
    return yearlyBudgetUsd != Double.POSITIVE_INFINITY;
  }

  boolean hasTotalBudget() {
    return totalBudgetUsd != Double.POSITIVE_INFINITY;
  }
}
