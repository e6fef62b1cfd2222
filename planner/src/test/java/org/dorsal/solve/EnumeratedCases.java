package org.dorsal.solve;

import java.util.Random;
import java.util.function.Consumer;
import org.dorsal.model.Instance;

/**
 * The random instances of {@link MipAgainstBruteForceTest#randomInstance} that have a plan, with
 * their optimum found by exhaustive enumeration: what the bounds' validity tests check against.
 */
final class EnumeratedCases {
  /**
   * One case; {@code rnd} is the generator after it drew the instance, for further random choices
   * (such as a split into regions) that stay the same for the seed.
   */
  record Case(int seed, Random rnd, Instance instance, double optimumUsd) {}

  private EnumeratedCases() {}

  /** Runs {@code check} on every seed 1..lastSeed whose instance has a plan; returns how many. */
  static int forEachFeasible(int lastSeed, Consumer<Case> check) {
    int checked = 0;
    for (int seed = 1; seed <= lastSeed; seed++) {
      Random rnd = new Random(seed);
      Instance instance = MipAgainstBruteForceTest.randomInstance(rnd);
      double optimum = new BruteForcePlanner(instance).solve();
      if (optimum != Double.POSITIVE_INFINITY) {
        check.accept(new Case(seed, rnd, instance, optimum));
        checked++;
      }
    }
    return checked;
  }
}
