package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.pipeline.PlanRun;

/**
 * The {@code metrics} block of one sweep point (docs/coverage.md), in field order: values are
 * String, Boolean, Double, Integer, Long, a {@code Map<String, Double>} or null. The figures are
 * {@link PlanMetricsCalculator}'s, as {@code compare}'s, but for the bound: a coverage plan's
 * solver bounds cost + the penalties of the sites left out, so the sweep reports the bound on the
 * cost itself (bound − penalties) and the gap against it.
 */
final class SweepMetrics {
  /** Keys of byTechnologyNpcUsd, always all present. */
  static final List<String> TECHNOLOGIES = PlanMetrics.TECHNOLOGY_KEYS;
  /** The figures in document order, byTechnologyNpcUsd after transitNpcUsd. */
  static final List<String> FIGURES = figures();

  private SweepMetrics() {}

  private static List<String> figures() {
    List<String> figures = new ArrayList<>(PlanMetrics.FIGURES);
    figures.add(figures.indexOf("transitNpcUsd") + 1, "byTechnologyNpcUsd");
    return List.copyOf(figures);
  }

  /** The block of a planning run: every figure null (and the reason) when there is no plan. */
  static Map<String, Object> of(PlanRun run, Instance instance) {
    PlanResult result = run.result();
    if (result == null) {
      return noPlan(run.outcome().message());
    }
    PlanMetrics metrics = new PlanMetricsCalculator().of(result, instance, run.verified());
    // the solver's bound is on the objective (cost + penalties of unserved optional sites); the
    // coverage planner's penalties are those of the sites it chose, so cost bound = bound - penalties
    double lowerBound = result.solver().boundUsd() - result.summary().unservedPenaltyUsd();
    boolean bounded = result.solver().boundUsd() > 0 && lowerBound > 0;
    double total = metrics.totalNpcUsd();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", metrics.status());
    m.put("verified", metrics.verified());
    for (String figure : FIGURES) {
      Object value = switch (figure) {
        case "byTechnologyNpcUsd" -> metrics.byTechnologyNpcUsd();
        case "lowerBoundUsd" -> bounded ? lowerBound : null;
        case "gap" -> bounded && total > 0 ? Math.max(0, (total - lowerBound) / total) : null;
        default -> metrics.figure(figure);
      };
      m.put(figure, value);
    }
    m.put("reason", run.verified() ? null : "the verifier rejected the plan: " + String.join("; ", run.violations()));
    return m;
  }

  static Map<String, Object> noPlan(String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", PlanMetrics.NO_PLAN);
    m.put("verified", false);
    for (String figure : FIGURES) {
      m.put(figure, null);
    }
    m.put("reason", reason);
    return m;
  }
}
