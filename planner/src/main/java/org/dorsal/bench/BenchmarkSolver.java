package org.dorsal.bench;

import org.dorsal.io.BenchmarkInstance;
import org.dorsal.model.Instance;

/**
 * A solver a benchmark run compares: one algorithm behind an interface, its answer a result object
 * ({@link SolverAttempt}), checked afterwards by the run.
 */
public interface BenchmarkSolver {

  /** The name in the rows and summaries. */
  String name();

  /** Whether the solver runs on this (mapped) instance. */
  boolean appliesTo(BenchmarkInstance benchmark);

  /** Solves the instance within the settings' time limit. */
  SolverAttempt solve(Instance instance, BenchmarkSettings settings);
}
