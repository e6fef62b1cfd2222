package org.dorsal.economics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.Technology;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/**
 * Turns a plan's decisions into the full account of the result document: flows and utilisation
 * per link, every route's path and hop counts, gateway loads, and every cost split by kind and
 * technology.
 */
public final class PlanAccounting {
  /** Key of transit costs in the by-technology split. */
  public static final String TRANSIT_KEY = "backbone-transit";

  private final Instance instance;
  private final PresentValue pv;
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Link> links = new HashMap<>();

  public PlanAccounting(Instance instance) {
    this.instance = instance;
    this.pv = new PresentValue(instance.economics());
    for (Node n : instance.nodes()) {
      nodes.put(n.id(), n);
    }
    for (Link l : instance.links()) {
      links.put(l.id(), l);
    }
  }

  public PlanResult account(Plan plan, Provenance provenance) {
    Map<String, Double> flow = new HashMap<>();
    Map<String, String> flowFrom = new HashMap<>();
    Map<String, Double> gatewayLoad = new LinkedHashMap<>();
    Map<String, Integer> gatewaySites = new HashMap<>();
    List<ResultRoute> routes = new ArrayList<>();
    int served = 0;
    long population = 0;
    double demandServed = 0;
    double penalty = 0;
    for (SiteRoute route : plan.routes()) {
      Node site = nodes.get(route.siteId());
      if (!route.served()) {
        penalty += site.unservedPenaltyUsd();
        routes.add(new ResultRoute(site.id(), "unserved", null, List.of(), List.of(), 0, 0, 0, site.demandMbps()));
        continue;
      }
      served++;
      population += site.population();
      demandServed += site.demandMbps();
      List<String> nodePath = new ArrayList<>();
      nodePath.add(site.id());
      String at = site.id();
      int microwave = 0;
      int run = 0;
      int longestRun = 0;
      boolean satellite = false;
      for (String linkId : route.linkIds()) {
        Link link = links.get(linkId);
        flow.merge(linkId, site.demandMbps(), Double::sum);
        flowFrom.put(linkId, at);
        if (link.technology() == Technology.MICROWAVE) {
          microwave++;
          run++;
          longestRun = Math.max(longestRun, run);
        } else {
          run = 0;
        }
        if (link.isSatellite()) {
          satellite = true;
          break;
        }
        at = at.equals(link.fromId()) ? link.toId() : link.fromId();
        nodePath.add(at);
      }
      String gatewayId = satellite ? null : at;
      if (!satellite) {
        gatewayLoad.merge(at, site.demandMbps(), Double::sum);
        gatewaySites.merge(at, 1, Integer::sum);
      }
      routes.add(new ResultRoute(site.id(), satellite ? "satellite" : "gateway", gatewayId, nodePath,
          route.linkIds(), route.linkIds().size(), microwave, longestRun, site.demandMbps()));
    }

    List<ResultLink> resultLinks = new ArrayList<>();
    double capex = 0;
    double opex = 0;
    double lease = 0;
    Map<String, Double> byTechnology = new TreeMap<>();
    for (LinkChoice choice : plan.choices()) {
      Link link = links.get(choice.linkId());
      LinkOption option = link.option(choice.optionId());
      double f = flow.getOrDefault(link.id(), 0.0);
      String from = flowFrom.getOrDefault(link.id(), link.fromId());
      String to = link.isSatellite() ? null : (from.equals(link.fromId()) ? link.toId() : link.fromId());
      double linkCapex = link.capexUsd(option);
      double linkOpex = pv.opexNpcUsd(option);
      double linkLease = pv.leaseNpcUsd(option);
      double npc = linkCapex + linkOpex + linkLease;
      capex += linkCapex;
      opex += linkOpex;
      lease += linkLease;
      byTechnology.merge(link.technology().jsonName(), npc, Double::sum);
      resultLinks.add(new ResultLink(link.id(), link.technology().jsonName(), option.id(), from, to,
          option.capacityMbps(), f, f / option.capacityMbps(), link.lengthKm(), linkCapex, linkOpex, linkLease, npc));
    }

    List<GatewayLoad> gateways = new ArrayList<>();
    double transit = 0;
    for (Node n : instance.nodes()) {
      if (!n.isGateway() || !gatewayLoad.containsKey(n.id())) {
        continue;
      }
      double load = gatewayLoad.get(n.id());
      double cost = pv.ofMonthlyPerMbps(n.transitUsdPerMbpsMonth(), load);
      transit += cost;
      gateways.add(new GatewayLoad(n.id(), load, n.uplinkCapacityMbps(), load / n.uplinkCapacityMbps(),
          gatewaySites.get(n.id()), cost));
    }
    // always present (docs/result-format.md), 0 when every served site leaves by satellite
    byTechnology.put(TRANSIT_KEY, transit);
    double total = capex + opex + lease + transit;
    ResultSummary summary = new ResultSummary(total, capex, opex, lease, transit, byTechnology, penalty,
        total + penalty, plan.routes().size(), served, population, demandServed);
    SolveStats stats = plan.stats();
    SolverReport solver = new SolverReport(stats.status().jsonName(), stats.solverName(), stats.objectiveUsd(),
        stats.boundUsd(), stats.gap(), stats.seconds(), stats.heuristicObjectiveUsd(), stats.branchAndBoundNodes());
    return new PlanResult(PlanResult.SCHEMA, instance.name(), summary, resultLinks, routes, gateways, solver, provenance,
        plan.coverage());
  }
}
