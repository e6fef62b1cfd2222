package org.dorsal.verify;

import java.util.List;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.result.ScheduleEntry;

/**
 * A roll-out link's payments recomputed from its schedule and the instance, year by year (index
 * year - 1), not discounted: the capex of each install at the start of its year (the option's
 * capex, plus buildUsdPerKm x lengthKm on the first install), and the active option's opex and
 * leases in every year from its install until the next.
 */
record ScheduleCosts(
    double[] capexUsd, double[] opexUsd, double[] leaseUsd, double[] capacityMbps, LinkCosts totals) {

  /** Null when the schedule is missing, empty, names an unknown option or is out of year order. */
  static ScheduleCosts of(PlanView view, Link link, List<ScheduleEntry> schedule) {
    int years = view.years();
    if (schedule == null || schedule.isEmpty()) {
      return null;
    }
    double[] capex = new double[years];
    double[] opex = new double[years];
    double[] lease = new double[years];
    double[] capacity = new double[years];
    int previousYear = 0;
    for (int i = 0; i < schedule.size(); i++) {
      ScheduleEntry entry = schedule.get(i);
      LinkOption option = link.option(entry.optionId());
      if (option == null || entry.year() <= previousYear || entry.year() > years) {
        return null;
      }
      previousYear = entry.year();
      capex[entry.year() - 1] =
          option.capexUsd() + (i == 0 ? link.buildUsdPerKm() * link.lengthKm() : 0);
      int until = i + 1 < schedule.size() ? Math.min(schedule.get(i + 1).year(), years + 1) : years + 1;
      for (int t = entry.year(); t < until; t++) {
        opex[t - 1] = option.opexUsdPerYear();
        lease[t - 1] =
            option.leaseUsdPerYear() + 12.0 * option.leaseUsdPerMbpsMonth() * option.capacityMbps();
        capacity[t - 1] = option.capacityMbps();
      }
    }
    double capexNpc = 0;
    double opexNpc = 0;
    double leaseNpc = 0;
    for (int t = 1; t <= years; t++) {
      capexNpc += capex[t - 1] * view.capexFactor(t);
      opexNpc += opex[t - 1] * view.yearEndFactor(t);
      leaseNpc += lease[t - 1] * view.yearEndFactor(t);
    }
    return new ScheduleCosts(capex, opex, lease, capacity, new LinkCosts(capexNpc, opexNpc, leaseNpc));
  }
}
