package org.dorsal.scenario;

/**
 * Where a batch of plans (the scenarios of a comparison, the points of a sweep, the samples of a
 * risk run) reports each finished item. Called from worker threads, one call at a time per item.
 */
@FunctionalInterface
public interface BatchProgress {
  BatchProgress NONE = (item, metrics, done, total) -> { };

  /**
   * @param item the finished item's name
   * @param metrics its figures (status no-plan when it has none)
   * @param done items finished so far, this one included
   * @param total items in the batch
   */
  void finished(String item, PlanMetrics metrics, int done, int total);
}
