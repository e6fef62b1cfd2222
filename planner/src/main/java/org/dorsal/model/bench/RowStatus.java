package org.dorsal.model.bench;

/** How one solver's run on one benchmark instance ended. The written name is the lower-case word. */
public enum RowStatus {
  /** A verified plan the solver proved optimal (within its gap tolerance). */
  OPTIMAL("optimal"),
  /** A verified plan, not proven optimal; the solver stopped before its time limit. */
  FEASIBLE("feasible"),
  /** A verified plan, the best found when the time limit ended the search. */
  TIMED_OUT("timed-out"),
  /** The solver returned no plan (none found in time, or none exists). */
  NO_PLAN("no-plan"),
  /** Dorsal's model cannot state the benchmark (FCNetLib); nothing was run. */
  NOT_MAPPED("not-mapped"),
  /** The instance could not be read, the solver failed, or its plan failed a check. */
  ERROR("error");

  private final String word;

  RowStatus(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
