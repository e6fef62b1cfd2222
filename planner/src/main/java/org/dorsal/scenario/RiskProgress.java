package org.dorsal.scenario;

/** Where a risk analysis reports each finished evaluation; called from worker threads. */
@FunctionalInterface
public interface RiskProgress {
  RiskProgress NONE = (done, total) -> { };

  /** {@code done} of {@code total} evaluations (samples, then the tornado's ends) are finished. */
  void finished(int done, int total);
}
