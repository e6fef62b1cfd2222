package org.dorsal.verify;

import java.util.List;

/**
 * What {@link PlanVerifier} found wrong with a result: one message per violation, each naming the
 * site, link or gateway and the expected against the reported value. Empty when the plan holds.
 */
public record VerificationReport(List<String> violations) {

  public VerificationReport {
    violations = List.copyOf(violations);
  }

  /** True when no violation was found. */
  public boolean ok() {
    return violations.isEmpty();
  }
}
