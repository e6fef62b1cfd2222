package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;

/**
 * Where the routes leaving a region end in its relaxation ({@link RegionInstance#relaxed}).
 *
 * <p>Let ρ be the least net present cost per Mbps of capacity of any satellite option and τ the
 * cheapest transit. A route that crosses the border to a node u goes on to a gateway (paying at
 * least τ per Mbps) or to a satellite terminal, and its microwave run goes on beyond u for at
 * least {@link RunEnds#terrestrialHops} hops if the run ends at a gateway or on fiber, or
 * {@link RunEnds#satelliteHops} if it ends at a terminal. Two <em>ladders</em> stand for the
 * world outside: rung 0 of each is an exit gateway (uplink the region's demand) and rung i a
 * junction linked to rung i-1 by a free microwave link. The terrestrial exit charges min(τ, ρ)
 * per Mbps (the route may still end at a terminal after the fiber), the satellite exit ρ. Each
 * link crossing to u becomes one copy to each ladder's rung for u (when within the hop limit), at
 * its full price, since a link is the parent of at most one of its ends; the copy to the satellite
 * ladder carries at most the largest satellite capacity, as all of it ends at one terminal.
 *
 * <p>Terminals are shared across borders, so a region's own satellite links are re-priced too: each
 * option at its cost less ρ on its whole capacity, its traffic then paying ρ per Mbps at the
 * satellite exit. Every Mbps that ends at a terminal then pays ρ once (in the region of its site,
 * at an exit or at the terminal) and the terminal's region pays the rest, so a terminal carrying F
 * of its capacity c costs the relaxations at most its price less ρ(c - F).
 */
final class ExitLadders {
  private static final int TERRESTRIAL = 0;
  private static final int SATELLITE = 1;
  private static final String[] NAMES = {"terrestrial", "satellite"};

  /**
   * What the exits of every region share, computed once for the whole network: the run ends, the
   * exit prices per Mbps-month by ladder (the satellite one NaN without satellite links), ρ as a net
   * present cost per Mbps, the largest satellite capacity, and an id prefix the instance never uses.
   */
  record Terms(RunEnds ends, int hopLimit, double[] priceUsdPerMbpsMonth, double satelliteNpcUsdPerMbps,
      double largestSatelliteMbps, String prefix) {

    static Terms of(DesignNetwork whole) {
      double perMbps = Double.POSITIVE_INFINITY;
      double largest = 0;
      for (int l = 0; l < whole.linkCount; l++) {
        for (int k = whole.optionStart[l]; whole.satellite[l] && k < whole.optionStart[l + 1]; k++) {
          largest = Math.max(largest, whole.optionCapacityMbps[k]);
          if (whole.optionCapacityMbps[k] > 0) {
            perMbps = Math.min(perMbps, whole.optionNpcUsd[k] / whole.optionCapacityMbps[k]);
          }
        }
      }
      double monthsFactor = 12 * new PresentValue(whole.instance().economics()).annuityFactor();
      double transit = whole.cheapestTransitNpcUsdPerMbps();
      double transitMonthly = monthsFactor > 0 ? transit / monthsFactor : 0;
      double[] price = new double[2];
      double satelliteNpc = Double.NaN;
      if (perMbps == Double.POSITIVE_INFINITY) {
        price[SATELLITE] = Double.NaN;
        price[TERRESTRIAL] = transitMonthly;
      } else {
        // a monthly price stands for its present value over the horizon (none: the price is moot)
        double monthly = monthsFactor > 0 ? perMbps / monthsFactor : 0;
        satelliteNpc = monthly * monthsFactor;
        price[SATELLITE] = monthly;
        price[TERRESTRIAL] = Math.min(transitMonthly, monthly);
      }
      return new Terms(RunEnds.of(whole), whole.maxMicrowaveHops, price, satelliteNpc, largest, freePrefix(whole));
    }
  }

  private final DesignNetwork whole;
  private final Terms terms;
  private final double capacityMbps;
  private final int[] rungCount = new int[2];

  /** @param capacityMbps uplink of the exit gateways and capacity of the rungs (the region's demand) */
  ExitLadders(DesignNetwork whole, Terms terms, double capacityMbps) {
    this.whole = whole;
    this.terms = terms;
    this.capacityMbps = capacityMbps;
  }

