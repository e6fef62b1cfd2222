package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Schedules every link of a fixed forest over the years: each link by {@link LinkScheduleDp},
 * which is exact when no budget binds. When the yearly (or total) capex budget binds, the links
 * are coupled; then capex of an over-budget year is priced up (Lagrangian prices adjusted by
 * subgradient steps) so that the links install earlier or later, and the cheapest schedule found
 * within the budgets is kept. When none is found, the result says why.
 */
final class RolloutScheduler {
  static final int MAX_PRICE_ROUNDS = 400;
  static final int MAX_IMPROVE_ROUNDS = 20;
  private static final double FIRST_STEP = 0.5;
  private static final double BUDGET_SLACK = 1e-9;

  /**
   * @param optionByYear [link][year - 1]: the active global option, -1 when not equipped; null
   *     when there is no schedule
   * @param objectiveUsd present value of the schedules, transit and unserved penalties
   * @param failure why there is no schedule, else null
   * @param shortByYear with no schedule, the first year (1-based) by which the forest provably needs
   *     more capex than the budgets of the years up to it allow; 0 when there is no such proof
   */
  record Result(int[][] optionByYear, double objectiveUsd, String failure, int shortByYear) {}

  private final RolloutNetwork rn;

  RolloutScheduler(RolloutNetwork rn) {
    this.rn = rn;
  }

  Result schedule(int[] parentArc) {
    DesignNetwork net = rn.net;
    YearlyFlows flows = YearlyFlows.of(rn, parentArc);
    boolean[] inForest = new boolean[net.linkCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (parentArc[v] >= 0) {
        inForest[net.arcLink[parentArc[v]]] = true;
      }
    }
    double fixedUsd = transitUsd(flows) + penaltyUsd(parentArc);

    double[] prices = new double[rn.years];
    double totalPrice = 0;
    int[][] best = null;
    double bestUsd = Double.POSITIVE_INFINITY;
    boolean budgets = rn.hasYearlyBudget() || rn.hasTotalBudget();
    int rounds = budgets ? MAX_PRICE_ROUNDS : 1;
    for (int round = 0; round < rounds; round++) {
      double[] weight = new double[rn.years];
      for (int t = 0; t < rn.years; t++) {
        weight[t] = rn.capexFactor[t] + prices[t] + totalPrice;
      }
      int[][] options = new int[net.linkCount][];
      for (int l = 0; l < net.linkCount; l++) {
        if (!inForest[l]) {
          continue;
        }
        LinkScheduleDp.Schedule s = LinkScheduleDp.solve(rn, l, flows.linkMbps()[l], weight);
        if (s == null) {
          return new Result(null, Double.NaN, "link " + rn.instance().links().get(l).id()
              + " has no option for its last year's flow of " + flows.linkMbps()[l][rn.years - 1] + " Mbps", 0);
        }
        options[l] = s.optionByYear();
      }
      double[] capex = capexByYear(options);
      double total = Arrays.stream(capex).sum();
      boolean withinYears = true;
      for (int t = 0; t < rn.years; t++) {
        withinYears &= capex[t] <= rn.yearlyBudgetUsd * (1 + BUDGET_SLACK) + 1e-6;
      }
      boolean withinTotal = total <= rn.totalBudgetUsd * (1 + BUDGET_SLACK) + 1e-6;
      if (withinYears && withinTotal) {
        double usd = fixedUsd + scheduleUsd(options);
        if (usd < bestUsd - 1e-9) {
          bestUsd = usd;
          best = options;
        }
      }
      if (!budgets) {
        break;
      }
      double step = FIRST_STEP / (1 + round / 20.0);
      for (int t = 0; t < rn.years && rn.hasYearlyBudget(); t++) {
        prices[t] = Math.max(0, prices[t] + step * (capex[t] - rn.yearlyBudgetUsd) / Math.max(1, rn.yearlyBudgetUsd));
      }
      if (rn.hasTotalBudget()) {
        totalPrice = Math.max(0, totalPrice + step * (total - rn.totalBudgetUsd) / Math.max(1, rn.totalBudgetUsd));
      }
    }
    if (budgets) {
      // the price search rarely lands inside binding budgets: also start from the leanest
      // schedules, and improve both link by link within the budgets the other links leave
      int[][] lean = leanSchedules(flows, inForest);
      List<int[][]> starts = new ArrayList<>();
      if (best != null) {
        starts.add(best);
      }
      starts.add(lean);
      for (int[][] start : starts) {
        if (!withinBudgets(start)) {
          continue;
        }
        int[][] improved = improveWithinBudgets(start, flows, inForest);
        double usd = fixedUsd + scheduleUsd(improved);
        if (usd < bestUsd - 1e-9) {
          bestUsd = usd;
          best = improved;
        }
      }
    }
    if (best == null) {
      int shortYear = shortYear(flows, inForest);
      return new Result(null, Double.NaN, budgetFailure(shortYear, flows, inForest), shortYear + 1);
    }
    return new Result(best, bestUsd, null, 0);
  }

