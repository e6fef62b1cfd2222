package org.dorsal.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dorsal.io.BenchmarkReportCsv;

/**
 * The {@code dorsal-comparison/1} document and its CSV table (docs/scenarios.md): the base and
 * every scenario with its figures and its differences to the base.
 */
public final class ComparisonDocument {
  public static final String SCHEMA = "dorsal-comparison/1";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ComparisonDocument() {}

  /**
   * @param instanceName the base instance's name
   * @param baseFile the base file as given
   * @param baseSha256 hex SHA-256 of its bytes
   * @param outcomes the base first, then the scenarios
   */
  public static ObjectNode json(String instanceName, String baseFile, String baseSha256, ComparisonSettings settings,
      List<ScenarioOutcome> outcomes, OutputNames names) {
    ObjectNode doc = JSON.objectNode();
    doc.put("schema", SCHEMA);
    ObjectNode base = doc.putObject("base");
    base.put("instanceName", instanceName);
    base.put("file", baseFile);
    base.put("sha256", baseSha256);
    ObjectNode s = doc.putObject("settings");
    s.put("timeLimitSeconds", settings.timeLimitSeconds());
    s.put("threads", settings.threads());
    s.put("seed", settings.seed());
    ArrayNode scenarios = doc.putArray("scenarios");
    PlanMetrics baseMetrics = outcomes.get(0).metrics();
    for (ScenarioOutcome o : outcomes) {
      ScenarioPlan plan = o.plan();
      ObjectNode entry = scenarios.addObject();
      entry.put("name", plan.name());
      entry.put("description", plan.description());
      entry.put("file", plan.file());
      ObjectNode multipliers = entry.putObject("multipliers");
      plan.multipliers().changed().forEach(multipliers::put);
      ArrayNode dropped = entry.putArray("dropLinkTechnologies");
      plan.droppedTechnologies().forEach(t -> dropped.add(t.jsonName()));
      entry.put("resultFile", o.written() ? names.resultFile(plan.name()) : null);
      entry.put("instanceFile", plan.instanceFileName());
      entry.set("metrics", PlanMetricsJson.toJson(o.metrics()));
      entry.set("deltaVsBase", PlanMetricsJson.delta(o.metrics(), baseMetrics));
    }
    return doc;
  }

  /**
   * One row per scenario: scenario, status, verified, every figure (byTechnologyNpcUsd as
   * {@code npc_<technology>}), every difference to the base ({@code delta_<figure>}), reason.
   * Empty cells for null.
   */
  public static String csv(List<ScenarioOutcome> outcomes) {
    List<String> header = new ArrayList<>(List.of("scenario", "status", "verified"));
    header.addAll(columns(PlanMetrics.FIGURES, ""));
    header.addAll(columns(deltaFigures(), "delta_"));
    header.add("reason");
    StringBuilder out = new StringBuilder();
    line(out, header);
    PlanMetrics base = outcomes.get(0).metrics();
    for (ScenarioOutcome o : outcomes) {
      PlanMetrics m = o.metrics();
      List<String> row = new ArrayList<>(List.of(o.plan().name(), m.status(), Boolean.toString(m.verified())));
      row.addAll(values(m, PlanMetrics.FIGURES));
      row.addAll(values(PlanMetricsDifference.of(m, base), deltaFigures()));
      row.add(m.reason() == null ? "" : m.reason());
      line(out, row);
    }
    return out.toString();
  }

  private static List<String> deltaFigures() {
    return PlanMetrics.FIGURES.stream().filter(f -> !PlanMetrics.TIMING_FIGURES.contains(f)).toList();
  }

  private static List<String> columns(List<String> figures, String prefix) {
    List<String> names = new ArrayList<>();
    for (String f : figures) {
      names.add(prefix + f);
      if (f.equals("transitNpcUsd")) {
        PlanMetrics.TECHNOLOGY_KEYS.forEach(t -> names.add(prefix + "npc_" + t));
      }
    }
    return names;
  }

  private static List<String> values(PlanMetrics m, List<String> figures) {
    List<String> cells = new ArrayList<>();
    for (String f : figures) {
      cells.add(cell(m.figure(f)));
      if (f.equals("transitNpcUsd")) {
        Map<String, Double> npc = m.byTechnologyNpcUsd();
        PlanMetrics.TECHNOLOGY_KEYS.forEach(t -> cells.add(npc == null ? "" : cell(npc.get(t))));
      }
    }
    return cells;
  }

  /** Plain decimal digits without exponent (the shortest that read back to the same double). */
  private static String cell(Number n) {
    if (n == null) {
      return "";
    }
    return n instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : n.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(BenchmarkReportCsv.quoted(cells.get(i)));
    }
    out.append('\n');
  }
}
