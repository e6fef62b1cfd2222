package org.dorsal.io;

import org.dorsal.model.FixedChargeFlowProblem;
import org.dorsal.model.Instance;

/**
 * A benchmark instance read from its set: Dorsal's statement of it (when there is one), how a
 * plan's objective relates to the benchmark's objective, and the known value.
 *
 * @param instance the Dorsal instance, or null when the relation is {@link
 *     ObjectiveRelation#NOT_MAPPED}
 * @param flowProblem for FCNetLib entries, the problem as read; otherwise null
 * @param objectiveOffsetUsd what a plan's objective exceeds the benchmark objective by (0 unless the
 *     relation is {@link ObjectiveRelation#EQUAL_PLUS_OFFSET})
 */
public record BenchmarkInstance(
    BenchmarkEntry entry,
    Instance instance,
    FixedChargeFlowProblem flowProblem,
    ObjectiveRelation relation,
    double objectiveOffsetUsd) {

  public String name() {
    return entry.name();
  }

  public String set() {
    return entry.set();
  }

  /** The table's value, or null. */
  public KnownValue knownValue() {
    return entry.knownValue();
  }

  /**
   * The benchmark objective of a plan with this objective (net present cost plus penalties), or NaN
   * when the benchmark is not mapped.
   */
  public double benchmarkObjective(double planObjectiveUsd) {
    return relation == ObjectiveRelation.NOT_MAPPED ? Double.NaN : planObjectiveUsd - objectiveOffsetUsd;
  }
}
