package org.dorsal.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;

/**
 * The instance and the result side by side, indexed by id, with the annuity factor. Where the
 * result lists an id twice, the first entry counts (the duplicate is reported by the checks).
 */
final class PlanView {
  static final String EXIT_GATEWAY = "gateway";
  static final String EXIT_SATELLITE = "satellite";
  static final String EXIT_UNSERVED = "unserved";

  private final Instance instance;
  private final PlanResult result;
  private final double annuityFactor;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, Link> links = new LinkedHashMap<>();
  private final Map<String, ResultLink> resultLinks = new LinkedHashMap<>();
  private final Map<String, ResultRoute> routesBySite = new LinkedHashMap<>();
  /** For a roll-out instance, each site's demand by year (index year - 1); empty otherwise. */
  private final Map<String, double[]> demandByYear = new LinkedHashMap<>();
  /** Each link's flow recomputed from the routes; null until first asked for. */
  private Map<String, Double> linkFlows;

  PlanView(Instance instance, PlanResult result) {
    this.instance = instance;
    this.result = result;
    this.annuityFactor =
        AnnuityFactor.of(
            instance.economics().horizonYears(), instance.economics().discountRate());
    for (Node n : instance.nodes()) {
      nodes.putIfAbsent(n.id(), n);
    }
    if (instance.rollout() != null) {
      for (Node n : nodes.values()) {
        if (n.isSite()) {
          demandByYear.put(n.id(), yearlyDemands(instance.rollout(), n, years()));
        }
      }
    }
    for (Link l : instance.links()) {
      links.putIfAbsent(l.id(), l);
    }
    for (ResultLink l : result.links()) {
      resultLinks.putIfAbsent(l.linkId(), l);
    }
    for (ResultRoute r : result.routes()) {
      routesBySite.putIfAbsent(r.siteId(), r);
    }
  }

  Instance instance() {
    return instance;
  }

  /** Whether the instance plans a roll-out over the years (it has a rollout section). */
  boolean rollout() {
    return instance.rollout() != null;
  }

  int years() {
    return instance.economics().horizonYears();
  }

  /** (1+r)^-year: discounts a payment at the end of {@code year}. */
  double yearEndFactor(int year) {
    return Math.pow(1.0 + instance.economics().discountRate(), -year);
  }

  /** (1+r)^-(year-1): discounts capex paid at the start of {@code year}. */
  double capexFactor(int year) {
    return Math.pow(1.0 + instance.economics().discountRate(), -(year - 1));
  }

  /** The demand a plan's tables use: the last year's for a roll-out, else the site's demand. */
  double siteDemandMbps(Node site) {
    double[] byYear = demandByYear.get(site.id());
    return byYear == null ? site.demandMbps() : byYear[byYear.length - 1];
  }

  /** A site's demand in each year of a roll-out (index year - 1). */
  double[] siteDemandsMbps(Node site) {
    return demandByYear.get(site.id());
  }

  /**
   * demandMbps x (1+g)^(t-1) from the site's first year on, 0 before; the site's own growth and
   * first year when the rollout section lists it.
   */
  private static double[] yearlyDemands(Rollout rollout, Node site, int years) {
    double growth = rollout.demandGrowthPerYear();
    int first = 1;
    for (Rollout.SiteRollout own : rollout.sites()) {
      if (own.siteId().equals(site.id())) {
        growth = own.demandGrowthPerYear();
        first = own.firstYear();
        break;
      }
    }
    double[] out = new double[years];
    for (int t = first; t <= years; t++) {
      out[t - 1] = site.demandMbps() * Math.pow(1.0 + growth, t - 1);
    }
    return out;
  }

  /**
   * What a listed link costs, recomputed: for a roll-out from its schedule, else from its option
   * over the horizon. Null when that cannot be computed (unknown option, or a schedule that is
   * missing or malformed: reported by the link and roll-out checks).
   */
  LinkCosts costsOf(ResultLink resultLink) {
    Link l = links.get(resultLink.linkId());
    LinkOption option = option(resultLink);
    if (l == null || option == null) {
      return null;
    }
    if (!rollout()) {
      return LinkCosts.of(l, option, annuityFactor);
    }
    ScheduleCosts schedule = ScheduleCosts.of(this, l, resultLink.schedule());
    return schedule == null ? null : schedule.totals();
  }

