package org.dorsal.economics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.LinkSchedule;
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
import org.dorsal.model.result.RolloutReport;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.ScheduleEntry;
import org.dorsal.model.result.SolverReport;

/**
 * Turns a plan's decisions into the full account of the result document: flows and utilisation
 * per link, every route's path and hop counts, gateway loads, and every cost split by kind and
 * technology. For a roll-out plan the tables show the last year (flows, loads, final options)
 * and the costs are present values over each link's schedule, with a year-by-year table.
 */
public final class PlanAccounting {
  /** Key of transit costs in the by-technology split. */
  public static final String TRANSIT_KEY = "backbone-transit";

  private final Instance instance;
  private final PresentValue pv;
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Link> links = new HashMap<>();
  /** For a roll-out, every site's demand by year (index year - 1); empty otherwise. */
  private final Map<String, double[]> demandByYear = new HashMap<>();
  private final RolloutCosts rolloutCosts;

  public PlanAccounting(Instance instance) {
    this.instance = instance;
    this.pv = new PresentValue(instance.economics());
    this.rolloutCosts = instance.rollout() == null ? null : new RolloutCosts(instance.economics());
    int years = instance.economics().horizonYears();
    double[][] demands = rolloutCosts == null ? null : instance.rollout().demandsMbps(instance.nodes(), years);
    for (int v = 0; v < instance.nodes().size(); v++) {
      Node n = instance.nodes().get(v);
      nodes.put(n.id(), n);
      if (demands != null && n.isSite()) {
        demandByYear.put(n.id(), demands[v]);
      }
    }
    for (Link l : instance.links()) {
      links.put(l.id(), l);
    }
  }

  /** The demand the plan's tables show: the last year's for a roll-out, else the site's demand. */
  private double demandMbps(Node site) {
    double[] byYear = demandByYear.get(site.id());
    return byYear == null ? site.demandMbps() : byYear[byYear.length - 1];
  }

  public PlanResult account(Plan plan, Provenance provenance) {
    YearTotals yearTotals = rolloutCosts == null ? null : new YearTotals(rolloutCosts.years());
    Map<String, Double> flow = new HashMap<>();
    Map<String, String> flowFrom = new HashMap<>();
    Map<String, Double> gatewayLoad = new LinkedHashMap<>();
    Map<String, Integer> gatewaySites = new HashMap<>();
    List<ResultRoute> routes = new ArrayList<>();
    int served = 0;
    long population = 0;
    double demandServed = 0;
    double penalty = 0;
    boolean split = instance.constraints().splitRouting();
    Set<String> counted = new HashSet<>();
    Map<String, Set<String>> gatewaySiteIds = new HashMap<>();
    for (SiteRoute route : plan.routes()) {
      Node site = nodes.get(route.siteId());
      if (!route.served()) {
        penalty += site.unservedPenaltyUsd();
        routes.add(new ResultRoute(site.id(), "unserved", null, List.of(), List.of(), 0, 0, 0, demandMbps(site)));
        continue;
      }
      // with split routing a site has a route per path, each carrying its share
      double carried = route.isShare() ? route.shareMbps() : demandMbps(site);
      if (counted.add(site.id())) {
        served++;
        population += site.population();
        demandServed += demandMbps(site);
      }
      double[] siteYears = demandByYear.get(site.id());
      if (yearTotals != null) {
        yearTotals.add(yearTotals.demandMbps, siteYears);
      }
      List<String> nodePath = new ArrayList<>();
      nodePath.add(site.id());
      String at = site.id();
      int microwave = 0;
      int run = 0;
      int longestRun = 0;
      boolean satellite = false;
      for (String linkId : route.linkIds()) {
        Link link = links.get(linkId);
        flow.merge(linkId, carried, Double::sum);
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
        gatewayLoad.merge(at, carried, Double::sum);
        if (gatewaySiteIds.computeIfAbsent(at, g -> new HashSet<>()).add(site.id())) {
          gatewaySites.merge(at, 1, Integer::sum);
        }
        if (yearTotals != null) {
          yearTotals.addGatewayLoad(at, siteYears);
        }
      }
      routes.add(new ResultRoute(site.id(), satellite ? "satellite" : "gateway", gatewayId, nodePath,
          route.linkIds(), route.linkIds().size(), microwave, longestRun, demandMbps(site),
          route.isShare() ? route.shareMbps() : Double.NaN));
    }

    List<ResultLink> resultLinks = new ArrayList<>();
    double capex = 0;
    double opex = 0;
    double lease = 0;
    double usage = 0;
    Map<String, Double> byTechnology = new TreeMap<>();
    Map<String, LinkSchedule> schedules = new HashMap<>();
    for (LinkSchedule schedule : plan.schedules()) {
      schedules.put(schedule.linkId(), schedule);
    }
    for (LinkChoice choice : plan.choices()) {
      Link link = links.get(choice.linkId());
      LinkOption option = link.option(choice.optionId());
      double f = flow.getOrDefault(link.id(), 0.0);
      String from = flowFrom.getOrDefault(link.id(), link.fromId());
      String to = link.isSatellite() ? null : (from.equals(link.fromId()) ? link.toId() : link.fromId());
      double linkCapex;
      double linkOpex;
      double linkLease;
      List<ScheduleEntry> entries = null;
      if (yearTotals == null) {
        linkCapex = link.capexUsd(option);
        linkOpex = pv.opexNpcUsd(option);
        linkLease = pv.leaseNpcUsd(option);
      } else {
        LinkSchedule schedule = schedules.get(link.id());
        RolloutCosts.LinkYears paid = rolloutCosts.yearsOf(link, schedule);
        linkCapex = rolloutCosts.capexNpcUsd(paid.capexUsd());
        linkOpex = rolloutCosts.yearEndNpcUsd(paid.opexUsd());
        linkLease = rolloutCosts.yearEndNpcUsd(paid.leaseUsd());
        yearTotals.add(yearTotals.capexUsd, paid.capexUsd());
        yearTotals.add(yearTotals.opexUsd, paid.opexUsd());
        yearTotals.add(yearTotals.leaseUsd, paid.leaseUsd());
        entries = new ArrayList<>();
        for (LinkSchedule.Step step : schedule.steps()) {
          LinkOption installed = link.option(step.optionId());
          entries.add(new ScheduleEntry(step.year(), installed.id(), installed.capacityMbps(),
              paid.capexUsd()[step.year() - 1]));
        }
      }
      double linkUsage = split ? pv.ofYearly(link.usageUsdPerMbpsYear() * f) : 0;
      double npc = linkCapex + linkOpex + linkLease + linkUsage;
      capex += linkCapex;
      opex += linkOpex;
      lease += linkLease;
      usage += linkUsage;
      byTechnology.merge(link.technology().jsonName(), npc, Double::sum);
      resultLinks.add(new ResultLink(link.id(), link.technology().jsonName(), option.id(), from, to,
          option.capacityMbps(), f, f / option.capacityMbps(), link.lengthKm(), linkCapex, linkOpex, linkLease, npc,
          entries, split ? linkUsage : Double.NaN));
    }

    List<GatewayLoad> gateways = new ArrayList<>();
    double transit = 0;
    for (Node n : instance.nodes()) {
      if (!n.isGateway() || !gatewayLoad.containsKey(n.id())) {
        continue;
      }
      double load = gatewayLoad.get(n.id());
      double cost = yearTotals == null ? pv.ofMonthlyPerMbps(n.transitUsdPerMbpsMonth(), load)
          : rolloutCosts.yearEndNpcUsd(yearTotals.transitOf(n));
      transit += cost;
      gateways.add(new GatewayLoad(n.id(), load, n.uplinkCapacityMbps(), load / n.uplinkCapacityMbps(),
          gatewaySites.get(n.id()), cost));
    }
    // always present (docs/result-format.md), 0 when every served site leaves by satellite
    byTechnology.put(TRANSIT_KEY, transit);
    double total = capex + opex + lease + usage + transit;
    int sites = 0;
    for (Node n : instance.nodes()) {
      sites += n.isSite() ? 1 : 0;
    }
    ResultSummary summary = new ResultSummary(total, capex, opex, lease, transit, byTechnology, penalty,
        total + penalty, sites, served, population, demandServed,
        split ? usage : Double.NaN);
    SolveStats stats = plan.stats();
    SolverReport solver = new SolverReport(stats.status().jsonName(), stats.solverName(), stats.objectiveUsd(),
        stats.boundUsd(), stats.gap(), stats.seconds(), stats.heuristicObjectiveUsd(), stats.branchAndBoundNodes());
    return new PlanResult(PlanResult.SCHEMA, instance.name(), summary, resultLinks, routes, gateways, solver, provenance,
        plan.coverage(), yearTotals == null ? null : yearTotals.report(rolloutCosts));
  }

