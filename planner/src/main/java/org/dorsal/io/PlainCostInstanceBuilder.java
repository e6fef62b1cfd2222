package org.dorsal.io;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Routing;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;

/**
 * Builds instances whose net present cost is a plain sum of link costs, for problems from outside
 * Dorsal (benchmarks): a horizon of 1 year at discount rate 0, so the annuity factor is 1 and an
 * option's net present cost is its capex plus its yearly opex, each counted once. Every link is a
 * {@code fiber-build} link of length 0 (no per-km cost) with a single option; gateways charge no
 * transit; there are no microwave links, so the hop limit never binds. Node names are their ids;
 * {@code required} is false on gateways and junctions, as the instance reader sets it.
 */
final class PlainCostInstanceBuilder {
  /** The option id of every link. */
  static final String OPTION_ID = "module";
  /** The hop limit written into the instances (the format's default; no microwave link exists). */
  static final int MAX_MICROWAVE_HOPS = 4;

  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  void gateway(String id, double uplinkCapacityMbps, double lat, double lon) {
    nodes.add(new Node(id, NodeKind.GATEWAY, id, lat, lon, 0, 0, 0, false, 0, uplinkCapacityMbps, 0));
  }

  void requiredSite(String id, double demandMbps, double lat, double lon) {
    nodes.add(new Node(id, NodeKind.SITE, id, lat, lon, 0, demandMbps, 0, true, 0, 0, 0));
  }

  void optionalSite(String id, double demandMbps, double unservedPenaltyUsd, double lat, double lon) {
    nodes.add(new Node(id, NodeKind.SITE, id, lat, lon, 0, demandMbps, 0, false, unservedPenaltyUsd, 0, 0));
  }

  void junction(String id, double lat, double lon) {
    nodes.add(new Node(id, NodeKind.JUNCTION, id, lat, lon, 0, 0, 0, false, 0, 0, 0));
  }

  /** A link with one option: capacity, capex (paid once) and opex (paid once over the 1-year horizon). */
  void link(String id, String fromId, String toId, double capacityMbps, double capexUsd, double opexUsdPerYear) {
    links.add(new Link(id, fromId, toId, Technology.FIBER_BUILD, 0, 0,
        List.of(new LinkOption(OPTION_ID, capacityMbps, capexUsd, opexUsdPerYear, 0, 0))));
  }

  /**
   * A one-way link (traffic only from {@code fromId} to {@code toId}) with one option: capacity,
   * capex, and a charge per Mbps carried (paid once over the 1-year horizon). Needs {@link
   * #buildSplit}.
   */
  void oneWayLink(String id, String fromId, String toId, double capacityMbps, double capexUsd,
      double usageUsdPerMbpsYear) {
    links.add(new Link(id, fromId, toId, Technology.FIBER_BUILD, 0, 0,
        List.of(new LinkOption(OPTION_ID, capacityMbps, capexUsd, 0, 0, 0)), true, usageUsdPerMbpsYear));
  }

  /** The instance with split routing and no budget. */
  Instance buildSplit(String name, String description) {
    return new Instance(name, description, new Economics("USD", 1, 0.0),
        new Constraints(MAX_MICROWAVE_HOPS, Double.POSITIVE_INFINITY, Routing.SPLIT), nodes, links);
  }

  /** The instance; {@code capexBudgetUsd} is {@code Double.POSITIVE_INFINITY} for no budget. */
  Instance build(String name, String description, double capexBudgetUsd) {
    return new Instance(name, description, new Economics("USD", 1, 0.0),
        new Constraints(MAX_MICROWAVE_HOPS, capexBudgetUsd), nodes, links);
  }
}
