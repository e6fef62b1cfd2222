package org.dorsal.scenario;

import org.dorsal.pipeline.PlanRun;

/**
 * What planning one {@link ScenarioPlan} gave.
 *
 * @param run the pipeline's run; its result bytes are written only when {@link #written()}
 * @param metrics the plan's figures, status no-plan when there is no verified plan
 */
public record ScenarioOutcome(ScenarioPlan plan, PlanRun run, PlanMetrics metrics) {

  /** A verified plan exists: its result is written. */
  public boolean written() {
    return run.verified();
  }
}
