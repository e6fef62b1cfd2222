package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dorsal.solve.TinyInstances.gateway;
import static org.dorsal.solve.TinyInstances.link;
import static org.dorsal.solve.TinyInstances.option;
import static org.dorsal.solve.TinyInstances.site;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class RegionPartitionTest {

  /**
   * G1 - A - B - C - G2 - D with link capex 10, 10, 50, 10, 10 (k USD): A and B drain to G1 (B's
   * path through A costs 20 against 60 via C), C and D to G2; E has no link and joins a gateway.
   */
  private static DesignNetwork chain() {
    Instance instance = new Instance("chain", "", new Economics("USD", 10, 0.0), new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(gateway("G1", 1000, 1), gateway("G2", 1000, 1), site("A", 10, true, 0), site("B", 10, true, 0),
            site("C", 10, true, 0), site("D", 10, true, 0), site("E", 10, true, 0)),
        List.of(link("L1", "G1", "A", Technology.FIBER_BUILD, option("o", 100, 10_000, 0)),
            link("L2", "A", "B", Technology.FIBER_BUILD, option("o", 100, 10_000, 0)),
            link("L3", "B", "C", Technology.FIBER_BUILD, option("o", 100, 50_000, 0)),
            link("L4", "C", "G2", Technology.FIBER_BUILD, option("o", 100, 10_000, 0)),
            link("L5", "G2", "D", Technology.FIBER_BUILD, option("o", 100, 10_000, 0))));
    return DesignNetwork.of(instance);
  }

  @Test
  void catchmentsFollowTheCheapestPathsAndIsolatedNodesJoinTheNearestGateway() {
    int[] owner = RegionPartition.catchments(chain());
    // node order: G1 0, G2 1, A 2, B 3, C 4, D 5, E 6; every test node stands at the same place,
    // so E joins the first gateway by index
    assertThat(owner).containsExactly(0, 1, 0, 0, 1, 1, 0);
  }

  @Test
  void catchmentsMergeOnlyWithinTheSiteLimit() {
    DesignNetwork net = chain();
    int[] catchment = RegionPartition.catchments(net);
    RegionPartition apart = RegionPartition.merged(net, catchment, 3);
    assertThat(apart.regionCount()).isEqualTo(2);
    assertThat(apart.nodesOf(0)).containsExactly(0, 2, 3, 6);
    assertThat(apart.nodesOf(1)).containsExactly(1, 4, 5);
    RegionPartition together = RegionPartition.merged(net, catchment, 5);
    assertThat(together.regionCount()).isEqualTo(1);
    assertThat(together.nodesOf(0)).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }
}
