package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dorsal.model.Node;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.ResultRoute;

/**
 * Checks the gateway table: every loaded gateway listed once, load, uplink capacity and its
 * limit, utilisation, sites served and transit cost.
 */
final class GatewayChecker {
  private final PlanView view;
  private final Violations out;

  GatewayChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  /**
   * Load in Mbps (the last year's for a roll-out) and number of sites leaving through a gateway.
   *
   * @param discountedMbps the load weighted by when it is paid for: load x A, or for a roll-out
   *     the sum over the years of that year's load x (1+r)^-t
   */
  record Usage(double loadMbps, int sites, double discountedMbps) {}

  /** Recomputed from the routes of the instance's sites that exit at a gateway. */
  static Map<String, Usage> usageByGateway(PlanView view) {
    Map<String, Usage> usage = new LinkedHashMap<>();
    Map<String, Set<String>> sitesByGateway = new HashMap<>();
    for (PlanView.CarriedRoute c : view.servedPaths()) {
      ResultRoute r = c.route();
      if (PlanView.EXIT_GATEWAY.equals(r.exit()) && r.gatewayId() != null) {
        Node site = c.site();
        double load = Double.isNaN(c.mbps()) ? 0 : c.mbps();
        double discounted = load * view.annuityFactor();
        if (view.rollout()) {
          discounted = 0;
          double[] byYear = view.siteDemandsMbps(site);
          for (int t = 1; t <= byYear.length; t++) {
            discounted += byYear[t - 1] * view.yearEndFactor(t);
          }
        }
        int newSite = sitesByGateway.computeIfAbsent(r.gatewayId(), g -> new HashSet<>()).add(site.id()) ? 1 : 0;
        Usage u = usage.getOrDefault(r.gatewayId(), new Usage(0, 0, 0));
        usage.put(r.gatewayId(),
            new Usage(u.loadMbps() + load, u.sites() + newSite, u.discountedMbps() + discounted));
      }
    }
    return usage;
  }

  /** 12 x transitUsdPerMbpsMonth x the discounted load. */
  static double transitNpcUsd(Node gateway, Usage usage) {
    return 12.0 * gateway.transitUsdPerMbpsMonth() * usage.discountedMbps();
  }

  void check() {
    Map<String, Usage> usage = usageByGateway(view);
    Set<String> listed = new HashSet<>();
    for (GatewayLoad g : view.result().gateways()) {
      if (!listed.add(g.gatewayId())) {
        out.add("gateway " + g.gatewayId() + ": listed more than once; list each gateway once");
        continue;
      }
      Node gateway = view.node(g.gatewayId());
      if (gateway == null || !gateway.isGateway()) {
        out.add("gateway " + quote(g.gatewayId()) + ": not a gateway of the instance");
        continue;
      }
      checkListed(gateway, g, usage.getOrDefault(gateway.id(), new Usage(0, 0, 0)));
    }
    for (Node gateway : view.gateways()) {
      Usage u = usage.getOrDefault(gateway.id(), new Usage(0, 0, 0));
      if (!Tolerance.atMost(u.loadMbps(), gateway.uplinkCapacityMbps())) {
        out.add(
            "gateway "
                + gateway.id()
                + ": load "
                + num(u.loadMbps())
                + " Mbps exceeds its uplink capacity "
                + num(gateway.uplinkCapacityMbps())
                + " Mbps");
      }
      if (u.loadMbps() > 0 && !listed.contains(gateway.id())) {
        out.add(
            "gateway "
                + gateway.id()
                + ": carries "
                + num(u.loadMbps())
                + " Mbps but is missing from gateways");
      }
    }
  }

  private void checkListed(Node gateway, GatewayLoad g, Usage u) {
    String subject = "gateway " + gateway.id();
    out.checkClose(
        subject,
        "loadMbps",
        g.loadMbps(),
        u.loadMbps(),
        " (sum of the demands of the routes exiting there)");
    out.checkClose(
        subject, "uplinkCapacityMbps", g.uplinkCapacityMbps(), gateway.uplinkCapacityMbps(), "");
    out.checkClose(
        subject,
        "utilisation",
        g.utilisation(),
        u.loadMbps() / gateway.uplinkCapacityMbps(),
        " (load / uplink capacity)");
    out.checkEqual(subject, "sitesServed", g.sitesServed(), u.sites(), "");
    out.checkClose(
        subject,
        "transitNpcUsd",
        g.transitNpcUsd(),
        transitNpcUsd(gateway, u),
        view.rollout()
            ? " (12 x transitUsdPerMbpsMonth x the sum over years t of that year's load x (1+r)^-t)"
            : " (12 x transitUsdPerMbpsMonth x loadMbps x A = " + num(view.annuityFactor()) + ")");
  }
}
