package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

class RuinRecreateTest {

  /**
   * On small random instances: never below the enumerated optimum, never dearer than its start, its
   * objective is the cost of its own forest recomputed from the parent arcs, the same seed gives the
   * same forest, and it reaches the optimum more often than the start does.
   */
  @Test
  void roundsKeepPlansSoundRepeatableAndCloserToTheOptimum() {
    int compared = 0;
    int startsAtOptimum = 0;
    int recreatedAtOptimum = 0;
    for (int seed = 1; seed <= 40; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      // the first construction alone, unimproved beyond its own local search
      DesignSolution start = new ShortestPathHeuristic(net).solve(System.nanoTime() - 1);
      if (optimum == Double.POSITIVE_INFINITY || start == null) {
        continue;
      }
      compared++;
      DesignSolution recreated = new RuinRecreate(net).improve(start, 60, 7, Long.MAX_VALUE);
      DesignSolution again = new RuinRecreate(net).improve(start, 60, 7, Long.MAX_VALUE);
      assertThat(recreated.objectiveUsd()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum - 1e-6 * Math.max(1, optimum));
      assertThat(recreated.objectiveUsd()).as("seed %d", seed).isLessThanOrEqualTo(start.objectiveUsd());
      assertThat(ForestState.fromParents(net, recreated.parentArc()).costUsd())
          .as("seed %d", seed).isCloseTo(recreated.objectiveUsd(), org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, optimum)));
      assertThat(again.parentArc()).as("seed %d", seed).isEqualTo(recreated.parentArc());
      if (start.objectiveUsd() <= optimum * (1 + 1e-9) + 1e-9) {
        startsAtOptimum++;
      }
      if (recreated.objectiveUsd() <= optimum * (1 + 1e-9) + 1e-9) {
        recreatedAtOptimum++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(20);
    assertThat(recreatedAtOptimum).isGreaterThan(startsAtOptimum);
  }
}
