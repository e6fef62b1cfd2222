package org.dorsal.solve;

import java.util.List;
import org.dorsal.model.Plan;

/**
 * The answer of {@link Planner}: a plan, or (when none exists or none was found in time) the
 * reasons.
 *
 * @param plan the plan, or null
 * @param unservable required sites that cannot be served, with reasons (empty when a plan exists)
 * @param message one-line summary when there is no plan
 */
public record PlanOutcome(Plan plan, List<Unservable> unservable, String message) {

  public PlanOutcome {
    unservable = List.copyOf(unservable);
  }

  public boolean hasPlan() {
    return plan != null;
  }
}
