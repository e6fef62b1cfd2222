package org.dorsal.scenario;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link SweepReport} as the {@code dorsal-sweep/1} document (docs/coverage.md): numbers in
 * plain notation, NaN and missing figures as null.
 */
public final class SweepJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SweepJson() {}

  public static byte[] write(SweepReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("schema", SweepReport.SCHEMA);
      g.writeObjectFieldStart("base");
      g.writeStringField("instanceName", report.instanceName());
      g.writeStringField("file", report.file());
      g.writeStringField("sha256", report.sha256());
      g.writeEndObject();
      g.writeStringField("weight", report.weight());
      g.writeObjectFieldStart("settings");
      number(g, "timeLimitSeconds", report.timeLimitSeconds());
      g.writeNumberField("threads", report.threads());
      g.writeNumberField("seed", report.seed());
      number(g, "budgetFromUsd", report.range().fromUsd());
      number(g, "budgetToUsd", report.range().toUsd());
      g.writeNumberField("steps", report.range().steps());
      g.writeBooleanField("budgetPerYear", report.perYear());
      g.writeEndObject();
      g.writeArrayFieldStart("points");
      for (SweepReport.Point p : report.points()) {
        g.writeStartObject();
        number(g, "budgetUsd", p.budgetUsd());
        g.writeFieldName("resultFile");
        value(g, p.resultFile());
        number(g, "weightCovered", p.weightCovered());
        number(g, "weightBound", p.weightBound());
        g.writeBooleanField("paretoOptimal", p.paretoOptimal());
        g.writeFieldName("metrics");
        value(g, p.metrics());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void number(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    value(g, value);
  }

  /** A metrics value: null, string, boolean, number (NaN as null) or a map of such. */
  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Double d) {
      if (Double.isFinite(d)) {
        g.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros());
      } else {
        g.writeNull();
      }
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(e.getKey().toString());
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a metrics value: " + value);
    }
  }
}
