package org.dorsal.verify;

import static org.dorsal.verify.PlanView.EXIT_GATEWAY;
import static org.dorsal.verify.PlanView.EXIT_SATELLITE;
import static org.dorsal.verify.PlanView.EXIT_UNSERVED;
import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;

/**
 * Checks each site's route on its own: one per site, required sites served, a walk from the site
 * along links of the plan in their flow direction, a proper exit, the hop counts and the hop
 * limit. How routes combine (tree, flows) is {@link FlowChecker}'s job.
 */
final class RouteChecker {
  private final PlanView view;
  private final Violations out;

  RouteChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  void check() {
    Map<String, Integer> timesListed = new LinkedHashMap<>();
    for (ResultRoute r : view.result().routes()) {
      timesListed.merge(r.siteId(), 1, Integer::sum);
    }
    Set<String> checked = new HashSet<>();
    Map<String, Double> sharesBySite = new LinkedHashMap<>();
    for (ResultRoute r : view.result().routes()) {
      boolean first = checked.add(r.siteId());
      if (!first && !view.split()) {
        continue;
      }
      Node site = view.node(r.siteId());
      if (site == null || !site.isSite()) {
        if (first) {
          out.add("route for " + quote(r.siteId()) + ": not a site of the instance");
        }
        continue;
      }
      int times = timesListed.get(r.siteId());
      if (!view.split() && times > 1) {
        out.add("site " + r.siteId() + ": " + times + " routes listed; list exactly one");
      }
      if (view.split()) {
        checkShare(site, r, times, sharesBySite);
      } else if (!Double.isNaN(r.shareMbps())) {
        out.add("site " + site.id() + ": shareMbps is given, but the instance routes every site on one path;"
            + " remove it (it is for constraints.routing \"split\")");
      }
      checkRoute(site, r);
    }
    for (Map.Entry<String, Double> e : sharesBySite.entrySet()) {
      Node site = view.node(e.getKey());
      out.checkClose("site " + site.id(), "sum of shareMbps", e.getValue(), view.siteDemandMbps(site),
          " (a served site's routes carry its whole demand)");
    }
    for (Node site : view.sites()) {
      if (view.route(site.id()) == null) {
        out.add("site " + site.id() + ": no route listed; every site needs one");
      }
    }
  }

  /** Split routing: a served route carries a positive share; an unserved site has that one route. */
  private void checkShare(Node site, ResultRoute r, int times, Map<String, Double> sharesBySite) {
    String subject = "site " + site.id();
    if (EXIT_UNSERVED.equals(r.exit())) {
      if (times > 1) {
        out.add(subject + ": unserved, but " + times + " routes listed; an unserved site has one route");
      }
      return;
    }
    if (Double.isNaN(r.shareMbps()) || !(r.shareMbps() > 0)) {
      out.add(subject + ": a route of split routing needs shareMbps above 0 (the Mbps it carries), not "
          + (Double.isNaN(r.shareMbps()) ? "none" : num(r.shareMbps())));
      return;
    }
    sharesBySite.merge(site.id(), r.shareMbps(), Double::sum);
  }

  private void checkRoute(Node site, ResultRoute r) {
    String subject = "site " + site.id();
    out.checkClose(
        subject,
        "demandMbps",
        r.demandMbps(),
        view.siteDemandMbps(site),
        view.rollout() ? " (the site's demand in the last year)" : " (the site's demand)");
    if (EXIT_UNSERVED.equals(r.exit())) {
      checkUnserved(subject, site, r);
    } else if (EXIT_GATEWAY.equals(r.exit()) || EXIT_SATELLITE.equals(r.exit())) {
      checkPath(subject, site, r);
    } else {
      out.add(
          subject
              + ": exit is "
              + quote(r.exit())
              + ", expected \"gateway\", \"satellite\" or \"unserved\"");
      return;
    }
    checkHops(subject, r);
  }

  private void checkUnserved(String subject, Node site, ResultRoute r) {
    if (site.required()) {
      out.add(subject + ": required site is unserved; every required site must be served");
    }
    if (!r.nodePath().isEmpty() || !r.linkPath().isEmpty()) {
      out.add(subject + ": unserved, but nodePath or linkPath is not empty");
    }
    if (r.gatewayId() != null) {
      out.add(subject + ": unserved, but gatewayId is " + quote(r.gatewayId()) + ", expected null");
    }
  }

