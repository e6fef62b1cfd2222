package org.dorsal.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@link PlanMetrics} and of the difference of two of them (the
 * {@code metrics} and {@code deltaVsBase} blocks of docs/scenarios.md).
 */
public final class PlanMetricsJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PlanMetricsJson() {}

  /** The {@code metrics} block: status, verified, reason (only without plan), the figures. */
  public static ObjectNode toJson(PlanMetrics m) {
    ObjectNode node = JSON.objectNode();
    node.put("status", m.status());
    node.put("verified", m.verified());
    if (m.reason() != null) {
      node.put("reason", m.reason());
    }
    writeFigures(node, m, PlanMetrics.FIGURES);
    return node;
  }

  /**
   * {@code scenario - base} for every figure but the timings; a figure is null when either side
   * lacks it. Whole-number figures stay whole numbers.
   */
  public static ObjectNode delta(PlanMetrics scenario, PlanMetrics base) {
    List<String> figures = PlanMetrics.FIGURES.stream().filter(f -> !PlanMetrics.TIMING_FIGURES.contains(f)).toList();
    return writeFigures(JSON.objectNode(), PlanMetricsDifference.of(scenario, base), figures);
  }

  private static ObjectNode writeFigures(ObjectNode node, PlanMetrics m, List<String> figures) {
    for (String figure : figures) {
      putNumber(node, figure, m.figure(figure));
      if (figure.equals("transitNpcUsd")) {
        node.set("byTechnologyNpcUsd", byTechnology(m.byTechnologyNpcUsd()));
      }
    }
    return node;
  }

  private static ObjectNode byTechnology(Map<String, Double> npc) {
    if (npc == null) {
      return null;
    }
    ObjectNode node = JSON.objectNode();
    npc.forEach(node::put);
    return node;
  }

  static void putNumber(ObjectNode node, String name, Number value) {
    if (value == null) {
      node.putNull(name);
    } else if (value instanceof Double d) {
      node.put(name, d);
    } else {
      node.put(name, value.longValue());
    }
  }
}
