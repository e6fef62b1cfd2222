package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

class ReducedCostFixingTest {

  /** LP bound 100, plan 110: variables whose reduced cost exceeds 10 (plus the margin) are fixed. */
  @Test
  void fixesExactlyTheVariablesWhoseReducedCostExceedsTheGap() {
    DesignNetwork net = DesignNetwork.of(TinyInstances.tiny());
    double[] options = new double[net.optionStart[net.linkCount]];
    double[] arcs = new double[net.arcCount];
    options[0] = 10.5;
    options[1] = 10;
    options[2] = -3;
    arcs[0] = 10.0001;
    arcs[1] = 10.001;
    CutsetCuts.Result lp = new CutsetCuts.Result(List.of(), 100, 1, options, arcs);

    ReducedCostFixing.Fixed fixed = ReducedCostFixing.of(net, lp, 110);

    boolean[] expectedOptions = new boolean[options.length];
    expectedOptions[0] = true;
    boolean[] expectedArcs = new boolean[arcs.length];
    // 10.0001 is within the margin (a millionth of 110), 10.001 is not
    expectedArcs[1] = true;
    assertThat(fixed.option()).isEqualTo(expectedOptions);
    assertThat(fixed.arc()).isEqualTo(expectedArcs);
    assertThat(fixed.count()).isEqualTo(2);
  }

  @Test
  void withoutAnLpNothingIsFixed() {
    DesignNetwork net = DesignNetwork.of(TinyInstances.tiny());
    CutsetCuts.Result none = new CutsetCuts.Result(List.of(), Double.NEGATIVE_INFINITY, 0);
    assertThat(ReducedCostFixing.of(net, none, 110).count()).isZero();
  }

  /**
   * On small random instances, the MIP with the cut LP's fixings against the heuristic's plan
   * finds the enumerated optimum every time, and the fixings are not empty on most of them.
   */
  @Test
  void fixingNeverCutsOffTheOptimum() {
    int compared = 0;
    int withFixings = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      DesignSolution heuristic = new ShortestPathHeuristic(net).solve(System.nanoTime() + 1_000_000_000L);
      if (optimum == Double.POSITIVE_INFINITY || heuristic == null) {
        continue;
      }
      compared++;
      CutsetCuts.Result lp = new CutsetCuts(net).separate(System.nanoTime() + 5_000_000_000L);
      ReducedCostFixing.Fixed fixed = ReducedCostFixing.of(net, lp, heuristic.objectiveUsd());
      if (fixed.count() > 0) {
        withFixings++;
      }
      MipSolver.Outcome outcome = new MipSolver(net).solve(heuristic, 20, 1e-9, 1, 0, lp.cuts(), fixed);
      assertThat(outcome.solution()).as("seed %d", seed).isNotNull();
      assertThat(outcome.solution().objectiveUsd()).as("seed %d (fixed %s)", seed, Arrays.toString(fixed.arc()))
          .isCloseTo(optimum, Percentage.withPercentage(1e-6));
    }
    assertThat(compared).isGreaterThanOrEqualTo(40);
    // measured: fixings on 40 of 42
    assertThat(withFixings).isGreaterThan(compared / 2);
  }
}
