package org.dorsal.model;

import java.util.List;

/**
 * A candidate or existing link. Satellite links have no far end ({@code toId} is null): they
 * carry traffic from {@code fromId} straight to the internet.
 *
 * @param buildUsdPerKm for buildable fiber, the civil-works cost per km added to every option's
 *     capex (times {@code lengthKm}); zero otherwise
 * @param oneWay traffic may cross the link only from {@code fromId} towards {@code toId} (the
 *     gateway side); only with {@link Routing#SPLIT}
 * @param usageUsdPerMbpsYear paid each year per Mbps the link carries, whichever option equips it
 *     (a traffic-based charge); zero unless {@link Routing#SPLIT}
 */
public record Link(
    String id,
    String fromId,
    String toId,
    Technology technology,
    double lengthKm,
    double buildUsdPerKm,
    List<LinkOption> options,
    boolean oneWay,
    double usageUsdPerMbpsYear) {

  public Link {
    options = List.copyOf(options);
  }

  /** A link usable both ways with no traffic-based charge. */
  public Link(
      String id,
      String fromId,
      String toId,
      Technology technology,
      double lengthKm,
      double buildUsdPerKm,
      List<LinkOption> options) {
    this(id, fromId, toId, technology, lengthKm, buildUsdPerKm, options, false, 0);
  }

  public boolean isSatellite() {
    return technology == Technology.SATELLITE;
  }

  /** Capex of an option including the per-km build cost of the link. */
  public double capexUsd(LinkOption option) {
    return option.capexUsd() + buildUsdPerKm * lengthKm;
  }

  /** The option with this id, or null. */
  public LinkOption option(String optionId) {
    for (LinkOption o : options) {
      if (o.id().equals(optionId)) {
        return o;
      }
    }
    return null;
  }

  public double maxCapacityMbps() {
    double max = 0;
    for (LinkOption o : options) {
      max = Math.max(max, o.capacityMbps());
    }
    return max;
  }
}
