package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;

import java.util.Map;
import java.util.TreeMap;
import org.dorsal.model.Constraints;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;

/**
 * Recomputes the totals from the instance (not from the reported link and gateway rows) and
 * compares them with the summary; checks the capex budget.
 */
final class SummaryChecker {
  static final String TRANSIT_KEY = "backbone-transit";
  private static final String SUBJECT = "summary";

  private final PlanView view;
  private final Violations out;

  SummaryChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  void check() {
    ResultSummary s = view.result().summary();
    double capex = 0;
    double opex = 0;
    double lease = 0;
    double usage = 0;
    Map<String, Double> byTechnology = new TreeMap<>();
    for (ResultLink rl : view.distinctResultLinks()) {
      Link link = view.link(rl.linkId());
      LinkCosts costs = view.costsOf(rl);
      if (costs == null) {
        continue; // reported by the link and roll-out checks
      }
      double linkUsage = view.usageNpcUsd(link);
      capex += costs.capexUsd();
      opex += costs.opexNpcUsd();
      lease += costs.leaseNpcUsd();
      usage += linkUsage;
      byTechnology.merge(link.technology().jsonName(), costs.npcUsd() + linkUsage, Double::sum);
    }
    double transit = transit();
    byTechnology.put(TRANSIT_KEY, transit);
    double total = capex + opex + lease + usage + transit;
    double penalty = unservedPenalty();
    if (view.split()) {
      out.checkClose(SUBJECT, "usageNpcUsd", s.usageNpcUsd(), usage, " (the links' usage charges)");
    }
    out.checkClose(SUBJECT, "totalNpcUsd", s.totalNpcUsd(), total,
        view.split() ? " (capex + opex + lease + usage + transit)" : " (capex + opex + lease + transit)");
    out.checkClose(SUBJECT, "capexUsd", s.capexUsd(), capex, "");
    out.checkClose(SUBJECT, "opexNpcUsd", s.opexNpcUsd(), opex, "");
    out.checkClose(SUBJECT, "leaseNpcUsd", s.leaseNpcUsd(), lease, "");
    out.checkClose(SUBJECT, "transitNpcUsd", s.transitNpcUsd(), transit, "");
    checkByTechnology(s.byTechnologyNpcUsd(), byTechnology);
    out.checkClose(
        SUBJECT,
        "unservedPenaltyUsd",
        s.unservedPenaltyUsd(),
        penalty,
        " (penalties of the unserved optional sites)");
    out.checkClose(
        SUBJECT, "objectiveUsd", s.objectiveUsd(), total + penalty, " (total + penalties)");
    checkCoverage(s);
    Constraints constraints = view.instance().constraints();
    // a roll-out's budgets apply to the capex paid year by year: RolloutChecker checks them
    if (!view.rollout() && constraints.hasBudget() && !Tolerance.atMost(capex, constraints.capexBudgetUsd())) {
      out.add(
          "plan: capex "
              + num(capex)
              + " USD exceeds capexBudgetUsd "
              + num(constraints.capexBudgetUsd()));
    }
  }

  private double transit() {
    double transit = 0;
    Map<String, GatewayChecker.Usage> usage = GatewayChecker.usageByGateway(view);
    for (Node gateway : view.gateways()) {
      GatewayChecker.Usage u = usage.get(gateway.id());
      if (u != null) {
        transit += GatewayChecker.transitNpcUsd(gateway, u);
      }
    }
    return transit;
  }

  private double unservedPenalty() {
    double penalty = 0;
    for (Map.Entry<Node, ResultRoute> e : view.siteRoutes().entrySet()) {
      Node site = e.getKey();
      if (PlanView.EXIT_UNSERVED.equals(e.getValue().exit()) && !site.required()) {
        penalty += site.unservedPenaltyUsd();
      }
    }
    return penalty;
  }

  private void checkByTechnology(Map<String, Double> reported, Map<String, Double> expected) {
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      Double value = reported.get(e.getKey());
      if (value == null) {
        out.add(
            SUBJECT
                + ": byTechnologyNpcUsd has no \""
                + e.getKey()
                + "\" entry, expected "
                + num(e.getValue()));
      } else {
        out.checkClose(
            SUBJECT, "byTechnologyNpcUsd[\"" + e.getKey() + "\"]", value, e.getValue(), "");
      }
    }
    for (String key : new TreeMap<>(reported).keySet()) {
      if (!expected.containsKey(key)) {
        out.add(
            SUBJECT
                + ": byTechnologyNpcUsd has \""
                + key
                + "\", but the plan has no such link technology; remove it");
      }
    }
  }

  private void checkCoverage(ResultSummary s) {
    int served = 0;
    long population = 0;
    double demand = 0;
    for (Node site : view.servedRoutes().keySet()) {
      served++;
      population += site.population();
      demand += view.siteDemandMbps(site);
    }
    out.checkEqual(SUBJECT, "sitesTotal", s.sitesTotal(), view.sites().size(), "");
    out.checkEqual(SUBJECT, "sitesServed", s.sitesServed(), served, "");
    out.checkEqual(SUBJECT, "populationServed", s.populationServed(), population, "");
    out.checkClose(SUBJECT, "demandServedMbps", s.demandServedMbps(), demand, "");
  }
}