  /** A roll-out plan's payments and demand summed per year (index year - 1). */
  private static final class YearTotals {
    final double[] demandMbps;
    final double[] capexUsd;
    final double[] opexUsd;
    final double[] leaseUsd;
    final double[] transitUsd;
    private final Map<String, double[]> gatewayLoadMbps = new HashMap<>();

    YearTotals(int years) {
      demandMbps = new double[years];
      capexUsd = new double[years];
      opexUsd = new double[years];
      leaseUsd = new double[years];
      transitUsd = new double[years];
    }

    void add(double[] into, double[] values) {
      for (int t = 0; t < into.length; t++) {
        into[t] += values[t];
      }
    }

    void addGatewayLoad(String gatewayId, double[] siteDemandMbps) {
      add(gatewayLoadMbps.computeIfAbsent(gatewayId, id -> new double[demandMbps.length]), siteDemandMbps);
    }

    /** The gateway's transit payments by year; also added to the yearly totals. */
    double[] transitOf(Node gateway) {
      double[] load = gatewayLoadMbps.get(gateway.id());
      double[] paid = new double[load.length];
      for (int t = 0; t < load.length; t++) {
        paid[t] = 12.0 * gateway.transitUsdPerMbpsMonth() * load[t];
      }
      add(transitUsd, paid);
      return paid;
    }

    RolloutReport report(RolloutCosts costs) {
      List<RolloutYear> years = new ArrayList<>();
      for (int t = 1; t <= demandMbps.length; t++) {
        int i = t - 1;
        double npc = capexUsd[i] * costs.capexFactor(t)
            + (opexUsd[i] + leaseUsd[i] + transitUsd[i]) * costs.yearEndFactor(t);
        years.add(new RolloutYear(t, demandMbps[i], capexUsd[i], opexUsd[i], leaseUsd[i], transitUsd[i],
            costs.yearEndFactor(t), costs.capexFactor(t), npc));
      }
      return new RolloutReport(years);
    }
  }
}
