package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import java.util.List;
import java.util.Map;
import org.dorsal.model.Constraints;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.RolloutReport;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.ScheduleEntry;

/**
 * Checks a roll-out plan year by year (docs/rollout.md): every link's schedule (years in order
 * within the horizon, known options, capacity never decreasing, each entry's capex, ending with
 * the link's option), each year's flow within that year's capacity, the yearly and total capex
 * budgets, and the year table recomputed from the instance. Without a rollout section in the
 * instance, a result must carry no schedule and no year table.
 */
final class RolloutChecker {
  private final PlanView view;
  private final Violations out;

  RolloutChecker(PlanView view, Violations out) {
    this.view = view;
    this.out = out;
  }

  void check() {
    if (!view.rollout()) {
      checkNoRollout();
      return;
    }
    int years = view.years();
    double[] capex = new double[years];
    double[] opex = new double[years];
    double[] lease = new double[years];
    for (ResultLink link : view.distinctResultLinks()) {
      Link instanceLink = view.link(link.linkId());
      if (instanceLink == null) {
        continue; // reported by the link checks
      }
      ScheduleCosts paid = checkSchedule(instanceLink, link);
      if (paid != null) {
        checkYearlyFlows(link, paid);
        add(capex, paid.capexUsd());
        add(opex, paid.opexUsd());
        add(lease, paid.leaseUsd());
      }
    }
    checkBudgets(capex);
    checkYearTable(capex, opex, lease);
  }

  private void checkNoRollout() {
    for (ResultLink link : view.distinctResultLinks()) {
      if (link.schedule() != null) {
        out.add("link " + link.linkId() + ": has a schedule, but the instance has no rollout section; remove it");
      }
    }
    if (view.result().rollout() != null) {
      out.add("result: rollout is given, but the instance has no rollout section; remove it");
    }
  }

  /** The schedule's payments, or null when it is missing or malformed (reported). */
  private ScheduleCosts checkSchedule(Link link, ResultLink reported) {
    String subject = "link " + link.id();
    List<ScheduleEntry> schedule = reported.schedule();
    if (schedule == null || schedule.isEmpty()) {
      out.add(subject + ": schedule is missing; every link of a roll-out plan lists its installs by year");
      return null;
    }
    boolean wellFormed = true;
    LinkOption previous = null;
    int previousYear = 0;
    for (int i = 0; i < schedule.size(); i++) {
      ScheduleEntry entry = schedule.get(i);
      String at = subject + ": schedule[" + i + "]";
      if (entry.year() < 1 || entry.year() > view.years()) {
        out.add(at + " year " + entry.year() + " is outside the horizon 1.." + view.years());
        wellFormed = false;
      } else if (entry.year() <= previousYear) {
        out.add(at + " year " + entry.year() + " is not after year " + previousYear
            + " of the entry before; list installs in increasing years");
        wellFormed = false;
      }
      previousYear = Math.max(previousYear, entry.year());
      LinkOption option = link.option(entry.optionId());
      if (option == null) {
        out.add(at + " option " + quote(entry.optionId()) + " is not an option of the link");
        wellFormed = false;
        continue;
      }
      out.checkClose(at, "capacityMbps", entry.capacityMbps(), option.capacityMbps(), " (option " + option.id() + ")");
      double expectedCapex = option.capexUsd() + (i == 0 ? link.buildUsdPerKm() * link.lengthKm() : 0);
      out.checkClose(at, "capexUsd", entry.capexUsd(), expectedCapex,
          i == 0 ? " (option capexUsd + buildUsdPerKm x lengthKm: the first install)"
              : " (option capexUsd: an upgrade)");
      if (previous != null && option.capacityMbps() < previous.capacityMbps()) {
        out.add(at + " option " + option.id() + " has capacity " + num(option.capacityMbps())
            + " Mbps, less than the " + num(previous.capacityMbps()) + " Mbps of option " + previous.id()
            + " before it; a link's capacity never decreases");
      }
      previous = option;
    }
    String last = schedule.get(schedule.size() - 1).optionId();
    if (!last.equals(reported.optionId())) {
      out.add(subject + ": optionId is " + quote(reported.optionId()) + ", but its schedule ends with option "
          + quote(last) + "; optionId is the last year's option");
    }
    return wellFormed ? ScheduleCosts.of(view, link, schedule) : null;
  }

