package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import org.dorsal.model.Coverage;
import org.dorsal.model.Node;
import org.dorsal.model.result.CoverageReport;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.RolloutReport;
import org.dorsal.model.result.RolloutYear;

/**
 * Checks a result's coverage block: the weight of the served sites recomputed from the routes
 * (population, or the instance's priorities, 1 when a site has none), the bound at least that
 * weight, the gap, and the capex within the budgets planned for (total, and per year of a roll-out).
 */
final class CoverageChecker {
  private static final String SUBJECT = "coverage";

  private final PlanView view;
  private final CoverageReport coverage;
  private final Violations out;

  CoverageChecker(PlanView view, CoverageReport coverage, Violations out) {
    this.view = view;
    this.coverage = coverage;
    this.out = out;
  }

  /** @param rollout the result's roll-out block, null when it has none */
  void check(ResultSummary summary, RolloutReport rollout) {
    boolean population = "population".equals(coverage.weight());
    if (!population && !"priority".equals(coverage.weight())) {
      out.add(SUBJECT + ": weight is " + quote(coverage.weight()) + ", expected \"population\" or \"priority\"");
      return;
    }
    Coverage section = view.instance().coverage();
    double covered = 0;
    for (Node site : view.servedRoutes().keySet()) {
      if (population) {
        covered += site.population();
      } else {
        Double priority = section == null ? null : section.priorityBySiteId().get(site.id());
        covered += priority == null ? 1 : priority;
      }
    }
    out.checkClose(SUBJECT, "weightCovered", coverage.weightCovered(), covered, " (weight of the served sites)");
    double bound = coverage.weightBound();
    if (!Tolerance.atMost(coverage.weightCovered(), bound)) {
      out.add(SUBJECT + ": weightBound " + num(bound) + " is below weightCovered " + num(coverage.weightCovered())
          + "; an upper bound cannot be below what the plan serves");
    }
    double gap = bound > 0 ? (bound - coverage.weightCovered()) / bound : 0;
    out.checkClose(SUBJECT, "weightGap", coverage.weightGap(), gap, " ((weightBound - weightCovered) / weightBound)");
    double budget = coverage.capexBudgetUsd();
    if (Double.isFinite(budget) && !Tolerance.atMost(summary.capexUsd(), budget)) {
      out.add(SUBJECT + ": the plan's capex " + num(summary.capexUsd()) + " USD exceeds the capexBudgetUsd "
          + num(budget) + " it was planned for");
    }
    double perYear = coverage.capexBudgetUsdPerYear();
    if (!Double.isFinite(perYear)) {
      return;
    }
    if (rollout == null) {
      out.add(SUBJECT + ": capexBudgetUsdPerYear " + num(perYear) + " is given but the result has no roll-out");
      return;
    }
    for (RolloutYear y : rollout.years()) {
      if (!Tolerance.atMost(y.capexUsd(), perYear)) {
        out.add(SUBJECT + ": the plan's capex of year " + y.year() + " is " + num(y.capexUsd())
            + " USD, more than the capexBudgetUsdPerYear " + num(perYear) + " it was planned for");
      }
    }
  }
}
