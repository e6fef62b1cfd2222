package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;

/**
 * Applies {@link Multipliers} to an instance whose links are all given (after candidate
 * generation): a new instance, the input untouched.
 */
public final class InstanceScaling {
  private InstanceScaling() {}

  public static Instance apply(Instance instance, Multipliers m) {
    if (instance.needsCandidates()) {
      throw new IllegalArgumentException("generate the candidate links before scaling the instance");
    }
    if (m.equals(Multipliers.NONE)) {
      return instance;
    }
    List<Node> nodes = new ArrayList<>(instance.nodes().size());
    for (Node n : instance.nodes()) {
      nodes.add(scale(n, m));
    }
    List<Link> links = new ArrayList<>(instance.links().size());
    for (Link l : instance.links()) {
      links.add(scale(l, m));
    }
    return instance.withNodesAndLinks(nodes, links);
  }

  private static Node scale(Node n, Multipliers m) {
    if (m.demand() == 1.0 && m.transitPrice() == 1.0) {
      return n;
    }
    return new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(),
        n.demandMbps() * m.demand(), n.population(), n.required(), n.unservedPenaltyUsd(),
        n.uplinkCapacityMbps(), n.transitUsdPerMbpsMonth() * m.transitPrice());
  }

  private static Link scale(Link l, Multipliers m) {
    double capex = capexFactor(l.technology(), m);
    double lease = l.technology() == Technology.FIBER_LEASE ? m.leasePrice()
        : l.technology() == Technology.SATELLITE ? m.satellitePrice() : 1.0;
    double opex = m.opex() * (l.technology() == Technology.SATELLITE ? m.satellitePrice() : 1.0);
    if (capex == 1.0 && lease == 1.0 && opex == 1.0) {
      return l;
    }
    List<LinkOption> options = new ArrayList<>(l.options().size());
    for (LinkOption o : l.options()) {
      options.add(new LinkOption(o.id(), o.capacityMbps(), o.capexUsd() * capex, o.opexUsdPerYear() * opex,
          o.leaseUsdPerMbpsMonth() * lease, o.leaseUsdPerYear() * lease));
    }
    return new Link(l.id(), l.fromId(), l.toId(), l.technology(), l.lengthKm(), l.buildUsdPerKm() * capex, options,
        l.oneWay(), l.usageUsdPerMbpsYear() * opex);
  }

  private static double capexFactor(Technology t, Multipliers m) {
    return switch (t) {
      case FIBER_BUILD -> m.fiberBuildCapex();
      case MICROWAVE -> m.microwaveCapex();
      case SATELLITE -> m.satellitePrice();
      default -> 1.0;
    };
  }
}
