package org.dorsal.io;

import org.dorsal.model.Instance;

/**
 * A benchmark problem stated as a Dorsal instance, with how a plan's objective relates to the
 * benchmark's objective.
 *
 * @param objectiveOffsetUsd for {@link ObjectiveRelation#EQUAL_PLUS_OFFSET}, what a plan's objective
 *     exceeds the benchmark objective by; 0 otherwise
 */
public record MappedInstance(Instance instance, ObjectiveRelation relation, double objectiveOffsetUsd) {}
