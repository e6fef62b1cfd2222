package org.dorsal.scenario;

import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.pipeline.PlanRun;

/** A pipeline run as one sample's outcome. */
final class RiskOutcomes {
  private RiskOutcomes() {}

  static SampleOutcome of(PlanRun run, int upgradedLinks) {
    if (!run.outcome().hasPlan()) {
      return new SampleOutcome("no-plan", false, Double.NaN, 0, 0, 0, upgradedLinks, run.outcome().message());
    }
    if (!run.verified()) {
      return new SampleOutcome("rejected", false, Double.NaN, 0, 0, 0, upgradedLinks,
          "the verifier rejected the plan: " + run.violations().get(0));
    }
    ResultSummary s = run.result().summary();
    return new SampleOutcome(run.result().solver().status(), true, s.totalNpcUsd(), s.populationServed(),
        s.sitesServed(), 0, upgradedLinks, null);
  }
}
