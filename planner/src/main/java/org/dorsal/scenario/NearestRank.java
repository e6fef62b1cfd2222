package org.dorsal.scenario;

import java.util.Arrays;
import org.dorsal.model.risk.Spread;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value of
 * rank ceil(p / 100 * n) (ranks from 1), always one of the values, never interpolated.
 */
public final class NearestRank {
  private NearestRank() {}

  /** The p-th percentile (1 <= p <= 100) of ascending values (at least one). */
  public static double percentile(double[] sortedValues, int p) {
    if (p < 1 || p > 100 || sortedValues.length == 0) {
      throw new IllegalArgumentException("percentile " + p + " of " + sortedValues.length + " values");
    }
    long n = sortedValues.length;
    long rank = (p * n + 99) / 100; // ceil(p * n / 100) in integers
    return sortedValues[(int) rank - 1];
  }

  /** P10, P50, P90, mean, min and max of the values; null when there are none. */
  public static Spread spread(double[] values) {
    if (values.length == 0) {
      return null;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new Spread(percentile(sorted, 10), percentile(sorted, 50), percentile(sorted, 90), sum / sorted.length,
        sorted[0], sorted[sorted.length - 1]);
  }
}
