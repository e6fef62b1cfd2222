package org.dorsal.scenario;

import java.util.List;
import org.dorsal.economics.PlanAccounting;
import org.dorsal.model.Instance;
import org.dorsal.model.Plan;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.SolveOptions;

/**
 * Re-prices the base plan under a sample ({@link PlanRepricer}); when every route holds, the
 * repriced plan goes through {@link PlanPipeline#check} (accounting, JSON round trip, the
 * independent verifier against the sampled instance) like any plan the planner makes.
 */
final class RepricingEvaluator implements SampleEvaluator {
  static final String SOLVER_NAME = "base plan repriced (links and routes kept, overloaded links upgraded)";

  private final PlanRepricer repricer;
  private final byte[] instanceBytes;
  private final SolveOptions options;

  RepricingEvaluator(Plan basePlan, byte[] instanceBytes, SolveOptions options) {
    this.repricer = new PlanRepricer(basePlan);
    this.instanceBytes = instanceBytes;
    this.options = options;
  }

  @Override
  public SampleOutcome evaluate(Instance sampled, String label) {
    PlanRepricer.Repriced repriced = repricer.reprice(sampled);
    ResultSummary s = new PlanAccounting(sampled).account(repriced.plan(), null).summary();
    int uncovered = repriced.uncoveredSiteIds().size();
    if (uncovered > 0) {
      List<String> first = repriced.uncoveredSiteIds().subList(0, Math.min(5, uncovered));
      return new SampleOutcome("partial", false, s.totalNpcUsd(), s.populationServed(), s.sitesServed(), uncovered,
          repriced.upgradedLinks(), uncovered + " site(s) not covered: " + String.join(", ", first)
          + (uncovered > first.size() ? ", ..." : ""));
    }
    double objective = s.objectiveUsd();
    SolveStats stats = new SolveStats(SolveStatus.FEASIBLE, objective, 0, objective > 0 ? 1 : 0, 0, SOLVER_NAME,
        Double.NaN, 0);
    Plan plan = new Plan(repriced.plan().choices(), repriced.plan().routes(), stats);
    PlanRun run = new PlanPipeline().check(sampled, label, instanceBytes, options,
        new PlanOutcome(plan, List.of(), null));
    return RiskOutcomes.of(run, repriced.upgradedLinks());
  }
}
