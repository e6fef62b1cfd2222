package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dorsal.solve.TinyInstances.gateway;
import static org.dorsal.solve.TinyInstances.link;
import static org.dorsal.solve.TinyInstances.option;
import static org.dorsal.solve.TinyInstances.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class SavingsConstructionTest {
  private static final long NO_DEADLINE = Long.MAX_VALUE;

  /**
   * A capacitated minimum spanning tree (unit demands, Q = 2) as an instance: root R, sites S1-S5,
   * one link per pair whose single option has capacity Q and the pair's cost as capex (1 year at
   * rate 0, so net present cost = capex). The optimum, 10, is {S2}, {S3, S4}, {S5, S1}: R-S2 1,
   * R-S3 2 + S3-S4 2, R-S5 3 + S5-S1 2. Built nearest-first, S5 fills the branch of S2 and S1
   * that of S3, so S4 pays its own link of 9 (18 in all); moving one subtree at a time cannot
   * undo that.
   */
  static Instance cmstQ2() {
    String[] names = {"R", "S1", "S2", "S3", "S4", "S5"};
    int[][] cost = {
        {0, 9, 1, 2, 9, 3},
        {9, 0, 8, 5, 9, 2},
        {1, 8, 0, 6, 7, 1},
        {2, 5, 6, 0, 2, 1},
        {9, 9, 7, 2, 0, 9},
        {3, 2, 1, 1, 9, 0}};
    List<Node> nodes = new ArrayList<>();
    nodes.add(gateway("R", 1000, 0));
    for (int i = 1; i < names.length; i++) {
      nodes.add(site(names[i], 1, true, 0));
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      for (int j = i + 1; j < names.length; j++) {
        links.add(new Link(names[j] + "-" + names[i], names[j], names[i], Technology.FIBER_BUILD, 0, 0,
            List.of(new LinkOption("q2", 2, cost[i][j], 0, 0, 0))));
      }
    }
    return new Instance("cmst-q2", "", new Economics("USD", 1, 0), new Constraints(1, Double.POSITIVE_INFINITY),
        nodes, links);
  }

  @Test
  void reachesTheCapacitatedTreeOptimumThatTheShortestPathConstructionMisses() {
    Instance instance = cmstQ2();
    assertThat(new BruteForcePlanner(instance).solve()).isEqualTo(10.0);
    DesignNetwork net = DesignNetwork.of(instance);
    ShortestPathHeuristic heuristic = new ShortestPathHeuristic(net);
    List<int[]> orders = heuristic.orders();

    // the shortest-path construction alone (past its deadline: no local search) misses it; with
    // the local search's cyclic exchanges it gets there too
    assertThat(heuristic.shortestPathStarts(orders, System.nanoTime() - 1).objectiveUsd()).isGreaterThan(10.0);
    assertThat(heuristic.shortestPathStarts(orders, NO_DEADLINE).objectiveUsd()).isCloseTo(10.0, Offset.offset(1e-9));
    ForestState savings = new SavingsConstruction(net).build(orders.get(0), true, NO_DEADLINE);
    assertThat(savings.costUsd()).isCloseTo(10.0, Offset.offset(1e-9));
    assertThat(heuristic.solve(NO_DEADLINE).objectiveUsd()).isCloseTo(10.0, Offset.offset(1e-9));
    assertConsistent(net, savings);
  }

  /** G - A - B by microwave, B also straight to G; A-G can be upgraded from 1 to 2 Mbps. */
  static Instance chain(int maxMicrowaveHops, boolean upgradable) {
    LinkOption small = option("mw-1", 1, 10, 0);
    Link ag = upgradable
        ? link("A-G", "A", "G", Technology.MICROWAVE, small, option("mw-2", 2, 12, 0))
        : link("A-G", "A", "G", Technology.MICROWAVE, small);
    return new Instance("chain", "", new Economics("USD", 1, 0), new Constraints(maxMicrowaveHops, Double.POSITIVE_INFINITY),
        List.of(gateway("G", 1000, 0), site("A", 1, true, 0), site("B", 1, true, 0)),
        List.of(ag, link("B-G", "B", "G", Technology.MICROWAVE, option("mw-1", 1, 10, 0)),
            link("B-A", "B", "A", Technology.MICROWAVE, option("mw-1", 1, 1, 0))));
  }

  @Test
  void hangsBOnAOnlyWhenTheHopLimitAndTheModulesAllowIt() {
    int a = 1;
    int b = 2;
    DesignNetwork merged = DesignNetwork.of(chain(2, true));
    ForestState forest = new SavingsConstruction(merged).build(new int[] {a, b}, true, NO_DEADLINE);
    assertThat(merged.arcHead[forest.parentArc[b]]).isEqualTo(a);
    assertThat(forest.costUsd()).isCloseTo(13.0, Offset.offset(1e-9));
    assertConsistent(merged, forest);

    DesignNetwork hopLimited = DesignNetwork.of(chain(1, true));
    forest = new SavingsConstruction(hopLimited).build(new int[] {a, b}, true, NO_DEADLINE);
    assertThat(hopLimited.arcHead[forest.parentArc[b]]).isZero();
    assertThat(forest.costUsd()).isCloseTo(20.0, Offset.offset(1e-9));
    assertConsistent(hopLimited, forest);

    DesignNetwork capacityLimited = DesignNetwork.of(chain(2, false));
    forest = new SavingsConstruction(capacityLimited).build(new int[] {a, b}, true, NO_DEADLINE);
    assertThat(capacityLimited.arcHead[forest.parentArc[b]]).isZero();
    assertConsistent(capacityLimited, forest);
  }

  @Test
  void feasibleAndNeverBelowTheOptimumOnRandomInstances() {
    int built = 0;
    for (int seed = 1; seed <= 150; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      int[] order = new ShortestPathHeuristic(net).orders().get(0);
      for (boolean satelliteAllowed : new boolean[] {true, false}) {
        ForestState forest = new SavingsConstruction(net).build(order, satelliteAllowed, NO_DEADLINE);
        if (forest == null) {
          continue;
        }
        built++;
        assertConsistent(net, forest);
        assertThat(forest.costUsd()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum - 1e-6);
      }
    }
    assertThat(built).isGreaterThan(150);
  }

  @Test
  void sameInputSameForest() {
    Instance instance = randomCapacitatedTree(new Random(7), 30);
    DesignNetwork net = DesignNetwork.of(instance);
    int[] order = new ShortestPathHeuristic(net).orders().get(0);
    ForestState first = new SavingsConstruction(net).build(order, true, NO_DEADLINE);
    ForestState second = new SavingsConstruction(DesignNetwork.of(instance)).build(order, true, NO_DEADLINE);
    assertThat(second.parentArc).containsExactly(first.parentArc);
    assertThat(second.linkOption).containsExactly(first.linkOption);
    assertConsistent(net, first);
  }

  /** Two gateways, sites with demands 1-4, every pair a link with a 5 and a 10 Mbps option. */
  static Instance randomCapacitatedTree(Random rnd, int sites) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(gateway("G0", 1000, 0));
    nodes.add(gateway("G1", 1000, 0));
    for (int s = 0; s < sites; s++) {
      nodes.add(site("S" + s, 1 + rnd.nextInt(4), true, 0));
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = Math.max(i + 1, 2); j < nodes.size(); j++) {
        int cost = 1 + rnd.nextInt(100);
        links.add(new Link("L" + i + "-" + j, nodes.get(j).id(), nodes.get(i).id(), Technology.FIBER_BUILD, 0, 0,
            List.of(new LinkOption("c5", 5, cost, 0, 0, 0), new LinkOption("c10", 10, 1.5 * cost, 0, 0, 0))));
      }
    }
    return new Instance("random-cmst", "", new Economics("USD", 1, 0), new Constraints(1, Double.POSITIVE_INFINITY),
        nodes, links);
  }

  /**
   * The forest's bookkeeping matches a rebuild from its parent arcs, every required site is
   * served, every module carries its flow, every gateway its load, and no site's route has a
   * microwave run longer than the limit.
   */
  static void assertConsistent(DesignNetwork net, ForestState forest) {
    ForestState rebuilt = ForestState.fromParents(net, forest.parentArc);
    assertThat(forest.costUsd()).isCloseTo(rebuilt.costUsd(), Offset.offset(1e-6 * Math.max(1, rebuilt.costUsd())));
    for (int l = 0; l < net.linkCount; l++) {
      assertThat(forest.linkFlowMbps[l]).isCloseTo(rebuilt.linkFlowMbps[l], Offset.offset(1e-6));
      if (forest.linkOption[l] >= 0) {
        assertThat(net.optionCapacityMbps[forest.linkOption[l]]).isGreaterThanOrEqualTo(forest.linkFlowMbps[l] - 1e-9);
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.required[v]) {
        assertThat(forest.parentArc[v]).as("required site %d served", v).isNotNegative();
      }
      if (net.gateway[v]) {
        assertThat(forest.gatewayLoadMbps[v]).isLessThanOrEqualTo(net.uplinkMbps[v] + 1e-9);
      }
      if (net.site[v] && forest.parentArc[v] >= 0) {
        int run = 0;
        for (int x = v; x != net.root() && !net.gateway[x]; x = net.arcHead[forest.parentArc[x]]) {
          run = net.microwave[net.arcLink[forest.parentArc[x]]] ? run + 1 : 0;
          assertThat(run).as("microwave run above site %d", v).isLessThanOrEqualTo(net.maxMicrowaveHops);
        }
      }
    }
  }
}
