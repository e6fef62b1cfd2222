package org.dorsal.scenario;

import org.dorsal.model.Instance;
import org.dorsal.model.risk.SampleOutcome;

/** Cost and coverage of the network under one sampled instance; safe to call from many threads. */
interface SampleEvaluator {

  /**
   * @param sampled the base instance with the sample's multipliers applied
   * @param label how the sample is named in the (unwritten) result's provenance
   */
  SampleOutcome evaluate(Instance sampled, String label);
}
