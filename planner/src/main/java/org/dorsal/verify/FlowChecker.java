package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;

/**
 * Checks how the routes combine: every node has one next hop (the plan is a forest), each link's
 * flow is the sum of the demands crossing it and fits its capacity, utilisation is right, and no
 * listed link is idle.
 */
final class FlowChecker {
  private final PlanView view;
  private final Violations out;

  FlowChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  void check() {
    if (!view.split()) {
      checkOneNextHop();
    }
    Map<String, Double> flows = view.linkFlowsMbps();
    for (ResultLink link : view.distinctResultLinks()) {
      if (view.link(link.linkId()) != null) {
        checkFlow(link, flows.getOrDefault(link.linkId(), 0.0));
      }
    }
  }

  /** For every node, the routes passing it must all leave by the same link. */
  private void checkOneNextHop() {
    Map<String, Set<String>> nextLinks = new HashMap<>();
    for (ResultRoute r : view.servedRoutes().values()) {
      int steps = Math.min(r.nodePath().size(), r.linkPath().size());
      for (int k = 0; k < steps; k++) {
        nextLinks
            .computeIfAbsent(r.nodePath().get(k), id -> new LinkedHashSet<>())
            .add(r.linkPath().get(k));
      }
    }
    for (Node node : view.instance().nodes()) {
      Set<String> links = nextLinks.getOrDefault(node.id(), Set.of());
      if (links.size() > 1) {
        out.add(
            "node "
                + node.id()
                + ": routes leave it by "
                + links.size()
                + " different links ("
                + String.join(", ", links)
                + "); in a tree every node has one next hop");
      }
    }
  }

  private void checkFlow(ResultLink link, double flowMbps) {
    String subject = "link " + link.linkId();
    out.checkClose(
        subject,
        "flowMbps",
        link.flowMbps(),
        flowMbps,
        view.split() ? " (sum of the shareMbps of the routes crossing it)"
            : " (sum of the demands of the routes crossing it)");
    if (flowMbps <= 0) {
      out.add(subject + ": carries no traffic; remove links that no route uses");
      return;
    }
    LinkOption option = view.option(link);
    double capacityMbps = option == null ? link.capacityMbps() : option.capacityMbps();
    if (!Tolerance.atMost(flowMbps, capacityMbps)) {
      out.add(
          subject
              + ": carries "
              + num(flowMbps)
              + " Mbps, more than its capacity "
              + num(capacityMbps)
              + " Mbps");
    }
    if (capacityMbps > 0) {
      out.checkClose(
          subject,
          "utilisation",
          link.utilisation(),
          flowMbps / capacityMbps,
          " (flow / capacity)");
    }
  }
}
