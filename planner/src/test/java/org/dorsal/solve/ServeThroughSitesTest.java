package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** A big site whose only way out runs through a site not connected yet (and no satellite carries it). */
class ServeThroughSitesTest {

  private static Instance chain(double trunkMaxMbps) {
    return new Instance("chain", "", new Economics("USD", 10, 0.10), new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 10000, 27), TinyInstances.site("S1", 200, true, 0),
            TinyInstances.site("S2", 400, true, 0)),
        List.of(
            TinyInstances.link("L1", "S1", "G", Technology.MICROWAVE, TinyInstances.option("mw-400", 400, 30000, 3000),
                TinyInstances.option("mw-max", trunkMaxMbps, 45000, 4500)),
            TinyInstances.link("L2", "S2", "S1", Technology.MICROWAVE, TinyInstances.option("mw-1000", 1000, 50000, 5000)),
            new Link("SAT2", "S2", null, Technology.SATELLITE, 0, 0, List.of(new LinkOption("sat-300", 300, 5000, 0, 150, 0)))));
  }

  @Test
  void theSitePassedIsServedTooAndTheTrunkCarriesBoth() {
    DesignNetwork net = DesignNetwork.of(chain(1000));
    PathSearch search = new PathSearch(net);
    ForestState forest = new ForestState(net);
    assertThat(search.searchOrSatellite(forest, 2, 400, true)).isNull();
    assertThat(search.serveThroughSites(forest, 2)).isTrue();
    assertThat(forest.connected(1)).isTrue();
    assertThat(forest.connected(2)).isTrue();
    assertThat(forest.linkFlowMbps).containsExactly(600, 400, 0);
    assertThat(net.optionCapacityMbps[forest.linkOption[0]]).isEqualTo(1000);
    assertThat(forest.gatewayLoadMbps[0]).isEqualTo(600);
    // the construction (largest demand first puts S2 before S1) now finds the plan
    assertThat(new ShortestPathHeuristic(net).solve(Long.MAX_VALUE)).isNotNull();
  }

  @Test
  void aTrunkTooNarrowForBothLeavesTheForestAsItWas() {
    DesignNetwork net = DesignNetwork.of(chain(500));
    PathSearch search = new PathSearch(net);
    ForestState forest = new ForestState(net);
    assertThat(search.serveThroughSites(forest, 2)).isFalse();
    assertThat(forest.connected(1)).isFalse();
    assertThat(forest.connected(2)).isFalse();
    assertThat(forest.costUsd()).isZero();
  }
}
