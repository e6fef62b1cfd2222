package org.dorsal.solve;

import java.util.Arrays;

/**
 * Schedules one link of a fixed forest exactly: a dynamic programme over years and options. The
 * state of a year is the active option (or none); from one year to the next the link keeps its
 * option, is first equipped, or moves to an option of at least the same capacity, never back to
 * none. Each year's option must carry that year's flow. Cost: capex of each install at the start
 * of its year, weighted by {@code capexWeight[t]} (the discount factor, raised by budget prices
 * when a budget binds), plus the active option's opex and leases at the end of every year.
 * O(T K^2) for T years and K options.
 */
final class LinkScheduleDp {
  private static final double TOLERANCE_MBPS = 1e-9;

  private LinkScheduleDp() {}

  /**
   * The cheapest schedule.
   *
   * @param optionByYear global option index active in each year, -1 when not equipped
   * @param weightedUsd the cost with capex weighted by {@code capexWeight}
   */
  record Schedule(int[] optionByYear, double weightedUsd) {}

  /**
   * @param flowMbps the link's flow in each year
   * @param capexWeight what one dollar of capex paid at the start of each year costs
   * @return the cheapest schedule, or null when some year's flow exceeds every option
   */
  static Schedule solve(RolloutNetwork rn, int l, double[] flowMbps, double[] capexWeight) {
    return solve(rn, l, flowMbps, capexWeight, null);
  }

  /**
   * As {@link #solve(RolloutNetwork, int, double[], double[])}, with no install in year t costing
   * more than {@code capexCapUsd[t]} (not discounted; null for no caps).
   */
  static Schedule solve(RolloutNetwork rn, int l, double[] flowMbps, double[] capexWeight, double[] capexCapUsd) {
    DesignNetwork net = rn.net;
    int first = net.optionStart[l];
    int count = net.optionStart[l + 1] - first;
    int years = rn.years;
    int none = count;
    // best[t][s]: cheapest cost of years 1..t+1 with state s in year t+1 (s = none: not equipped)
    double[][] best = new double[years][count + 1];
    int[][] from = new int[years][count + 1];
    for (double[] row : best) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (int t = 0; t < years; t++) {
      for (int s = 0; s <= count; s++) {
        if (!carries(net, first, s, none, flowMbps[t])) {
          continue;
        }
        double yearly = s == none ? 0 : rn.optionYearlyUsd[first + s] * rn.yearEndFactor[t];
        if (t == 0) {
          if (!withinCap(rn, l, first, none, s, none, capexCapUsd, t)) {
            continue;
          }
          best[t][s] = yearly + installCost(rn, l, first, none, s, none, capexWeight[t]);
          from[t][s] = none;
          continue;
        }
        for (int p = 0; p <= count; p++) {
          if (best[t - 1][p] == Double.POSITIVE_INFINITY || !mayFollow(net, first, p, s, none)
              || !withinCap(rn, l, first, p, s, none, capexCapUsd, t)) {
            continue;
          }
          double cost = best[t - 1][p] + yearly + installCost(rn, l, first, p, s, none, capexWeight[t]);
          if (cost < best[t][s]) {
            best[t][s] = cost;
            from[t][s] = p;
          }
        }
      }
    }
    int end = -1;
    for (int s = 0; s <= count; s++) {
      if (best[years - 1][s] < Double.POSITIVE_INFINITY && (end < 0 || best[years - 1][s] < best[years - 1][end])) {
        end = s;
      }
    }
    if (end < 0) {
      return null;
    }
    int[] option = new int[years];
    int s = end;
    for (int t = years - 1; t >= 0; t--) {
      option[t] = s == none ? -1 : first + s;
      s = from[t][s];
    }
    return new Schedule(option, best[years - 1][end]);
  }

  private static boolean carries(DesignNetwork net, int first, int s, int none, double flowMbps) {
    if (s == none) {
      return flowMbps <= TOLERANCE_MBPS;
    }
    return net.optionCapacityMbps[first + s] + TOLERANCE_MBPS >= flowMbps;
  }

  /** Never back to none; an option change only to at least the same capacity. */
  private static boolean mayFollow(DesignNetwork net, int first, int previous, int next, int none) {
    if (previous == none || previous == next) {
      return true;
    }
    return next != none && net.optionCapacityMbps[first + next] >= net.optionCapacityMbps[first + previous];
  }

  private static boolean withinCap(RolloutNetwork rn, int l, int first, int previous, int next, int none,
      double[] capexCapUsd, int t) {
    if (capexCapUsd == null || next == none || next == previous) {
      return true;
    }
    return rn.installUsd(l, first + next, previous == none) <= capexCapUsd[t] + 1e-6;
  }

  private static double installCost(RolloutNetwork rn, int l, int first, int previous, int next, int none,
      double weight) {
    if (next == none || next == previous) {
      return 0;
    }
    return rn.installUsd(l, first + next, previous == none) * weight;
  }
}
