package org.dorsal.candidates;

import java.util.Arrays;

/**
 * Pareto pruning of (capacity, cost) options: more capacity is better, less cost is better.
 * An option is dropped when another has at least its capacity and at most its cost, with one of
 * the two strictly better. Of options equal in both, the first (lowest index) is kept.
 */
public final class ParetoFront {

  private ParetoFront() {}

  /**
   * Indices of the non-dominated options, in ascending index order.
   *
   * @param capacity capacity of each option (higher is better)
   * @param cost cost of each option (lower is better), e.g. net present cost
   */
  public static int[] keep(double[] capacity, double[] cost) {
    int n = capacity.length;
    if (cost.length != n) {
      throw new IllegalArgumentException("capacity and cost arrays differ in length");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // capacity descending, then cost ascending, then index ascending
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Double.compare(capacity[y], capacity[x]);
          if (c != 0) {
            return c;
          }
          c = Double.compare(cost[x], cost[y]);
          return c != 0 ? c : Integer.compare(x, y);
        });
    boolean[] kept = new boolean[n];
    double bestCost = Double.POSITIVE_INFINITY;
    int count = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      // every option seen before has capacity >= this one; keep it only if strictly cheaper
      if (cost[i] < bestCost) {
        kept[i] = true;
        bestCost = cost[i];
        count++;
      }
    }
    int[] result = new int[count];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        result[m++] = i;
      }
    }
    return result;
  }
}
