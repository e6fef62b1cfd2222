package org.dorsal.model.bench;

/**
 * One solver on one benchmark instance. Numbers are in the benchmark's own objective (the plan
 * objective less the mapping's offset), so they compare directly with the literature's values; NaN
 * where there is none.
 *
 * @param set the set (the folder's name)
 * @param instance the instance name (for CMST with {@code -Q<capacity>})
 * @param nodes nodes of the instance as solved (for an unmapped benchmark: of the problem as read);
 *     -1 when it could not be read
 * @param links links of the instance as solved (unmapped: arcs); -1 when unknown
 * @param sites sites of the instance as solved (unmapped: sources and sinks); -1 when unknown
 * @param solver the solver's name, or null when no solver ran (not mapped, or unreadable)
 * @param cost the verified plan's objective in benchmark terms; NaN without a verified plan
 * @param knownValue the set's table value; NaN when the table has none
 * @param knownStatus {@code opt} (proven optimal) or {@code bks} (best known), null without a value
 * @param gapToKnown (cost - knownValue) / knownValue; NaN when either is missing
 * @param lowerBound the solver's lower bound in benchmark terms; NaN when it gives none
 * @param seconds wall time of the solver call (model building included, checks excluded); NaN
 *     when nothing ran
 * @param message for {@link RowStatus#ERROR}, what went wrong; otherwise null
 * @param note remarks (why there is no plan, how a baseline was run, inconsistencies with the
 *     known value); empty when none
 */
public record BenchmarkRow(
    String set,
    String instance,
    int nodes,
    int links,
    int sites,
    String solver,
    double cost,
    double knownValue,
    String knownStatus,
    double gapToKnown,
    double lowerBound,
    double seconds,
    RowStatus status,
    String message,
    String note) {

  /** The status as written: the word, and for errors {@code error: <message>}. */
  public String statusText() {
    return status == RowStatus.ERROR ? "error: " + message : status.word();
  }

  /** Whether the cost equals the known value (|gap| below 1e-6). */
  public boolean atKnownValue() {
    return Math.abs(gapToKnown) < 1e-6;
  }
}
