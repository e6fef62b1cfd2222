package org.dorsal.verify;

import static org.dorsal.verify.Violations.num;
import static org.dorsal.verify.Violations.quote;

import java.util.List;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/** Checks the solver report: status, objective as in the summary, bound and gap. */
final class SolverChecker {
  static final List<String> PLAN_STATUSES = List.of("optimal", "feasible", "timed-out");
  private static final String SUBJECT = "solver";

  private final SolverReport solver;
  private final ResultSummary summary;
  private final Violations out;

  SolverChecker(SolverReport solver, ResultSummary summary, Violations out) {
    this.solver = solver;
    this.summary = summary;
    this.out = out;
  }

  void check() {
    if (!PLAN_STATUSES.contains(solver.status())) {
      out.add(
          SUBJECT
              + ": status is "
              + quote(solver.status())
              + ", expected \"optimal\", \"feasible\" or \"timed-out\" (a result holds a plan)");
    }
    double objective = solver.objectiveUsd();
    double bound = solver.boundUsd();
    if (!Tolerance.close(objective, summary.objectiveUsd())) {
      out.add(
          SUBJECT
              + ": objectiveUsd is "
              + num(objective)
              + ", but the summary's objectiveUsd is "
              + num(summary.objectiveUsd()));
    }
    if (!Tolerance.atMost(bound, objective)) {
      out.add(
          SUBJECT
              + ": boundUsd "
              + num(bound)
              + " is above objectiveUsd "
              + num(objective)
              + "; a lower bound cannot exceed the objective");
    }
    if (objective > 0) {
      out.checkClose(
          SUBJECT,
          "gap",
          solver.gap(),
          (objective - bound) / objective,
          " ((objectiveUsd - boundUsd) / objectiveUsd)");
    } else if (objective == 0 && bound == 0) {
      out.checkClose(SUBJECT, "gap", solver.gap(), 0, " (objective and bound are both 0)");
    }
  }
}
