package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.assertj.core.data.Percentage;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

class NeighbourhoodSearchTest {

  @Test
  void neverWorsensAndWithWholeGraphNeighbourhoodsReachesTheOptimum() {
    int improved = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      DesignNetwork net = DesignNetwork.of(instance);
      DesignSolution start = new ShortestPathHeuristic(net).solve(Long.MAX_VALUE);
      if (start == null) {
        continue;
      }
      double optimum = new BruteForcePlanner(instance).solve();
      long deadline = System.nanoTime() + 10_000_000_000L;
      DesignSolution result = new NeighbourhoodSearch(net, net.nodeCount(), net.nodeCount(), 5).improve(start, deadline);
      assertThat(result.objectiveUsd()).as("seed %d", seed).isLessThanOrEqualTo(start.objectiveUsd());
      assertThat(result.objectiveUsd()).as("seed %d", seed).isCloseTo(optimum, Percentage.withPercentage(1e-6));
      if (result.objectiveUsd() < start.objectiveUsd() - 1e-6) {
        improved++;
      }
    }
    // the heuristic alone misses the optimum on some of these, so the search must have worked
    assertThat(improved).isPositive();
  }
}
