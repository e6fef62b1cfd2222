package org.dorsal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dorsal.model.result.CoverageReport;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.ScheduleEntry;
import org.dorsal.model.result.SolverReport;

/** Writes a {@link PlanResult} as deterministic pretty-printed JSON (see {@link ResultJson}). */
final class ResultJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;

  private ResultJsonWriter(JsonGenerator out) {
    this.out = out;
  }

  static byte[] write(PlanResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      generator.setPrettyPrinter(prettyPrinter());
      new ResultJsonWriter(generator).result(result);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** Two-space indent, "\n" line ends on every platform, {@code "key": value}, empty {} and []. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private void result(PlanResult r) throws IOException {
    out.writeStartObject();
    string("schema", r.schema());
    string("instanceName", r.instanceName());
    out.writeFieldName("summary");
    summary(r.summary());
    out.writeArrayFieldStart("links");
    for (ResultLink link : r.links()) {
      link(link);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("routes");
    for (ResultRoute route : r.routes()) {
      route(route);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("gateways");
    for (GatewayLoad gateway : r.gateways()) {
      gateway(gateway);
    }
    out.writeEndArray();
    out.writeFieldName("solver");
    solver(r.solver());
    out.writeFieldName("provenance");
    provenance(r.provenance());
    if (r.coverage() != null) {
      out.writeFieldName("coverage");
      coverage(r.coverage());
    }
    if (r.rollout() != null) {
      out.writeObjectFieldStart("rollout");
      out.writeArrayFieldStart("years");
      for (RolloutYear y : r.rollout().years()) {
        rolloutYear(y);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void coverage(CoverageReport c) throws IOException {
    out.writeStartObject();
    string("weight", c.weight());
    number("weightCovered", c.weightCovered());
    number("weightBound", c.weightBound());
    number("weightGap", c.weightGap());
    numberOrNull("capexBudgetUsd", c.capexBudgetUsd());
    numberOrNull("capexBudgetUsdPerYear", c.capexBudgetUsdPerYear());
    out.writeEndObject();
  }

  private void summary(ResultSummary s) throws IOException {
    out.writeStartObject();
    number("totalNpcUsd", s.totalNpcUsd());
    number("capexUsd", s.capexUsd());
    number("opexNpcUsd", s.opexNpcUsd());
    number("leaseNpcUsd", s.leaseNpcUsd());
    number("transitNpcUsd", s.transitNpcUsd());
    out.writeObjectFieldStart("byTechnologyNpcUsd");
    for (Map.Entry<String, Double> e : new TreeMap<>(s.byTechnologyNpcUsd()).entrySet()) {
      number(e.getKey(), e.getValue());
    }
    out.writeEndObject();
    number("unservedPenaltyUsd", s.unservedPenaltyUsd());
    number("objectiveUsd", s.objectiveUsd());
    out.writeNumberField("sitesTotal", s.sitesTotal());
    out.writeNumberField("sitesServed", s.sitesServed());
    out.writeNumberField("populationServed", s.populationServed());
    number("demandServedMbps", s.demandServedMbps());
    if (!Double.isNaN(s.usageNpcUsd())) {
      number("usageNpcUsd", s.usageNpcUsd()); // split routing only
    }
    out.writeEndObject();
  }

  private void link(ResultLink l) throws IOException {
    out.writeStartObject();
    string("linkId", l.linkId());
    string("technology", l.technology());
    string("optionId", l.optionId());
    string("flowFromId", l.flowFromId());
    string("flowToId", l.flowToId());
    number("capacityMbps", l.capacityMbps());
    number("flowMbps", l.flowMbps());
    number("utilisation", l.utilisation());
    number("lengthKm", l.lengthKm());
    number("capexUsd", l.capexUsd());
    number("opexNpcUsd", l.opexNpcUsd());
    number("leaseNpcUsd", l.leaseNpcUsd());
    number("npcUsd", l.npcUsd());
    if (l.schedule() != null) {
      out.writeArrayFieldStart("schedule");
      for (ScheduleEntry e : l.schedule()) {
        out.writeStartObject();
        out.writeNumberField("year", e.year());
        string("optionId", e.optionId());
        number("capacityMbps", e.capacityMbps());
        number("capexUsd", e.capexUsd());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!Double.isNaN(l.usageNpcUsd())) {
      number("usageNpcUsd", l.usageNpcUsd()); // split routing only
    }
    out.writeEndObject();
  }

  private void rolloutYear(RolloutYear y) throws IOException {
    out.writeStartObject();
    out.writeNumberField("year", y.year());
    number("demandMbps", y.demandMbps());
    number("capexUsd", y.capexUsd());
    number("opexUsd", y.opexUsd());
    number("leaseUsd", y.leaseUsd());
    number("transitUsd", y.transitUsd());
    number("discountFactor", y.discountFactor());
    number("capexDiscountFactor", y.capexDiscountFactor());
    number("npcUsd", y.npcUsd());
    out.writeEndObject();
  }

  private void route(ResultRoute r) throws IOException {
    out.writeStartObject();
    string("siteId", r.siteId());
    string("exit", r.exit());
    string("gatewayId", r.gatewayId());
    strings("nodePath", r.nodePath());
    strings("linkPath", r.linkPath());
    out.writeNumberField("hops", r.hops());
    out.writeNumberField("microwaveHops", r.microwaveHops());
    out.writeNumberField("microwaveHopsToFiber", r.microwaveHopsToFiber());
    number("demandMbps", r.demandMbps());
    if (!Double.isNaN(r.shareMbps())) {
      number("shareMbps", r.shareMbps());
    }
    out.writeEndObject();
  }

  private void gateway(GatewayLoad g) throws IOException {
    out.writeStartObject();
    string("gatewayId", g.gatewayId());
    number("loadMbps", g.loadMbps());
    number("uplinkCapacityMbps", g.uplinkCapacityMbps());
    number("utilisation", g.utilisation());
    out.writeNumberField("sitesServed", g.sitesServed());
    number("transitNpcUsd", g.transitNpcUsd());
    out.writeEndObject();
  }

  private void solver(SolverReport s) throws IOException {
    out.writeStartObject();
    string("status", s.status());
    string("solver", s.solver());
    number("objectiveUsd", s.objectiveUsd());
    number("boundUsd", s.boundUsd());
    number("gap", s.gap());
    number("seconds", s.seconds());
    if (Double.isNaN(s.heuristicObjectiveUsd())) {
      out.writeNullField("heuristicObjectiveUsd");
    } else {
      number("heuristicObjectiveUsd", s.heuristicObjectiveUsd());
    }
    out.writeNumberField("branchAndBoundNodes", s.branchAndBoundNodes());
    out.writeEndObject();
  }

  private void provenance(Provenance p) throws IOException {
    out.writeStartObject();
    string("instanceFile", p.instanceFile());
    string("instanceSha256", p.instanceSha256());
    string("programVersion", p.programVersion());
    out.writeObjectFieldStart("options");
    for (Map.Entry<String, String> e : new TreeMap<>(p.options()).entrySet()) {
      string(e.getKey(), e.getValue());
    }
    out.writeEndObject();
    out.writeNumberField("seed", p.seed());
    out.writeNumberField("threads", p.threads());
    out.writeEndObject();
  }

  /** A finite number, or JSON null for infinity (no budget). */
  private void numberOrNull(String name, double value) throws IOException {
    if (value == Double.POSITIVE_INFINITY) {
      out.writeNullField(name);
    } else {
      number(name, value);
    }
  }

  /** A string field; null is written as JSON null. */
  private void string(String name, String value) throws IOException {
    if (value == null) {
      out.writeNullField(name);
    } else {
      out.writeStringField(name, value);
    }
  }

  private void strings(String name, List<String> values) throws IOException {
    out.writeArrayFieldStart(name);
    for (String v : values) {
      out.writeString(v);
    }
    out.writeEndArray();
  }

  /** A finite double, written by {@link Double#toString(double)} so that it reads back exactly. */
  private void number(String name, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "cannot write " + value + " as \"" + pointerOf(name) + "\": JSON numbers are finite");
    }
    out.writeNumberField(name, value);
  }

  private String pointerOf(String name) {
    // the object context's own pointer would end in the previous field, so start at its parent
    return out.getOutputContext().getParent().pathAsPointer().toString() + "/" + name;
  }
}
