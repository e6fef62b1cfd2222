package org.dorsal.candidates;

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
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // capacity descending, then cost ascending, then index ascending (primitive sort, no boxing)
    sort(order, 0, n - 1, capacity, cost);
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

  /** True when option x comes before option y in the sweep order. */
  private static boolean before(int x, int y, double[] capacity, double[] cost) {
    if (capacity[x] != capacity[y]) {
      return capacity[x] > capacity[y];
    }
    if (cost[x] != cost[y]) {
      return cost[x] < cost[y];
    }
    return x < y;
  }

  private static void sort(int[] a, int lo, int hi, double[] capacity, double[] cost) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      if (before(a[mid], a[lo], capacity, cost)) {
        swap(a, mid, lo);
      }
      if (before(a[hi], a[lo], capacity, cost)) {
        swap(a, hi, lo);
      }
      if (before(a[mid], a[hi], capacity, cost)) {
        swap(a, mid, hi);
      }
      int pivot = a[hi];
      int store = lo;
      for (int i = lo; i < hi; i++) {
        if (before(a[i], pivot, capacity, cost)) {
          swap(a, i, store++);
        }
      }
      swap(a, store, hi);
      if (store - lo < hi - store) {
        sort(a, lo, store - 1, capacity, cost);
        lo = store + 1;
      } else {
        sort(a, store + 1, hi, capacity, cost);
        hi = store - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && before(a[j], a[j - 1], capacity, cost); j--) {
        swap(a, j, j - 1);
      }
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
