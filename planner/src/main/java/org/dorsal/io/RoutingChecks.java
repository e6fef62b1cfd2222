package org.dorsal.io;

import java.util.List;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Constraints;
import org.dorsal.model.Link;
import org.dorsal.model.Technology;

/**
 * Checks that the instance's parts fit its routing: one-way links and traffic charges need split
 * routing, and split routing has no microwave hop limit, roll-out, coverage objective or candidate
 * generation, or risk sampling (its solver plans a fixed-charge network flow, nothing else; the risk
 * re-pricing follows single routes).
 */
final class RoutingChecks {
  private static final String SPLIT = "constraints.routing \"split\"";

  private final ValidationErrors errors;

  RoutingChecks(ValidationErrors errors) {
    this.errors = errors;
  }

  /**
   * @param constraintsObject the constraints as written, or null when absent
   * @param sections the top-level object (for rollout, coverage and candidateRules)
   */
  void check(Constraints constraints, ObjectValue constraintsObject, ObjectValue sections, List<ReadLink> links) {
    if (constraints == null || constraints.routing() == null) {
      return; // an unknown routing is reported already
    }
    if (!constraints.splitRouting()) {
      for (ReadLink read : links) {
        Link l = read.link();
        if (l.oneWay()) {
          errors.add(read.source().get("oneWay").at(), "link '" + l.id() + "' is one-way, which needs " + SPLIT
              + "; remove 'oneWay' or set the routing to split");
        }
        if (l.usageUsdPerMbpsYear() > 0) {
          errors.add(read.source().get("usageUsdPerMbpsYear").at(), "link '" + l.id()
              + "' charges per Mbps carried, which needs " + SPLIT + "; remove 'usageUsdPerMbpsYear' or set the"
              + " routing to split");
        }
      }
      return;
    }
    SourceLocation routingAt = constraintsObject.get("routing").at();
    for (String section : List.of("rollout", "coverage", "candidateRules", "uncertainty")) {
      LocatedValue value = sections.get(section);
      if (value != null) {
        errors.add(value.at(), SPLIT + " plans one network flow at the lowest cost; it takes no '" + section
            + "' section: remove it, or use single-path routing");
      }
    }
    for (ReadLink read : links) {
      Link l = read.link();
      if (l.technology() == Technology.MICROWAVE) {
        errors.add(read.source().get("technology").at(), "link '" + l.id() + "' is microwave, and " + SPLIT
            + " (set at " + routingAt.pointer() + ") does not enforce the microwave hop limit; use single-path"
            + " routing for networks with microwave hops");
      }
    }
  }
}
