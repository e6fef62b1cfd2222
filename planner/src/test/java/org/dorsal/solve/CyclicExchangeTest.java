package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class CyclicExchangeTest {

  /**
   * Three full branches (capacity 2: a top and one more site each). Each X_i hangs from T_i (5)
   * while X_i -> T_(i+1) costs 1 and X_(i+1) -> T_i costs 9: no single site can move (every branch
   * is full) and every pairwise swap costs the same as before (1 + 9 = 5 + 5), so only the rotation
   * of all three reaches the optimum, 45 -> 33.
   */
  @Test
  void threeSitesRotateBetweenFullBranches() {
    DesignNetwork net = DesignNetwork.of(rotation());
    ForestState forest = ForestState.fromParents(net, startingForest(net));
    assertThat(forest.costUsd()).isEqualTo(45);

    assertThat(new CyclicExchange(net).improve(forest)).isTrue();

    assertThat(forest.costUsd()).isEqualTo(33);
    // nodes: G=0, T1..T3 = 1..3, X1..X3 = 4..6
    assertThat(net.arcHead[forest.parentArc[4]]).isEqualTo(2);
    assertThat(net.arcHead[forest.parentArc[5]]).isEqualTo(3);
    assertThat(net.arcHead[forest.parentArc[6]]).isEqualTo(1);
    assertThat(new CyclicExchange(net).improve(forest)).isFalse();
  }

  /** The heuristic's local search reaches the rotation too (it tries cyclic exchanges last). */
  @Test
  void localSearchEndsWithTheRotation() {
    DesignNetwork net = DesignNetwork.of(rotation());
    ForestState forest = ForestState.fromParents(net, startingForest(net));

    new ShortestPathHeuristic(net).improve(forest, Long.MAX_VALUE);

    assertThat(forest.costUsd()).isEqualTo(33);
  }

  /**
   * On random small capacitated trees (complete graphs, unit demands, capacity 2 or 3), from random
   * forests whose branches are all full: exchanges never go below the enumerated optimum nor above
   * their start, the forest's cost is what its parent arcs cost when rebuilt, and they improve most
   * starts.
   */
  @Test
  void exchangesOnRandomCapacitatedTreesStaySoundAndImprove() {
    int improvedStarts = 0;
    int compared = 0;
    for (int seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      int capacity = 2 + rnd.nextInt(2);
      Instance instance = randomCapacitatedTree(rnd, capacity);
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      ForestState forest = ForestState.fromParents(net, randomFullForest(net, rnd, capacity));
      compared++;
      double start = forest.costUsd();
      CyclicExchange exchange = new CyclicExchange(net);
      int steps = 0;
      while (steps < 50 && exchange.improve(forest)) {
        steps++;
      }
      double tolerance = 1e-6 * Math.max(1, optimum);
      assertThat(forest.costUsd()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum - tolerance);
      assertThat(forest.costUsd()).as("seed %d", seed).isLessThanOrEqualTo(start);
      assertThat(ForestState.fromParents(net, forest.parentArc).costUsd()).as("seed %d", seed)
          .isCloseTo(forest.costUsd(), Offset.offset(tolerance));
      if (forest.costUsd() < start - tolerance) {
        improvedStarts++;
      }
    }
    assertThat(compared).isEqualTo(30);
    // measured: 28 of the 30 starts improve
    assertThat(improvedStarts).isGreaterThanOrEqualTo(15);
  }

  private static Instance rotation() {
    List<Node> nodes = List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("T1", 1, true, 0),
        TinyInstances.site("T2", 1, true, 0), TinyInstances.site("T3", 1, true, 0),
        TinyInstances.site("X1", 1, true, 0), TinyInstances.site("X2", 1, true, 0),
        TinyInstances.site("X3", 1, true, 0));
    List<Link> links = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int next = i % 3 + 1;
      links.add(fiber("T" + i + "G", "T" + i, "G", 10));
      links.add(fiber("X" + i + "T" + i, "X" + i, "T" + i, 5));
      links.add(fiber("X" + i + "T" + next, "X" + i, "T" + next, 1));
      links.add(fiber("X" + next + "T" + i, "X" + next, "T" + i, 9));
    }
    return new Instance("rotation", "", new Economics("USD", 10, 0.10), new Constraints(0, Double.POSITIVE_INFINITY),
        nodes, links);
  }

  /** Every T_i on its link to G, every X_i under T_i. */
  private static int[] startingForest(DesignNetwork net) {
    int[] parent = new int[net.nodeCount];
    parent[0] = -1;
    for (int i = 1; i <= 3; i++) {
      parent[i] = net.arcOf(i, 4 * (i - 1));
      parent[3 + i] = net.arcOf(3 + i, 4 * (i - 1) + 1);
    }
    return parent;
  }

  private static Link fiber(String id, String from, String to, double capexUsd) {
    return TinyInstances.link(id, from, to, Technology.FIBER_BUILD, TinyInstances.option("f", 2, capexUsd, 0));
  }

  /** A gateway and six unit-demand sites, every pair linked at a random cost. */
  private static Instance randomCapacitatedTree(Random rnd, int capacity) {
    int sites = 6;
    List<Node> nodes = new ArrayList<>();
    nodes.add(TinyInstances.gateway("G", 1000, 0));
    for (int s = 1; s <= sites; s++) {
      nodes.add(TinyInstances.site("S" + s, 1, true, 0));
    }
    List<Link> links = new ArrayList<>();
    for (int a = 1; a <= sites; a++) {
      for (int b = 0; b < a; b++) {
        links.add(TinyInstances.link("L" + a + "-" + b, nodes.get(a).id(), nodes.get(b).id(), Technology.FIBER_BUILD,
            TinyInstances.option("f", capacity, 1 + rnd.nextInt(30), 0)));
      }
    }
    return new Instance("cmst", "", new Economics("USD", 10, 0.10), new Constraints(0, Double.POSITIVE_INFINITY),
        nodes, links);
  }

  /**
   * Every branch full: the sites in random order, cut into groups of the capacity, each group a
   * random tree under the gateway (its first site on the gateway, every other on an earlier one).
   */
  private static int[] randomFullForest(DesignNetwork net, Random rnd, int capacity) {
    List<Integer> order = new ArrayList<>();
    for (int v = 1; v < net.nodeCount; v++) {
      order.add(v);
    }
    java.util.Collections.shuffle(order, rnd);
    int[] parent = new int[net.nodeCount];
    parent[0] = -1;
    for (int i = 0; i < order.size(); i++) {
      int first = i - i % capacity;
      int head = i == first ? 0 : order.get(first + rnd.nextInt(i - first));
      parent[order.get(i)] = arcBetween(net, order.get(i), head);
    }
    return parent;
  }

  private static int arcBetween(DesignNetwork net, int tail, int head) {
    for (int i = net.outStart[tail]; i < net.outStart[tail + 1]; i++) {
      if (net.arcHead[net.outArcs[i]] == head) {
        return net.outArcs[i];
      }
    }
    throw new IllegalStateException("no arc " + tail + " -> " + head);
  }
}
