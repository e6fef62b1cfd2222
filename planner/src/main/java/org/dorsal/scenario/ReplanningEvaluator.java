package org.dorsal.scenario;

import org.dorsal.model.Instance;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.solve.SolveOptions;

/** Plans every sample from scratch with the pipeline (solve, account, verify). */
final class ReplanningEvaluator implements SampleEvaluator {
  private final byte[] instanceBytes;
  private final SolveOptions options;

  ReplanningEvaluator(byte[] instanceBytes, SolveOptions options) {
    this.instanceBytes = instanceBytes;
    this.options = options;
  }

  @Override
  public SampleOutcome evaluate(Instance sampled, String label) {
    return RiskOutcomes.of(new PlanPipeline().run(sampled, label, instanceBytes, options), 0);
  }
}