  private void checkPath(String subject, Node site, ResultRoute r) {
    List<String> nodes = r.nodePath();
    List<String> links = r.linkPath();
    boolean toGateway = EXIT_GATEWAY.equals(r.exit());
    if (nodes.isEmpty()) {
      out.add(subject + ": exit " + quote(r.exit()) + " but nodePath is empty");
      return;
    }
    if (!nodes.get(0).equals(site.id())) {
      out.add(subject + ": nodePath starts at " + nodes.get(0) + ", expected the site itself");
    }
    boolean nodesKnown = checkNodes(subject, nodes);
    int expectedLinks = toGateway ? nodes.size() - 1 : nodes.size();
    if (links.size() != expectedLinks) {
      out.add(
          subject
              + ": nodePath has "
              + nodes.size()
              + " nodes and linkPath "
              + links.size()
              + " links; exit "
              + quote(r.exit())
              + " needs "
              + expectedLinks
              + " links");
      return;
    }
    for (int k = 0; k + 1 < nodes.size(); k++) {
      checkStep(subject, k, nodes.get(k), nodes.get(k + 1), links.get(k));
    }
    String last = nodes.get(nodes.size() - 1);
    if (toGateway) {
      Node lastNode = view.node(last);
      if (nodesKnown && !lastNode.isGateway()) {
        out.add(subject + ": exit \"gateway\" but the last node " + last + " is not a gateway");
      }
      if (!last.equals(r.gatewayId())) {
        out.add(
            subject
                + ": gatewayId is "
                + quote(r.gatewayId())
                + ", expected "
                + quote(last)
                + " (the last node of nodePath)");
      }
    } else {
      if (r.gatewayId() != null) {
        out.add(
            subject
                + ": exit \"satellite\" but gatewayId is "
                + quote(r.gatewayId())
                + ", expected null");
      }
      checkSatelliteExit(subject, last, links.get(links.size() - 1));
    }
  }

  /** Every node known, none repeated, no gateway before the last node. True if all known. */
  private boolean checkNodes(String subject, List<String> nodes) {
    boolean allKnown = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      String id = nodes.get(i);
      Node n = view.node(id);
      if (n == null) {
        out.add(subject + ": nodePath[" + i + "] " + quote(id) + " is not a node of the instance");
        allKnown = false;
        continue;
      }
      if (!seen.add(id)) {
        out.add(subject + ": nodePath visits " + id + " more than once");
      }
      if (n.isGateway() && i < nodes.size() - 1) {
        out.add(
            subject
                + ": path passes through gateway "
                + id
                + " at nodePath["
                + i
                + "]; a gateway may only be the last node");
      }
    }
    return allKnown;
  }

  /** Link {@code k} of the path must join {@code a} to {@code b}, be in the plan, flow a to b. */
  private void checkStep(String subject, int k, String a, String b, String linkId) {
    String step = subject + ": linkPath[" + k + "] " + linkId;
    Link link = view.link(linkId);
    if (link == null) {
      out.add(subject + ": linkPath[" + k + "] " + quote(linkId) + " is not a link of the instance");
      return;
    }
    if (link.isSatellite()) {
      out.add(step + " is a satellite link; only the last link of a satellite route may be one");
      return;
    }
    boolean joins =
        (link.fromId().equals(a) && link.toId().equals(b))
            || (link.fromId().equals(b) && link.toId().equals(a));
    if (!joins) {
      out.add(
          step
              + " joins "
              + link.fromId()
              + " and "
              + link.toId()
              + ", not "
              + a
              + " and "
              + b
              + " as nodePath says");
      return;
    }
    if (link.oneWay() && !(link.fromId().equals(a) && link.toId().equals(b))) {
      out.add(step + " is one-way from " + link.fromId() + " to " + link.toId() + ", crossed from " + a + " to " + b);
    }
    ResultLink planned = view.resultLink(linkId);
    if (planned == null) {
      out.add(step + " is not among the plan's links");
      return;
    }
    if (!a.equals(planned.flowFromId()) || !b.equals(planned.flowToId())) {
      out.add(
          step
              + " is crossed from "
              + a
              + " to "
              + b
              + ", against its flow direction "
              + planned.flowFromId()
              + " -> "
              + planned.flowToId());
    }
  }

  private void checkSatelliteExit(String subject, String lastNode, String linkId) {
    Link link = view.link(linkId);
    if (link == null) {
      out.add(subject + ": last link " + quote(linkId) + " is not a link of the instance");
      return;
    }
    if (!link.isSatellite() || !link.fromId().equals(lastNode)) {
      out.add(
          subject
              + ": exit \"satellite\" but the last link "
              + linkId
              + " is not a satellite link at "
              + lastNode
              + " (the last node)");
      return;
    }
    if (view.resultLink(linkId) == null) {
      out.add(subject + ": last link " + linkId + " is not among the plan's links");
    }
  }

  /** hops, microwaveHops, microwaveHopsToFiber recomputed; the hop limit. */
  private void checkHops(String subject, ResultRoute r) {
    out.checkEqual(subject, "hops", r.hops(), r.linkPath().size(), " (links in linkPath)");
    int microwave = 0;
    int run = 0;
    int longestRun = 0;
    for (String id : r.linkPath()) {
      Link link = view.link(id);
      if (link == null) {
        return; // reported by the path checks; counts would be meaningless
      }
      if (link.technology() == Technology.MICROWAVE) {
        microwave++;
        run++;
        longestRun = Math.max(longestRun, run);
      } else {
        run = 0;
      }
    }
    out.checkEqual(subject, "microwaveHops", r.microwaveHops(), microwave, "");
    out.checkEqual(
        subject,
        "microwaveHopsToFiber",
        r.microwaveHopsToFiber(),
        longestRun,
        " (longest run of consecutive microwave links)");
    int limit = view.instance().constraints().maxMicrowaveHops();
    if (longestRun > limit) {
      out.add(
          subject
              + ": "
              + longestRun
              + " consecutive microwave hops, more than maxMicrowaveHops "
              + limit);
    }
  }
}
