package org.dorsal.solve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.dorsal.candidates.Geodesy;
import org.dorsal.model.Node;

/**
 * What a spreadsheet does: every site on its own, routed to its nearest gateway on its cheapest
 * path, with no sharing of cost between sites and no optimization after the fact.
 *
 * <ul>
 *   <li>Nearest: by great-circle distance from the site to the gateway (ties by node index).
 *   <li>Order: required sites first, then optional ones; within each, the sites without a
 *       satellite fallback (no satellite link that carries their demand) first, since they have
 *       nowhere else to go when a gateway fills up; then nearest to its gateway first (ties by
 *       index), so sites close to the backbone are routed before the farther ones that may hang
 *       from them.
 *   <li>Path: the cheapest for the site alone ({@link StandaloneRouteSearch}): each link priced by
 *       its cheapest option that carries the site's own demand, plus the gateway's transit; within
 *       the hop limit; reaching the nearest gateway either directly or by meeting a node whose route
 *       already leads there, which the site then follows (so the union of the routes is a
 *       forest). Nodes routed elsewhere (to another gateway, or to satellite) are not crossed.
 *   <li>Fallback: a site with no such path (none within the hop limit, or none with room: a link
 *       at its largest module or a gateway at its uplink) uses its own satellite link when it has
 *       one that carries its demand, else the next-nearest gateway that it can reach, in order of
 *       distance.
 *   <li>Optional sites: served only when that route costs, on its own, less than the site's
 *       penalty; otherwise left unserved.
 *   <li>Capacity: checked as each route is laid (a link's flow never passes its largest module,
 *       a gateway's load never its uplink), so no repair is needed afterwards. A required site that
 *       has no route at all (no gateway reachable with room, no satellite link) means no plan.
 *   <li>Sizing: at the end every link gets the cheapest module that fits its total flow ({@link
 *       ForestState#fromParents}), which also prices the plan.
 * </ul>
 *
 * Deterministic: no randomness, no clock, fixed tie-breaks.
 */
final class NearestGatewayBaseline {
  /** The forest, or why there is none. */
  record Result(DesignSolution solution, String failure) {}

  private final DesignNetwork net;
  private final int[] gateways;

  NearestGatewayBaseline(DesignNetwork net) {
    this.net = net;
    int count = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      count += net.gateway[v] ? 1 : 0;
    }
    gateways = new int[count];
    for (int v = 0, i = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        gateways[i++] = v;
      }
    }
  }

  Result route() {
    LaidRoutes routes = new LaidRoutes(net);
    StandaloneRouteSearch search = new StandaloneRouteSearch(net, routes);
    int[] nearest = new int[net.nodeCount];
    double[] nearestKm = new double[net.nodeCount];
    boolean[] satelliteFallback = new boolean[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v]) {
        nearest[v] = nearestGateway(v, nearestKm);
        satelliteFallback[v] = search.satellite(v) != null;
      }
    }
    for (int site : siteOrder(nearestKm, satelliteFallback)) {
      StandaloneRouteSearch.Found found = routeOf(site, nearest[site], search);
      if (found == null) {
        if (net.required[site]) {
          return new Result(null, "required site " + id(site) + " has no route of its own: no gateway it can reach"
              + " within the hop limit with room for its demand, and no satellite link that carries it");
        }
        continue;
      }
      if (!net.required[site] && found.costUsd() >= net.penaltyUsd[site]) {
        continue;
      }
      routes.lay(found.arcs(), net.demandMbps[site]);
    }
    return new Result(ForestState.fromParents(net, routes.parentArcs()).snapshot(), null);
  }

  /** The nearest gateway's route, else the satellite, else the next-nearest gateway's; null: none. */
  private StandaloneRouteSearch.Found routeOf(int site, int nearestGateway, StandaloneRouteSearch search) {
    StandaloneRouteSearch.Found found = search.toGateway(site, nearestGateway);
    if (found == null) {
      found = search.satellite(site);
    }
    if (found == null) {
      for (int g : gatewaysByDistance(site)) {
        if (g != nearestGateway) {
          found = search.toGateway(site, g);
          if (found != null) {
            break;
          }
        }
      }
    }
    return found;
  }

  /** The gateway nearest to v (ties by index); its distance goes into distanceKm[v]. */
  private int nearestGateway(int v, double[] distanceKm) {
    int best = -1;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int g : gateways) {
      double km = kmBetween(v, g);
      if (km < bestKm) {
        best = g;
        bestKm = km;
      }
    }
    distanceKm[v] = bestKm;
    return best;
  }

  private int[] gatewaysByDistance(int v) {
    Integer[] order = new Integer[gateways.length];
    double[] km = new double[net.nodeCount];
    for (int i = 0; i < gateways.length; i++) {
      order[i] = gateways[i];
      km[gateways[i]] = kmBetween(v, gateways[i]);
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(g -> km[g]).thenComparingInt(g -> g));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Required sites first, then optional ones; each those without a satellite fallback first, then
   * nearest to its gateway first, ties by index.
   */
  private int[] siteOrder(double[] nearestKm, boolean[] satelliteFallback) {
    return IntStream.range(0, net.nodeCount)
        .filter(v -> net.site[v])
        .boxed()
        .sorted(Comparator.<Integer>comparingInt(v -> net.required[v] ? 0 : 1)
            .thenComparingInt(v -> satelliteFallback[v] ? 1 : 0)
            .thenComparingDouble(v -> nearestKm[v])
            .thenComparingInt(v -> v))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private double kmBetween(int u, int v) {
    Node a = net.instance().nodes().get(u);
    Node b = net.instance().nodes().get(v);
    return Geodesy.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  private String id(int v) {
    return net.instance().nodes().get(v).id();
  }
}
