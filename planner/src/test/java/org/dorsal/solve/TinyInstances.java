package org.dorsal.solve;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;

/** Small instances built in code, for solver tests that must not depend on the reader. */
final class TinyInstances {
  private TinyInstances() {}

  static Node gateway(String id, double uplinkMbps, double transit) {
    return new Node(id, NodeKind.GATEWAY, id, -13.5, -72, 0, 0, 0, true, 0, uplinkMbps, transit);
  }

  static Node site(String id, double demandMbps, boolean required, double penaltyUsd) {
    return new Node(id, NodeKind.SITE, id, -13.5, -72, 0, demandMbps, 100, required, penaltyUsd, 0, 0);
  }

  static Node relay(String id) {
    return new Node(id, NodeKind.RELAY, id, -13.5, -72, 0, 0, 0, true, 0, 0, 0);
  }

  static LinkOption option(String id, double capacityMbps, double capexUsd, double opexUsdPerYear) {
    return new LinkOption(id, capacityMbps, capexUsd, opexUsdPerYear, 0, 0);
  }

  static Link link(String id, String from, String to, Technology t, LinkOption... options) {
    return new Link(id, from, to, t, 10, 0, List.of(options));
  }

  /** The same network as instances/tiny.json (its optimum is derived in docs/tiny-optimum.md). */
  static Instance tiny() {
    return new Instance("tiny", "", new Economics("USD", 10, 0.10), new Constraints(2, Double.POSITIVE_INFINITY),
        List.of(gateway("G1", 1000, 27), site("S1", 100, true, 0), site("S2", 100, true, 0),
            site("S3", 50, true, 0), site("S4", 20, false, 50000)),
        List.of(
            link("L1", "S1", "G1", Technology.MICROWAVE, option("mw-200", 200, 30000, 3000), option("mw-400", 400, 40000, 4000)),
            link("L2", "S2", "S1", Technology.MICROWAVE, option("mw-200", 200, 30000, 3000)),
            new Link("L3", "S2", "G1", Technology.FIBER_BUILD, 25, 20000, List.of(option("fo-10g", 10000, 5000, 2500))),
            link("L4", "S3", "S2", Technology.MICROWAVE, option("mw-200", 200, 30000, 3000)),
            new Link("L5", "S3", null, Technology.SATELLITE, 0, 0, List.of(new LinkOption("sat-50", 50, 5000, 0, 300, 0))),
            link("L6", "S3", "G1", Technology.MICROWAVE, option("mw-long-200", 200, 81000, 8100)),
            link("L7", "S4", "S3", Technology.MICROWAVE, option("mw-200", 200, 40000, 4000))));
  }
}
