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
   * On random small capacitated trees (complete graphs, unit demands, capacity 2 or 3): exchanges
   * never go below the enumerated optimum nor above their start, the forest's cost is what its
   * parent arcs cost when rebuilt, and they improve some starts.
   */
  @Test
  void exchangesOnRandomCapacitatedTreesStaySoundAndImprove() {
    int improvedStarts = 0;
    int compared = 0;
    for (int seed = 1; seed <= 30; seed++) {
      Random rnd = new Random(seed);
      Instance instance = randomCapacitatedTree(rnd);
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      ForestState forest = ForestState.fromParents(net, randomFeasibleForest(net, rnd));
      if (optimum == Double.POSITIVE_INFINITY || forest == null) {
        continue;
      }
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
    assertThat(compared).isGreaterThanOrEqualTo(25);
    assertThat(improvedStarts).isGreaterThanOrEqualTo(5);
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

  /** A gateway and five unit-demand sites, every pair linked at a random cost, capacity 2 or 3. */
  private static Instance randomCapacitatedTree(Random rnd) {
    int sites = 5;
    double capacity = 2 + rnd.nextInt(2);
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

  /** Sites hung one by one, in random order, from a random node with room on its way to the gateway. */
  private static int[] randomFeasibleForest(DesignNetwork net, Random rnd) {
    ForestState forest = new ForestState(net);
    List<Integer> order = new ArrayList<>();
    for (int v = 1; v < net.nodeCount; v++) {
      order.add(v);
    }
    java.util.Collections.shuffle(order, rnd);
    List<Integer> placed = new ArrayList<>(List.of(0));
    for (int v : order) {
      List<Integer> heads = new ArrayList<>();
      for (int u : placed) {
        if (forest.pushCost(u, 1) < Double.POSITIVE_INFINITY) {
          heads.add(u);
        }
      }
      int u = heads.get(rnd.nextInt(heads.size()));
      int arc = -1;
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        if (net.arcHead[net.outArcs[i]] == u) {
          arc = net.outArcs[i];
        }
      }
      forest.attach(new int[] {arc}, 1, 1);
      placed.add(v);
    }
    return forest.parentArc.clone();
  }
}
