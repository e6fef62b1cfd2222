package org.dorsal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.risk.PlanFigures;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.model.risk.Spread;
import org.dorsal.model.risk.TornadoBar;

/**
 * Writes the {@code dorsal-risk/1} document (docs/risk.md, schemas/dorsal-risk-1.schema.json):
 * deterministic pretty-printed JSON, numbers that are not available (NaN) as null.
 */
public final class RiskReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;

  private RiskReportJson(JsonGenerator out) {
    this.out = out;
  }

  /** The document's UTF-8 bytes, ending in a newline. */
  public static byte[] write(RiskReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      generator.setPrettyPrinter(ResultJsonWriter.prettyPrinter());
      new RiskReportJson(generator).report(report);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private void report(RiskReport r) throws IOException {
    out.writeStartObject();
    out.writeStringField("schema", RiskReport.SCHEMA);
    out.writeObjectFieldStart("base");
    out.writeStringField("instanceName", r.base().instanceName());
    out.writeStringField("file", r.base().file());
    out.writeStringField("sha256", r.base().sha256());
    out.writeEndObject();
    out.writeStringField("mode", r.settings().mode());
    out.writeNumberField("samples", r.settings().samples());
    out.writeNumberField("seed", r.settings().seed());
    out.writeObjectFieldStart("settings");
    out.writeNumberField("timeLimitSeconds", r.settings().timeLimitSeconds());
    out.writeNumberField("threads", r.settings().threads());
    out.writeBooleanField("useMip", r.settings().useMip());
    out.writeEndObject();
    out.writeArrayFieldStart("drivers");
    for (UncertainDriver d : r.drivers()) {
      InstanceWriter.driver(out, d);
    }
    out.writeEndArray();
    out.writeFieldName("baseMetrics");
    metrics(r.baseMetrics());
    spread("cost", r.cost());
    spread("population", r.population());
    spread("sitesServed", r.sitesServed());
    out.writeNumberField("samplesWithUncoveredSites", r.samplesWithUncoveredSites());
    out.writeNumberField("samplesWithoutPlan", r.samplesWithoutPlan());
    out.writeArrayFieldStart("sampleTable");
    for (RiskSample s : r.sampleTable()) {
      out.writeStartObject();
      out.writeNumberField("index", s.index());
      out.writeObjectFieldStart("factors");
      for (Map.Entry<String, Double> f : s.factors().entrySet()) {
        number(f.getKey(), f.getValue());
      }
      out.writeEndObject();
      outcome(s.outcome());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("tornado");
    for (TornadoBar b : r.tornado()) {
      tornado(b);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void outcome(SampleOutcome o) throws IOException {
    number("totalNpcUsd", o.totalNpcUsd());
    out.writeNumberField("populationCovered", o.populationCovered());
    out.writeNumberField("sitesServed", o.sitesServed());
    out.writeStringField("status", o.status());
    out.writeBooleanField("verified", o.verified());
    out.writeNumberField("sitesUncovered", o.sitesUncovered());
    out.writeNumberField("upgradedLinks", o.upgradedLinks());
    if (o.reason() != null) {
      out.writeStringField("reason", o.reason());
    }
  }

  private void tornado(TornadoBar b) throws IOException {
    out.writeStartObject();
    out.writeStringField("multiplier", b.multiplier());
    number("lowFactor", b.lowFactor());
    number("highFactor", b.highFactor());
    number("costAtLowUsd", b.costAtLowUsd());
    number("costAtHighUsd", b.costAtHighUsd());
    number("swingUsd", b.swingUsd());
    out.writeNumberField("populationAtLow", b.atLow().populationCovered());
    out.writeNumberField("populationAtHigh", b.atHigh().populationCovered());
    out.writeStringField("statusAtLow", b.atLow().status());
    out.writeStringField("statusAtHigh", b.atHigh().status());
    out.writeEndObject();
  }

  private void spread(String name, Spread s) throws IOException {
    if (s == null) {
      out.writeNullField(name);
      return;
    }
    out.writeObjectFieldStart(name);
    number("p10", s.p10());
    number("p50", s.p50());
    number("p90", s.p90());
    number("mean", s.mean());
    number("min", s.min());
    number("max", s.max());
    out.writeEndObject();
  }

  private void metrics(PlanFigures m) throws IOException {
    out.writeStartObject();
    out.writeStringField("status", m.status());
    out.writeBooleanField("verified", m.verified());
    number("totalNpcUsd", m.totalNpcUsd());
    number("capexUsd", m.capexUsd());
    number("opexNpcUsd", m.opexNpcUsd());
    number("leaseNpcUsd", m.leaseNpcUsd());
    number("transitNpcUsd", m.transitNpcUsd());
    out.writeObjectFieldStart("byTechnologyNpcUsd");
    for (Map.Entry<String, Double> t : m.byTechnologyNpcUsd().entrySet()) {
      number(t.getKey(), t.getValue());
    }
    out.writeEndObject();
    out.writeNumberField("sitesTotal", m.sitesTotal());
    out.writeNumberField("sitesServed", m.sitesServed());
    out.writeNumberField("requiredSitesServed", m.requiredSitesServed());
    out.writeNumberField("optionalSitesServed", m.optionalSitesServed());
    out.writeNumberField("populationCovered", m.populationCovered());
    number("costPerSiteUsd", m.costPerSiteUsd());
    number("costPerPersonUsd", m.costPerPersonUsd());
    number("fiberBuiltKm", m.fiberBuiltKm());
    number("fiberLeasedKm", m.fiberLeasedKm());
    out.writeNumberField("microwaveHops", m.microwaveHops());
    out.writeNumberField("satelliteSites", m.satelliteSites());
    number("lowerBoundUsd", m.lowerBoundUsd());
    number("gap", m.gap());
    number("seconds", m.seconds());
    out.writeEndObject();
  }

  private void number(String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      out.writeNumberField(name, value);
    } else {
      out.writeNullField(name);
    }
  }
}
