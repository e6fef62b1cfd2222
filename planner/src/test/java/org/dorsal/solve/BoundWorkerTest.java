package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

class BoundWorkerTest {

  @Test
  void boundFromTheSecondThreadNeverExceedsAndOnSmallInstancesReachesTheOptimum() {
    int checked = 0;
    for (int seed = 1; seed <= 30; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      DesignSolution start = new ShortestPathHeuristic(net).solve(System.nanoTime() + 1_000_000_000L);
      if (optimum == Double.POSITIVE_INFINITY || start == null) {
        continue;
      }
      // generous: SCIP proves these optimal in well under a second, but a loaded machine is slow
      long deadline = System.nanoTime() + 30_000_000_000L;
      double bound;
      try (BoundWorker worker = new BoundWorker(net, start, deadline, 1, Planner.CUT_SHARE, 0)) {
        bound = worker.boundUsd(deadline + 2_000_000_000L);
      }
      assertThat(bound).as("seed %d", seed).isLessThanOrEqualTo(optimum * (1 + 1e-6) + 1e-6);
      // small instances are solved outright: the bound reaches the optimum
      assertThat(bound).as("seed %d", seed).isGreaterThanOrEqualTo(optimum * (1 - 1e-4) - 1e-6);
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void aPlanThatMeetsScipsBoundCountsAsProvenEvenWhenScipStoppedOnTime() {
    DesignSolution plan = new DesignSolution(new int[0], new int[0], 67);
    assertThat(BoundWorker.closed(new MipSolver.Outcome(plan, 67, org.dorsal.model.SolveStatus.TIMED_OUT, 10))).isTrue();
    assertThat(BoundWorker.closed(new MipSolver.Outcome(plan, 67 - 5e-5, org.dorsal.model.SolveStatus.FEASIBLE, 10)))
        .isTrue();
    assertThat(BoundWorker.closed(new MipSolver.Outcome(plan, 66.9, org.dorsal.model.SolveStatus.FEASIBLE, 10))).isFalse();
    assertThat(BoundWorker.closed(new MipSolver.Outcome(plan, Double.NEGATIVE_INFINITY,
        org.dorsal.model.SolveStatus.FEASIBLE, 10))).isFalse();
  }
}
