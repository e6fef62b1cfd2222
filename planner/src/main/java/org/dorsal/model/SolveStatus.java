package org.dorsal.model;

/** How a solve ended. The JSON name is the lower-case word. */
public enum SolveStatus {
  /** The plan is proven optimal (within the relative gap tolerance). */
  OPTIMAL("optimal"),
  /** A plan was found and the solver stopped for another reason than the time limit. */
  FEASIBLE("feasible"),
  /** The time limit ended the search; the plan is the best found, with its bound. */
  TIMED_OUT("timed-out"),
  /** No plan exists. */
  INFEASIBLE("infeasible");

  private final String jsonName;

  SolveStatus(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static SolveStatus fromJson(String name) {
    for (SolveStatus s : values()) {
      if (s.jsonName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