  /**
   * The copies of a link between a region node and {@code outside}, one per ladder whose rung for
   * {@code outside} is within the hop limit; none when the link is one-way into the region.
   */
  List<Link> crossings(Link link, int outside, boolean outsideIsFrom) {
    List<Link> copies = new ArrayList<>(2);
    if (link.oneWay() && outsideIsFrom) {
      return copies;
    }
    int terrestrial = terms.ends().terrestrialHops()[outside];
    if (terrestrial <= terms.hopLimit()) {
      copies.add(copy(link, outsideIsFrom, TERRESTRIAL, terrestrial, link.options()));
    }
    int satellite = terms.ends().satelliteHops()[outside];
    if (!Double.isNaN(terms.satelliteNpcUsdPerMbps()) && satellite <= terms.hopLimit()) {
      List<LinkOption> capped = new ArrayList<>(link.options().size());
      for (LinkOption o : link.options()) {
        capped.add(new LinkOption(o.id(), Math.min(o.capacityMbps(), terms.largestSatelliteMbps()), o.capexUsd(),
            o.opexUsdPerYear(), o.leaseUsdPerMbpsMonth(), o.leaseUsdPerYear()));
      }
      copies.add(copy(link, outsideIsFrom, SATELLITE, satellite, capped));
    }
    return copies;
  }

  /**
   * A region node's satellite link {@code l} re-priced as above: a link to the satellite exit that
   * ends the microwave run as a terminal does.
   */
  Link satellite(int l) {
    Link link = whole.instance().links().get(l);
    List<LinkOption> options = new ArrayList<>(link.options().size());
    for (int i = 0; i < link.options().size(); i++) {
      int k = whole.optionStart[l] + i;
      double npc = Math.max(0, whole.optionNpcUsd[k] - terms.satelliteNpcUsdPerMbps() * whole.optionCapacityMbps[k]);
      options.add(new LinkOption(link.options().get(i).id(), whole.optionCapacityMbps[k], npc, 0, 0, 0));
    }
    rungCount[SATELLITE] = Math.max(rungCount[SATELLITE], 1);
    return new Link(link.id() + "/" + rungId(SATELLITE, 0), link.fromId(), rungId(SATELLITE, 0), Technology.FIBER_LEASE,
        0, 0, options);
  }

  /** The rungs used so far (none when nothing crossed the border). */
  List<Node> nodes() {
    List<Node> nodes = new ArrayList<>();
    for (int ladder : new int[] {TERRESTRIAL, SATELLITE}) {
      for (int i = 0; i < rungCount[ladder]; i++) {
        NodeKind kind = i == 0 ? NodeKind.GATEWAY : NodeKind.JUNCTION;
        nodes.add(new Node(rungId(ladder, i), kind, "exit (" + NAMES[ladder] + ", " + i + " microwave hops on)", 0, 0,
            0, 0, 0, false, 0, i == 0 ? capacityMbps : 0, i == 0 ? terms.priceUsdPerMbpsMonth()[ladder] : 0));
      }
    }
    return nodes;
  }

  /** The free microwave links from each rung to the one below. */
  List<Link> rungLinks() {
    List<Link> links = new ArrayList<>();
    for (int ladder : new int[] {TERRESTRIAL, SATELLITE}) {
      for (int i = 1; i < rungCount[ladder]; i++) {
        links.add(new Link(rungId(ladder, i) + "/down", rungId(ladder, i), rungId(ladder, i - 1), Technology.MICROWAVE,
            0, 0, List.of(new LinkOption("free", capacityMbps, 0, 0, 0, 0))));
      }
    }
    return links;
  }

  private Link copy(Link link, boolean outsideIsFrom, int ladder, int rung, List<LinkOption> options) {
    rungCount[ladder] = Math.max(rungCount[ladder], rung + 1);
    String id = rungId(ladder, rung);
    String from = outsideIsFrom ? id : link.fromId();
    String to = outsideIsFrom ? link.toId() : id;
    return new Link(link.id() + "/" + id, from, to, link.technology(), link.lengthKm(), link.buildUsdPerKm(), options,
        link.oneWay(), link.usageUsdPerMbpsYear());
  }

  private String rungId(int ladder, int i) {
    return terms.prefix() + NAMES[ladder] + "-" + i;
  }

  /** A prefix no node or link id of the instance starts with. */
  private static String freePrefix(DesignNetwork whole) {
    String prefix = "exit-";
    while (anyStartsWith(whole, prefix)) {
      prefix = "~" + prefix;
    }
    return prefix;
  }

  private static boolean anyStartsWith(DesignNetwork whole, String prefix) {
    for (Node node : whole.instance().nodes()) {
      if (node.id().startsWith(prefix)) {
        return true;
      }
    }
    for (Link link : whole.instance().links()) {
      if (link.id().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
