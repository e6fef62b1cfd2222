package org.dorsal.model.risk;

/**
 * How a risk analysis runs.
 *
 * @param mode "reprice" (keep the base plan's links and routes, recompute costs) or "replan"
 *     (plan every sample from scratch)
 * @param timeLimitSeconds solver limit of the base plan and, when re-planning, of every sample
 * @param threads samples evaluated at the same time; results do not depend on it
 * @param useMip false plans with the construction heuristic only (no MIP)
 */
public record RiskSettings(String mode, int samples, long seed, double timeLimitSeconds, int threads, boolean useMip) {
  public static final String REPRICE = "reprice";
  public static final String REPLAN = "replan";
}
