package org.dorsal.bench;

import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.SolveOptions;

/**
 * What one solver returned on one instance, before the checks.
 *
 * @param outcome a plan, or the reason there is none
 * @param reportsBound whether the plan's bound is a real lower bound (the heuristics report 0)
 * @param options what the solver was asked, for the provenance of the checked result
 * @param failure a check of the solver's own that failed (the row becomes an error); null when none
 * @param note how the solver was run; empty when nothing to say
 */
public record SolverAttempt(PlanOutcome outcome, boolean reportsBound, SolveOptions options, String failure,
    String note) {}
