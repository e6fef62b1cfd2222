package org.dorsal.solve;

/**
 * Where a long solve reports how far it has come: the stage, the cost of the best plan so far and
 * the best lower bound so far (NaN when there is none yet). Called from solver threads.
 */
@FunctionalInterface
public interface SolveProgress {
  SolveProgress NONE = (stage, costUsd, boundUsd) -> { };

  void update(String stage, double costUsd, double boundUsd);
}
