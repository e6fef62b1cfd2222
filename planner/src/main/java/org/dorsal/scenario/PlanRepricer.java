package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;

/**
 * Keeps a plan's links and routes under another instance of the same network (scaled demand and
 * prices): every route's traffic is re-added with the new demands; a link whose new flow exceeds
 * its option is re-equipped with the cheapest option of the same link (by net present cost under
 * the new prices) that carries it. A link whose flow no option carries, or a gateway whose uplink
 * the traffic exceeds, leaves every site routed through it not covered: those routes are dropped
 * (the links stay built and priced). Dropping traffic only lowers the other flows, so one pass
 * finds all of them.
 */
public final class PlanRepricer {
  /** Flows within this fraction above a capacity still fit (rounding of scaled demands). */
  private static final double FIT_TOLERANCE = 1e-9;

  /**
   * The repriced plan.
   *
   * @param plan the base plan's choices (some upgraded) and routes (uncovered ones emptied); its
   *     stats are the base plan's and must be replaced by the caller
   * @param upgradedLinks how many links got a bigger option
   * @param uncoveredSiteIds sites served by the base plan that this instance's demand cuts off
   */
  public record Repriced(Plan plan, int upgradedLinks, List<String> uncoveredSiteIds) {
    public Repriced {
      uncoveredSiteIds = List.copyOf(uncoveredSiteIds);
    }
  }

  private final Plan basePlan;

  public PlanRepricer(Plan basePlan) {
    this.basePlan = basePlan;
  }

  public Repriced reprice(Instance instance) {
    Map<String, Node> nodes = new HashMap<>();
    instance.nodes().forEach(n -> nodes.put(n.id(), n));
    Map<String, Link> links = new HashMap<>();
    instance.links().forEach(l -> links.put(l.id(), l));

    Map<String, String> exitGateway = new HashMap<>();
    for (SiteRoute route : basePlan.routes()) {
      if (route.served()) {
        exitGateway.put(route.siteId(), gatewayOf(route, links));
      }
    }
    Loads before = loads(basePlan.routes(), Set.of(), nodes, exitGateway);
    Set<String> overloadedLinks = new HashSet<>();
    for (LinkChoice c : basePlan.choices()) {
      if (!fits(before.linkFlowMbps.getOrDefault(c.linkId(), 0.0), links.get(c.linkId()).maxCapacityMbps())) {
        overloadedLinks.add(c.linkId());
      }
    }
    Set<String> overloadedGateways = new HashSet<>();
    for (Map.Entry<String, Double> g : before.gatewayLoadMbps.entrySet()) {
      if (!fits(g.getValue(), nodes.get(g.getKey()).uplinkCapacityMbps())) {
        overloadedGateways.add(g.getKey());
      }
    }
    Set<String> uncovered = new HashSet<>();
    List<String> uncoveredInOrder = new ArrayList<>();
    List<SiteRoute> routes = new ArrayList<>();
    for (SiteRoute route : basePlan.routes()) {
      boolean cut = route.served()
          && (overloadedGateways.contains(exitGateway.get(route.siteId()))
              || route.linkIds().stream().anyMatch(overloadedLinks::contains));
      if (cut) {
        uncovered.add(route.siteId());
        uncoveredInOrder.add(route.siteId());
        routes.add(new SiteRoute(route.siteId(), List.of()));
      } else {
        routes.add(route);
      }
    }
    Loads after = uncovered.isEmpty() ? before : loads(basePlan.routes(), uncovered, nodes, exitGateway);

    PresentValue pv = new PresentValue(instance.economics());
    List<LinkChoice> choices = new ArrayList<>();
    int upgraded = 0;
    for (LinkChoice c : basePlan.choices()) {
      Link link = links.get(c.linkId());
      LinkOption option = link.option(c.optionId());
      double flow = after.linkFlowMbps.getOrDefault(c.linkId(), 0.0);
      if (!fits(flow, option.capacityMbps())) {
        option = cheapestCarrying(link, flow, pv);
        upgraded++;
      }
      choices.add(new LinkChoice(c.linkId(), option.id()));
    }
    return new Repriced(new Plan(choices, routes, basePlan.stats()), upgraded, uncoveredInOrder);
  }

  private static boolean fits(double flowMbps, double capacityMbps) {
    return flowMbps <= capacityMbps * (1 + FIT_TOLERANCE);
  }

  /** The cheapest option that carries the flow (the first of equal cost); the caller knows one does. */
  private static LinkOption cheapestCarrying(Link link, double flowMbps, PresentValue pv) {
    LinkOption best = null;
    double bestNpc = Double.POSITIVE_INFINITY;
    for (LinkOption o : link.options()) {
      double npc = pv.npcUsd(link, o);
      if (fits(flowMbps, o.capacityMbps()) && npc < bestNpc) {
        best = o;
        bestNpc = npc;
      }
    }
    return best;
  }

  /** The gateway a served route ends at, or null when it leaves by satellite. */
  private static String gatewayOf(SiteRoute route, Map<String, Link> links) {
    String node = route.siteId();
    for (String linkId : route.linkIds()) {
      Link link = links.get(linkId);
      if (link.isSatellite()) {
        return null;
      }
      node = node.equals(link.fromId()) ? link.toId() : link.fromId();
    }
    return node;
  }

  private record Loads(Map<String, Double> linkFlowMbps, Map<String, Double> gatewayLoadMbps) {}

  private static Loads loads(List<SiteRoute> routes, Set<String> dropped, Map<String, Node> nodes,
      Map<String, String> exitGateway) {
    Map<String, Double> flow = new HashMap<>();
    Map<String, Double> gateway = new HashMap<>();
    for (SiteRoute route : routes) {
      if (!route.served() || dropped.contains(route.siteId())) {
        continue;
      }
      double demand = nodes.get(route.siteId()).demandMbps();
      route.linkIds().forEach(id -> flow.merge(id, demand, Double::sum));
      String g = exitGateway.get(route.siteId());
      if (g != null) {
        gateway.merge(g, demand, Double::sum);
      }
    }
    return new Loads(flow, gateway);
  }
}
