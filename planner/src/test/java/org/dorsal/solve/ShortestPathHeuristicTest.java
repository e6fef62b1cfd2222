package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** The construction's time boxes: a short one may cost quality, never the plan itself. */
class ShortestPathHeuristicTest {

  /**
   * Small site A is nearest to the backbone and cheapest through gateway G2, whose uplink just
   * carries big site B, which has no other way out: the nearest-first construction sends A to G2
   * and then cannot serve B; the largest-demand-first one serves B first and sends A to G1.
   */
  private static Instance contested() {
    return new Instance("contested", "", new Economics("USD", 10, 0.10), new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G1", 100, 27), TinyInstances.gateway("G2", 1000, 27),
            TinyInstances.site("A", 20, true, 0), TinyInstances.site("B", 1000, true, 0)),
        List.of(
            TinyInstances.link("A1", "A", "G1", Technology.MICROWAVE, TinyInstances.option("mw-200", 200, 30000, 3000)),
            TinyInstances.link("A2", "A", "G2", Technology.MICROWAVE, TinyInstances.option("mw-200", 200, 10000, 1000)),
            TinyInstances.link("B2", "B", "G2", Technology.FIBER_BUILD,
                TinyInstances.option("fo-1g", 1000, 50000, 500))));
  }

  @Test
  void theNearestFirstConstructionFailsHere() {
    ShortestPathHeuristic heuristic = new ShortestPathHeuristic(DesignNetwork.of(contested()));
    List<int[]> orders = heuristic.orders();
    assertThat(heuristic.shortestPathStarts(List.of(orders.get(0)), Long.MAX_VALUE)).isNull();
  }

  @Test
  void aDeadlineAlreadyPastStillYieldsThePlanALaterStartFinds() {
    DesignNetwork net = DesignNetwork.of(contested());
    DesignSolution plan = new ShortestPathHeuristic(net).solve(System.nanoTime() - 1);
    assertThat(plan).isNotNull();
    DesignSolution unlimited = new ShortestPathHeuristic(net).solve(Long.MAX_VALUE);
    assertThat(plan.objectiveUsd()).isEqualTo(unlimited.objectiveUsd());
  }

  @Test
  void theFirstPlanIsImprovedUntilTheHardDeadline() throws Exception {
    // on cusco-puno the first start, unimproved, is dearer than improved, and all starts do better still
    DesignNetwork net = DesignNetwork.of(new InstanceReader().read(Path.of("instances/cusco-puno.json")));
    double unimproved = new ShortestPathHeuristic(net).solve(System.nanoTime() - 1).objectiveUsd();
    double improved = new ShortestPathHeuristic(net).solve(System.nanoTime() - 1, Long.MAX_VALUE).objectiveUsd();
    double allStarts = new ShortestPathHeuristic(net).solve(Long.MAX_VALUE).objectiveUsd();
    assertThat(improved).isLessThan(unimproved);
    assertThat(allStarts).isLessThan(improved);
  }

  /**
   * Key-path exchange: B hangs from A, A from G by a dear link (10,000 + 1,000 for B's link). Moving
   * A alone (with B below it) or B alone costs more; hanging the pair from B, re-rooted (A below
   * B), by B's cheap link to G costs 3,000 + 1,000. Fiber links, no transit, no opex: NPC = capex.
   */
  @Test
  void aSubtreeIsReHungFromTheNodeThatConnectsItCheapest() {
    Instance instance = new Instance("rehang", "", new Economics("USD", 10, 0.10),
        new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("A", 10, true, 0),
            TinyInstances.site("B", 10, true, 0)),
        List.of(
            TinyInstances.link("AG", "A", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 100, 10000, 0)),
            TinyInstances.link("BA", "B", "A", Technology.FIBER_BUILD, TinyInstances.option("f", 100, 1000, 0)),
            TinyInstances.link("BG", "B", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 100, 3000, 0))));
    DesignNetwork net = DesignNetwork.of(instance);
    int[] parent = {-1, net.arcOf(1, 0), net.arcOf(2, 1)};
    ForestState forest = ForestState.fromParents(net, parent);
    assertThat(forest.costUsd()).isEqualTo(11000);

    new ShortestPathHeuristic(net).improve(forest, Long.MAX_VALUE);

    assertThat(forest.costUsd()).isEqualTo(4000);
    assertThat(net.arcLink[forest.parentArc[2]]).isEqualTo(2);
    assertThat(net.arcLink[forest.parentArc[1]]).isEqualTo(1);
    assertThat(net.arcHead[forest.parentArc[1]]).isEqualTo(2);
  }

  /**
   * Exchange between full branches: every link carries at most 2 Mbps and every site needs 1.
   * G-A-B and G-C-D cost 1 + 5 + 1 + 5 = 12; B's cheap link goes to C and D's to A, but both
   * branches are full, so no single re-route or re-hang helps. Swapping B and D (B under C, D under
   * A) costs 1 + 1 + 1 + 1 = 4, the optimum. (Here the cyclic exchange finds it too, as a cycle of
   * two; the next test leaves the swap alone.)
   */
  @Test
  void twoNodesTradePlacesBetweenFullBranches() {
    Instance instance = new Instance("swap", "", new Economics("USD", 10, 0.10),
        new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("A", 1, true, 0),
            TinyInstances.site("B", 1, true, 0), TinyInstances.site("C", 1, true, 0),
            TinyInstances.site("D", 1, true, 0)),
        List.of(
            TinyInstances.link("AG", "A", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("CG", "C", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("AB", "A", "B", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 5, 0)),
            TinyInstances.link("CD", "C", "D", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 5, 0)),
            TinyInstances.link("AD", "A", "D", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("BC", "B", "C", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0))));
    DesignNetwork net = DesignNetwork.of(instance);
    int[] parent = {-1, net.arcOf(1, 0), net.arcOf(2, 2), net.arcOf(3, 1), net.arcOf(4, 3)};
    ForestState forest = ForestState.fromParents(net, parent);
    assertThat(forest.costUsd()).isEqualTo(12);

    new ShortestPathHeuristic(net).improve(forest, Long.MAX_VALUE);

    assertThat(forest.costUsd()).isEqualTo(4);
    assertThat(net.arcHead[forest.parentArc[2]]).isEqualTo(3);
    assertThat(net.arcHead[forest.parentArc[4]]).isEqualTo(1);
  }

  /**
   * The same two full branches beside three half-empty ones (E, F, H alone on G, linked to nothing
   * else): two of five branches full, so the cyclic exchange does not run, and only the pairwise
   * swap of B and D lowers the cost, 12 + 3 = 15 -> 4 + 3 = 7.
   */
  @Test
  void twoNodesTradePlacesWhereFewBranchesAreFull() {
    Instance instance = new Instance("swap", "", new Economics("USD", 10, 0.10),
        new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("A", 1, true, 0),
            TinyInstances.site("B", 1, true, 0), TinyInstances.site("C", 1, true, 0),
            TinyInstances.site("D", 1, true, 0), TinyInstances.site("E", 1, true, 0),
            TinyInstances.site("F", 1, true, 0), TinyInstances.site("H", 1, true, 0)),
        List.of(
            TinyInstances.link("AG", "A", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("CG", "C", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("AB", "A", "B", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 5, 0)),
            TinyInstances.link("CD", "C", "D", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 5, 0)),
            TinyInstances.link("AD", "A", "D", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("BC", "B", "C", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("EG", "E", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("FG", "F", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0)),
            TinyInstances.link("HG", "H", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 2, 1, 0))));
    DesignNetwork net = DesignNetwork.of(instance);
    int[] parent = {-1, net.arcOf(1, 0), net.arcOf(2, 2), net.arcOf(3, 1), net.arcOf(4, 3), net.arcOf(5, 6),
        net.arcOf(6, 7), net.arcOf(7, 8)};
    ForestState forest = ForestState.fromParents(net, parent);
    assertThat(forest.costUsd()).isEqualTo(15);
    assertThat(new CyclicExchange(net).improve(forest)).isFalse();

    new ShortestPathHeuristic(net).improve(forest, Long.MAX_VALUE);

    assertThat(forest.costUsd()).isEqualTo(7);
    assertThat(net.arcHead[forest.parentArc[2]]).isEqualTo(3);
    assertThat(net.arcHead[forest.parentArc[4]]).isEqualTo(1);
  }
}
