package org.dorsal.io;

/**
 * How the objective of a plan for an imported benchmark (net present cost plus penalties of
 * unserved optional sites) relates to the benchmark's own objective.
 */
public enum ObjectiveRelation {
  /**
   * Exact: every plan maps to a benchmark solution of at most its objective and every benchmark
   * solution to a plan of the same objective, so the optima are equal.
   */
  EQUAL,
  /**
   * Exact up to a constant: as {@link #EQUAL} after subtracting the instance's objective offset from
   * the plan's objective (the optima differ by exactly the offset).
   */
  EQUAL_PLUS_OFFSET,
  /**
   * The benchmark was read, but Dorsal's model cannot state it (not even as a bound); there is no
   * instance to plan.
   */
  NOT_MAPPED
}