  private boolean withinBudgets(int[][] optionByYear) {
    double[] capex = capexByYear(optionByYear);
    double total = 0;
    for (double c : capex) {
      if (c > rn.yearlyBudgetUsd * (1 + BUDGET_SLACK) + 1e-6) {
        return false;
      }
      total += c;
    }
    return total <= rn.totalBudgetUsd * (1 + BUDGET_SLACK) + 1e-6;
  }

  /**
   * Capex as late and as small as the flows allow: a link gets, in the year its capacity first
   * falls short, the option of least install capex that carries that year's flow.
   */
  int[][] leanSchedules(YearlyFlows flows, boolean[] inForest) {
    DesignNetwork net = rn.net;
    int[][] options = new int[net.linkCount][];
    for (int l = 0; l < net.linkCount; l++) {
      if (!inForest[l]) {
        continue;
      }
      options[l] = new int[rn.years];
      int active = -1;
      for (int t = 0; t < rn.years; t++) {
        double flow = flows.linkMbps()[l][t];
        double capacity = active < 0 ? 0 : net.optionCapacityMbps[active];
        if (flow > 1e-9 && capacity + 1e-9 < flow) {
          int cheapest = -1;
          for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
            if (net.optionCapacityMbps[k] + 1e-9 >= flow && net.optionCapacityMbps[k] >= capacity
                && (cheapest < 0 || rn.installUsd(l, k, active < 0) < rn.installUsd(l, cheapest, active < 0))) {
              cheapest = k;
            }
          }
          active = cheapest;
        }
        options[l][t] = active;
      }
    }
    return options;
  }

  /**
   * Re-schedules one link at a time by {@link LinkScheduleDp} with its installs capped by the
   * yearly budget the other links leave, keeping a change when it is cheaper and the total
   * budget still holds; until no link improves (at most {@link #MAX_IMPROVE_ROUNDS} rounds).
   */
  private int[][] improveWithinBudgets(int[][] start, YearlyFlows flows, boolean[] inForest) {
    int[][] options = new int[start.length][];
    for (int l = 0; l < start.length; l++) {
      options[l] = start[l] == null ? null : start[l].clone();
    }
    double[] capex = capexByYear(options);
    for (int round = 0; round < MAX_IMPROVE_ROUNDS; round++) {
      boolean improved = false;
      for (int l = 0; l < options.length; l++) {
        if (!inForest[l]) {
          continue;
        }
        int[][] alone = new int[options.length][];
        alone[l] = options[l];
        double[] own = capexByYear(alone);
        double[] cap = new double[rn.years];
        for (int t = 0; t < rn.years; t++) {
          cap[t] = rn.yearlyBudgetUsd - (capex[t] - own[t]);
        }
        LinkScheduleDp.Schedule s = LinkScheduleDp.solve(rn, l, flows.linkMbps()[l], rn.capexFactor, cap);
        if (s == null) {
          continue;
        }
        alone[l] = s.optionByYear();
        double before = scheduleUsd(singleLink(l, options[l]));
        if (s.weightedUsd() < before - 1e-6) {
          int[] kept = options[l];
          options[l] = s.optionByYear();
          if (withinBudgets(options)) {
            capex = capexByYear(options);
            improved = true;
          } else {
            options[l] = kept;
          }
        }
      }
      if (!improved) {
        break;
      }
    }
    return options;
  }

  private int[][] singleLink(int l, int[] optionByYear) {
    int[][] alone = new int[rn.net.linkCount][];
    alone[l] = optionByYear;
    return alone;
  }

  /** Present value of a forest with these schedules: links, transit and unserved penalties. */
  double objectiveUsd(int[] parentArc, int[][] optionByYear) {
    return scheduleUsd(optionByYear) + transitUsd(YearlyFlows.of(rn, parentArc)) + penaltyUsd(parentArc);
  }

  /** Present value of the links' schedules (capex at the start of a year, the rest at its end). */
  double scheduleUsd(int[][] optionByYear) {
    double[] capex = capexByYear(optionByYear);
    double sum = 0;
    for (int t = 0; t < rn.years; t++) {
      sum += capex[t] * rn.capexFactor[t];
    }
    for (int[] options : optionByYear) {
      for (int t = 0; options != null && t < rn.years; t++) {
        sum += options[t] < 0 ? 0 : rn.optionYearlyUsd[options[t]] * rn.yearEndFactor[t];
      }
    }
    return sum;
  }

  /** Capex paid in each year, not discounted. */
  double[] capexByYear(int[][] optionByYear) {
    double[] capex = new double[rn.years];
    for (int l = 0; l < optionByYear.length; l++) {
      int[] options = optionByYear[l];
      if (options == null) {
        continue;
      }
      int previous = -1;
      for (int t = 0; t < rn.years; t++) {
        if (options[t] >= 0 && options[t] != previous) {
          capex[t] += rn.installUsd(l, options[t], previous < 0);
        }
        previous = options[t];
      }
    }
    return capex;
  }

  /** Present value of the transit of every gateway in every year. */
  double transitUsd(YearlyFlows flows) {
    double sum = 0;
    for (int v = 0; v < rn.net.nodeCount; v++) {
      for (int t = 0; t < rn.years; t++) {
        sum += rn.transitUsdPerMbpsYear[v] * flows.gatewayMbps()[v][t] * rn.yearEndFactor[t];
      }
    }
    return sum;
  }

  private double penaltyUsd(int[] parentArc) {
    double sum = 0;
    for (int v = 0; v < rn.net.nodeCount; v++) {
      if (rn.net.site[v] && parentArc[v] < 0) {
        sum += rn.net.penaltyUsd[v];
      }
    }
    return sum;
  }

  /**
   * Why no schedule was found: by some year the forest needs more capex than the budgets allow
   * in all the years up to it (a proof), or else the price search found none (no proof).
   *
   * @param shortYear the year (0-based) of the proof, -1 for none
   */
  private String budgetFailure(int shortYear, YearlyFlows flows, boolean[] inForest) {
    if (shortYear < 0) {
      return "no schedule of the planned network within the capex budgets was found in " + MAX_PRICE_ROUNDS
          + " rounds of budget prices (the budgets may still allow one: try the exact model with a longer time limit)";
    }
    double needed = capexNeededUsd(shortYear, flows, inForest);
    double allowedByYears = rn.yearlyBudgetUsd * (shortYear + 1);
    if (needed > allowedByYears * (1 + BUDGET_SLACK) + 1e-6) {
      return String.format(java.util.Locale.ROOT,
          "the planned network needs at least %.2f USD of capex by year %d, more than %d x capexBudgetUsdPerYear"
              + " %.2f = %.2f USD", needed, shortYear + 1, shortYear + 1, rn.yearlyBudgetUsd, allowedByYears);
    }
    return String.format(java.util.Locale.ROOT,
        "the planned network needs at least %.2f USD of capex, more than capexBudgetUsd %.2f USD", needed,
        rn.totalBudgetUsd);
  }

  /**
   * The first year (0-based) by which the forest needs more capex than the yearly budgets of the
   * years up to it allow (or, in the last year, more than the total budget); -1 when there is none.
   */
  private int shortYear(YearlyFlows flows, boolean[] inForest) {
    for (int t = 0; t < rn.years; t++) {
      double needed = capexNeededUsd(t, flows, inForest);
      if (needed > rn.yearlyBudgetUsd * (t + 1) * (1 + BUDGET_SLACK) + 1e-6
          || t == rn.years - 1 && needed > rn.totalBudgetUsd * (1 + BUDGET_SLACK) + 1e-6) {
        return t;
      }
    }
    return -1;
  }

  /** The least capex of installing every forest link for its flows up to year t (0-based). */
  private double capexNeededUsd(int t, YearlyFlows flows, boolean[] inForest) {
    DesignNetwork net = rn.net;
    double needed = 0;
    for (int l = 0; l < net.linkCount; l++) {
      double flow = flows.linkMbps()[l][t];
      if (!inForest[l] || flow <= 1e-9) {
        continue;
      }
      double cheapest = Double.POSITIVE_INFINITY;
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        if (net.optionCapacityMbps[k] + 1e-9 >= flow) {
          cheapest = Math.min(cheapest, rn.installUsd(l, k, true));
        }
      }
      needed += cheapest;
    }
    return needed;
  }
}
