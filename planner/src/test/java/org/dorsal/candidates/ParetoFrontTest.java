package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

  @Test
  void dropsExactlyTheDominatedOptions() {
    double[] capacity = {100, 100, 200, 150, 50, 200, 300, 10};
    double[] cost = {10, 12, 15, 20, 10, 15, 40, 5};
    // 1: same capacity as 0, dearer -> dominated; 3: less capacity than 2, dearer -> dominated;
    // 4: less capacity than 0 at the same cost -> dominated; 5: equal to 2 -> the later copy goes;
    // 0, 2, 6, 7 are each the cheapest for their capacity
    assertThat(ParetoFront.keep(capacity, cost)).containsExactly(0, 2, 6, 7);
  }

  @Test
  void singleAndEmpty() {
    assertThat(ParetoFront.keep(new double[0], new double[0])).isEmpty();
    assertThat(ParetoFront.keep(new double[] {5}, new double[] {7})).containsExactly(0);
  }

  @Test
  void equalsBruteForceOnRandomSets() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + rnd.nextInt(30);
      double[] cap = new double[n];
      double[] cost = new double[n];
      for (int i = 0; i < n; i++) {
        // small integer grids force many ties
        cap[i] = rnd.nextInt(8) * 50;
        cost[i] = rnd.nextInt(8) * 1000;
      }
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        boolean dominated = false;
        for (int j = 0; j < n && !dominated; j++) {
          if (j == i || cap[j] < cap[i] || cost[j] > cost[i]) {
            continue;
          }
          boolean strictlyBetter = cap[j] > cap[i] || cost[j] < cost[i];
          dominated = strictlyBetter || j < i;
        }
        if (!dominated) {
          expected.add(i);
        }
      }
      assertThat(ParetoFront.keep(cap, cost))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
