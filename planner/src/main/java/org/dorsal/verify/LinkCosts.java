package org.dorsal.verify;

import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;

/**
 * What equipping a link with an option costs, recomputed from the instance: capex at year 0 plus
 * opex and leases discounted with the annuity factor A.
 */
record LinkCosts(double capexUsd, double opexNpcUsd, double leaseNpcUsd) {

  static LinkCosts of(Link link, LinkOption option, double annuityFactor) {
    double capex = option.capexUsd() + link.buildUsdPerKm() * link.lengthKm();
    double opex = option.opexUsdPerYear() * annuityFactor;
    double leasePerYear =
        option.leaseUsdPerYear() + 12.0 * option.leaseUsdPerMbpsMonth() * option.capacityMbps();
    return new LinkCosts(capex, opex, leasePerYear * annuityFactor);
  }

  double npcUsd() {
    return capexUsd + opexNpcUsd + leaseNpcUsd;
  }
}