  PlanResult result() {
    return result;
  }

  /** A = sum over t = 1..T of (1+r)^-t. */
  double annuityFactor() {
    return annuityFactor;
  }

  /** The instance node with this id, or null. */
  Node node(String id) {
    return nodes.get(id);
  }

  /** The instance link with this id, or null. */
  Link link(String id) {
    return links.get(id);
  }

  /** The instance option a result link names, or null when the link or option is unknown. */
  LinkOption option(ResultLink resultLink) {
    Link l = links.get(resultLink.linkId());
    return l == null ? null : l.option(resultLink.optionId());
  }

  /** The result's entry for this link (the first if listed twice), or null. */
  ResultLink resultLink(String id) {
    return resultLinks.get(id);
  }

  /** The result's first entry per link id, in result order. */
  List<ResultLink> distinctResultLinks() {
    return List.copyOf(resultLinks.values());
  }

  /** The instance's sites, in instance order. */
  List<Node> sites() {
    List<Node> sites = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (n.isSite()) {
        sites.add(n);
      }
    }
    return sites;
  }

  /** The instance's gateways, in instance order. */
  List<Node> gateways() {
    List<Node> gateways = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (n.isGateway()) {
        gateways.add(n);
      }
    }
    return gateways;
  }

  /** The route listed for a site (the first if listed twice), or null. */
  ResultRoute route(String siteId) {
    return routesBySite.get(siteId);
  }

  /** One route per instance site that has one, in instance order. */
  Map<Node, ResultRoute> siteRoutes() {
    Map<Node, ResultRoute> out = new LinkedHashMap<>();
    for (Node site : sites()) {
      ResultRoute r = routesBySite.get(site.id());
      if (r != null) {
        out.put(site, r);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The routes of instance sites that leave by a gateway or a satellite link. */
  Map<Node, ResultRoute> servedRoutes() {
    Map<Node, ResultRoute> out = new LinkedHashMap<>();
    for (Map.Entry<Node, ResultRoute> e : siteRoutes().entrySet()) {
      if (isServed(e.getValue())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Whether the instance routes split: a site may have several routes, each carrying a share. */
  boolean split() {
    return instance.constraints().splitRouting();
  }

  /**
   * Every served route of an instance site with the Mbps it carries: with split routing every listed
   * route (its shareMbps), else each site's first route (its demand).
   */
  List<CarriedRoute> servedPaths() {
    List<CarriedRoute> out = new ArrayList<>();
    if (!split()) {
      for (Map.Entry<Node, ResultRoute> e : servedRoutes().entrySet()) {
        out.add(new CarriedRoute(e.getKey(), e.getValue(), siteDemandMbps(e.getKey())));
      }
      return out;
    }
    for (ResultRoute r : result.routes()) {
      Node site = nodes.get(r.siteId());
      if (site != null && site.isSite() && isServed(r)) {
        out.add(new CarriedRoute(site, r, r.shareMbps()));
      }
    }
    return out;
  }

  /** A served route and the traffic it carries. */
  record CarriedRoute(Node site, ResultRoute route, double mbps) {}

  /** The Mbps the served routes put on each link (worked out once, then kept). */
  Map<String, Double> linkFlowsMbps() {
    if (linkFlows == null) {
      Map<String, Double> flows = new LinkedHashMap<>();
      for (CarriedRoute c : servedPaths()) {
        double mbps = Double.isNaN(c.mbps()) ? 0 : c.mbps();
        for (String linkId : c.route().linkPath()) {
          flows.merge(linkId, mbps, Double::sum);
        }
      }
      linkFlows = Collections.unmodifiableMap(flows);
    }
    return linkFlows;
  }

  /** With split routing, usageUsdPerMbpsYear x the link's recomputed flow x A; 0 otherwise. */
  double usageNpcUsd(Link link) {
    return split() ? link.usageUsdPerMbpsYear() * linkFlowsMbps().getOrDefault(link.id(), 0.0) * annuityFactor : 0;
  }

  static boolean isServed(ResultRoute r) {
    return EXIT_GATEWAY.equals(r.exit()) || EXIT_SATELLITE.equals(r.exit());
  }
}
