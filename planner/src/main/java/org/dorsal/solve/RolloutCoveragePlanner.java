package org.dorsal.solve;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Locale;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.dorsal.model.Plan;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.CoverageReport;

/**
 * Plans an instance with both a {@code coverage} section and a {@code rollout}: the most weight
 * served within the capex budgets (per year and in total), then the least net present cost of the
 * roll-out serving it (docs/coverage.md).
 *
 * <ol>
 *   <li><b>Which sites</b>: the coverage weight phase ({@link CoverageWeightPhase}) on the network
 *       at the last year's demand with one capex budget, the smaller of the total budget and the
 *       yearly budget times the years. Every roll-out within the budgets has its last year's
 *       links (whose capex was paid at least once) within that budget, so the MIP's upper bound on
 *       the weight holds for the roll-out too.
 *   <li><b>Within the yearly budgets</b>: the chosen forest is scheduled over the years ({@link
 *       RolloutScheduler}); while no schedule keeps the budgets, the optional leaf site of least
 *       weight per USD of capex of the links only it uses is dropped from the forest.
 *   <li><b>Cost</b>: the roll-out planner ({@link RolloutPlanner}) on the instance where the sites
 *       left are required and the others are not worth serving, with that forest as one of its
 *       starts (so a plan within the budgets is known).
 * </ol>
 */
public final class RolloutCoveragePlanner {
  /** Share of the time limit for choosing the sites (greedy and weight MIP). */
  static final double WEIGHT_SHARE = CoveragePlanner.WEIGHT_SHARE;

  public PlanOutcome plan(Instance instance, SolveOptions options, SolveProgress progress) {
    Loader.loadNativeLibraries();
    long started = System.nanoTime();
    double limit = options.timeLimitSeconds();
    Coverage coverage = instance.coverage() != null ? instance.coverage() : Coverage.byPopulation();
    Instance unpenalised = CoveragePlanner.withSites(instance, null);
    RolloutNetwork rn = new RolloutNetwork(unpenalised);
    double yearlyUsd = rn.yearlyBudgetUsd;
    double relaxedBudgetUsd = Math.min(rn.totalBudgetUsd, rn.hasYearlyBudget() ? yearlyUsd * rn.years
        : Double.POSITIVE_INFINITY);
    Instance relaxed = rn.net.instance()
        .withConstraints(new Constraints(instance.constraints().maxMicrowaveHops(), relaxedBudgetUsd))
        .withCoverage(coverage);

    CoverageWeightPhase.Choice choice = CoverageWeightPhase.choose(relaxed, options, started, limit * WEIGHT_SHARE);
    if (choice.infeasible() || choice.chosen() == null) {
      String why = choice.infeasible() ? "the MIP proved that no plan serves every required site"
          : "no plan was found within the time limit of " + limit + " s";
      PlanOutcome none = CoveragePlanner.noPlan(relaxed, choice.net(), choice.weight(), options, why,
          choice.infeasible());
      return new PlanOutcome(null, none.unservable(), String.format(Locale.ROOT,
          "at the last year's demand, with the capex of all %d years within %s: %s", rn.years,
          budgetText(rn, relaxedBudgetUsd), none.message()));
    }
    progress.update(String.format(Locale.ROOT, "coverage: weight %,.0f served at most, over %d years",
        choice.chosenWeight(), rn.years), Double.NaN, Double.NaN);

    SitePruning.Result pruned = new SitePruning(rn, choice.weight()).prune(choice.chosen().parentArc(),
        started + (long) (limit * (WEIGHT_SHARE + 0.1) * 1e9));
    double rest = Math.max(1, limit - (System.nanoTime() - started) / 1e9);
    Instance fixed = CoveragePlanner.withSites(instance, CoverageWeightPhase.served(rn.net, pruned.parentArc()));
    SolveOptions fixedOptions = new SolveOptions(rest, options.relativeGap(), options.seed(), options.threads(),
        options.useMip());
    PlanOutcome outcome = new RolloutPlanner().plan(fixed, fixedOptions, progress,
        pruned.schedulable() ? pruned.parentArc() : null);
    if (!outcome.hasPlan()) {
      String why = pruned.schedulable() ? outcome.message()
          : "no roll-out of the required sites within the budgets was found (the coverage forest with "
              + pruned.droppedSites() + " optional site(s) dropped, and the roll-out planner's forests): "
              + pruned.failure();
      return new PlanOutcome(null, outcome.unservable(), why);
    }
    Plan plan = outcome.plan();
    double covered = CoveragePlanner.weightOf(plan, instance, coverage);
    double penalty = CoveragePlanner.unservedPenaltyUsd(plan, instance);
    double objective = plan.stats().objectiveUsd() + penalty;
    double bound = Math.min(Math.max(0, plan.stats().boundUsd()) + penalty, objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    boolean weightOptimal = choice.status() == SolveStatus.OPTIMAL && covered >= choice.weightBound() - 1e-6;
    SolveStatus status;
    if (weightOptimal && plan.stats().status() == SolveStatus.OPTIMAL) {
      status = SolveStatus.OPTIMAL;
    } else if (choice.status() == SolveStatus.TIMED_OUT || plan.stats().status() == SolveStatus.TIMED_OUT) {
      status = SolveStatus.TIMED_OUT;
    } else {
      status = SolveStatus.FEASIBLE;
    }
    String solverName = String.format(Locale.ROOT, "coverage over a roll-out: sites chosen by greedy + SCIP weight"
        + " MIP with the capex of all years within %s, %d of them dropped to keep the yearly budgets; cost: %s",
        budgetText(rn, relaxedBudgetUsd), pruned.droppedSites(), plan.stats().solverName());
    SolveStats stats = new SolveStats(status, objective, bound, gap, (System.nanoTime() - started) / 1e9, solverName,
        plan.stats().heuristicObjectiveUsd(), choice.nodes() + plan.stats().branchAndBoundNodes());
    CoverageReport report = CoverageReport.of(coverage.weight(), covered, choice.weightBound(),
        instance.constraints().capexBudgetUsd(), yearlyUsd);
    progress.update("done", objective, bound);
    return new PlanOutcome(new Plan(plan.choices(), plan.routes(), stats).withSchedules(plan.schedules())
        .withCoverage(report), List.of(), null);
  }

  private static String budgetText(RolloutNetwork rn, double relaxedBudgetUsd) {
    if (relaxedBudgetUsd == Double.POSITIVE_INFINITY) {
      return "no budget";
    }
    return relaxedBudgetUsd < rn.totalBudgetUsd
        ? String.format(Locale.ROOT, "%d x capexBudgetUsdPerYear = %,.0f USD", rn.years, relaxedBudgetUsd)
        : String.format(Locale.ROOT, "capexBudgetUsd %,.0f USD", relaxedBudgetUsd);
  }
}