  /** Each year's flow (that year's demands of the routes crossing the link) within that year's capacity. */
  private void checkYearlyFlows(ResultLink link, ScheduleCosts paid) {
    double[] flow = new double[view.years()];
    for (Map.Entry<Node, ResultRoute> e : view.servedRoutes().entrySet()) {
      if (e.getValue().linkPath().contains(link.linkId())) {
        add(flow, view.siteDemandsMbps(e.getKey()));
      }
    }
    for (int t = 1; t <= view.years(); t++) {
      double capacity = paid.capacityMbps()[t - 1];
      if (flow[t - 1] > 0 && capacity == 0) {
        out.add("link " + link.linkId() + ": carries " + num(flow[t - 1]) + " Mbps in year " + t
            + ", but its schedule equips it only from year " + link.schedule().get(0).year());
      } else if (!Tolerance.atMost(flow[t - 1], capacity)) {
        out.add("link " + link.linkId() + ": carries " + num(flow[t - 1]) + " Mbps in year " + t
            + ", more than its capacity " + num(capacity) + " Mbps that year");
      }
    }
  }

  private void checkBudgets(double[] capex) {
    Rollout rollout = view.instance().rollout();
    double total = 0;
    for (int t = 1; t <= capex.length; t++) {
      total += capex[t - 1];
      if (rollout.hasYearlyBudget() && !Tolerance.atMost(capex[t - 1], rollout.capexBudgetUsdPerYear())) {
        out.add("plan: capex of year " + t + " is " + num(capex[t - 1]) + " USD, more than capexBudgetUsdPerYear "
            + num(rollout.capexBudgetUsdPerYear()));
      }
    }
    Constraints constraints = view.instance().constraints();
    if (constraints.hasBudget() && !Tolerance.atMost(total, constraints.capexBudgetUsd())) {
      out.add("plan: capex over all years is " + num(total) + " USD, more than capexBudgetUsd "
          + num(constraints.capexBudgetUsd()));
    }
  }

  private void checkYearTable(double[] capex, double[] opex, double[] lease) {
    RolloutReport report = view.result().rollout();
    if (report == null) {
      out.add("result: rollout is missing; a plan for an instance with a rollout section gives rollout.years");
      return;
    }
    int years = view.years();
    double[] demand = new double[years];
    double[] transit = new double[years];
    for (Map.Entry<Node, ResultRoute> e : view.servedRoutes().entrySet()) {
      double[] byYear = view.siteDemandsMbps(e.getKey());
      add(demand, byYear);
      ResultRoute r = e.getValue();
      Node gateway = r.gatewayId() == null ? null : view.node(r.gatewayId());
      if (PlanView.EXIT_GATEWAY.equals(r.exit()) && gateway != null) {
        for (int t = 0; t < years; t++) {
          transit[t] += 12.0 * gateway.transitUsdPerMbpsMonth() * byYear[t];
        }
      }
    }
    if (report.years().size() != years) {
      out.add("result: rollout.years has " + report.years().size() + " entries, expected " + years
          + " (one per year of the horizon)");
    }
    for (int i = 0; i < Math.min(years, report.years().size()); i++) {
      RolloutYear y = report.years().get(i);
      int t = i + 1;
      String subject = "rollout year " + t;
      out.checkEqual(subject, "year", y.year(), t, " (years 1..T in order)");
      double capexFactor = view.capexFactor(t);
      double endFactor = view.yearEndFactor(t);
      out.checkClose(subject, "demandMbps", y.demandMbps(), demand[i], " (the year's demand of the served sites)");
      out.checkClose(subject, "capexUsd", y.capexUsd(), capex[i], " (capex of the schedules' installs that year)");
      out.checkClose(subject, "opexUsd", y.opexUsd(), opex[i], "");
      out.checkClose(subject, "leaseUsd", y.leaseUsd(), lease[i], "");
      out.checkClose(subject, "transitUsd", y.transitUsd(), transit[i], "");
      out.checkClose(subject, "discountFactor", y.discountFactor(), endFactor, " ((1+r)^-year)");
      out.checkClose(subject, "capexDiscountFactor", y.capexDiscountFactor(), capexFactor, " ((1+r)^-(year-1))");
      out.checkClose(subject, "npcUsd", y.npcUsd(),
          capex[i] * capexFactor + (opex[i] + lease[i] + transit[i]) * endFactor,
          " (capex x capexDiscountFactor + (opex + lease + transit) x discountFactor)");
    }
  }

  private static void add(double[] into, double[] values) {
    for (int t = 0; t < into.length; t++) {
      into[t] += values[t];
    }
  }
}
