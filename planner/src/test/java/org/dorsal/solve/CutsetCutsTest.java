package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

class CutsetCutsTest {

  @Test
  void cutBoundNeverExceedsTheOptimumAndSometimesRaisesThePlainLp() {
    int raised = 0;
    for (int seed = 1; seed <= 80; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      if (optimum == Double.POSITIVE_INFINITY) {
        continue;
      }
      DesignNetwork net = DesignNetwork.of(instance);
      MipModel plain = new MipModel(net, "GLOP", null);
      plain.solver.solve();
      double plainLp = plain.solver.objective().value();
      CutsetCuts.Result result = new CutsetCuts(net).separate(System.nanoTime() + 5_000_000_000L);
      assertThat(result.lpBoundUsd()).as("seed %d", seed).isLessThanOrEqualTo(optimum * (1 + 1e-9) + 1e-6);
      assertThat(result.lpBoundUsd()).as("seed %d", seed).isGreaterThanOrEqualTo(plainLp - 1e-6 * Math.abs(plainLp));
      if (result.lpBoundUsd() > plainLp + 1e-6 * Math.abs(plainLp)) {
        raised++;
      }
    }
    assertThat(raised).isPositive();
  }
}
