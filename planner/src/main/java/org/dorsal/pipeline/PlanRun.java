package org.dorsal.pipeline;

import java.util.List;
import org.dorsal.model.result.PlanResult;
import org.dorsal.solve.PlanOutcome;

/**
 * What one planning run produced.
 *
 * @param outcome the solver's answer (a plan or the reasons there is none)
 * @param result the result document, null when there is no plan
 * @param resultJson the serialized result, exactly the bytes that were verified; null without plan
 * @param violations what the independent verifier rejected (empty when the plan passed)
 */
public record PlanRun(PlanOutcome outcome, PlanResult result, byte[] resultJson, List<String> violations) {

  public PlanRun {
    violations = List.copyOf(violations);
  }

  /** A plan exists and passed the verifier: it may be written. */
  public boolean verified() {
    return result != null && violations.isEmpty();
  }
}
