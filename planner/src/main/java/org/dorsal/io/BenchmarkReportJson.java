package org.dorsal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.SolverSummary;

/**
 * Writes a {@link BenchmarkReport} as pretty-printed UTF-8 JSON ({@code "schema": "dorsal-bench/1"}):
 * the settings, {@code rows} (one object per instance and solver, fields as in {@link BenchmarkRow},
 * {@code status} as written in the table, e.g. {@code "error: ..."}) and {@code summaries}. Numbers
 * are written in their shortest round-tripping form; a missing number (NaN, or a size of -1) is
 * {@code null}.
 */
public final class BenchmarkReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;

  private BenchmarkReportJson(JsonGenerator out) {
    this.out = out;
  }

  /** Writes the report to {@code stream} (which stays open). */
  public static void write(BenchmarkReport report, OutputStream stream) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setPrettyPrinter(ResultJsonWriter.prettyPrinter());
      new BenchmarkReportJson(generator).report(report);
    }
    stream.write('\n');
  }

  private void report(BenchmarkReport r) throws IOException {
    out.writeStartObject();
    out.writeStringField("schema", BenchmarkReport.SCHEMA);
    out.writeStringField("set", r.set());
    number("timeLimitSeconds", r.timeLimitSeconds());
    out.writeNumberField("threads", r.threads());
    out.writeStringField("programVersion", r.programVersion());
    out.writeArrayFieldStart("rows");
    for (BenchmarkRow row : r.rows()) {
      row(row);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("summaries");
    for (SolverSummary s : r.summaries()) {
      summary(s);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void row(BenchmarkRow r) throws IOException {
    out.writeStartObject();
    string("set", r.set());
    string("instance", r.instance());
    count("nodes", r.nodes());
    count("links", r.links());
    count("sites", r.sites());
    string("solver", r.solver());
    number("cost", r.cost());
    number("knownValue", r.knownValue());
    string("knownStatus", r.knownStatus());
    number("gapToKnown", r.gapToKnown());
    number("lowerBound", r.lowerBound());
    number("seconds", r.seconds());
    string("status", r.statusText());
    string("note", r.note());
    out.writeEndObject();
  }

  private void summary(SolverSummary s) throws IOException {
    out.writeStartObject();
    string("solver", s.solver());
    out.writeNumberField("instances", s.instances());
    out.writeNumberField("withCost", s.withCost());
    out.writeNumberField("compared", s.compared());
    number("meanGapToKnown", s.meanGapToKnown());
    number("maxGapToKnown", s.maxGapToKnown());
    out.writeNumberField("atKnownValue", s.atKnownValue());
    number("meanSeconds", s.meanSeconds());
    out.writeEndObject();
  }

  private void string(String name, String value) throws IOException {
    if (value == null) {
      out.writeNullField(name);
    } else {
      out.writeStringField(name, value);
    }
  }

  /** A count, null when unknown (-1). */
  private void count(String name, int value) throws IOException {
    if (value < 0) {
      out.writeNullField(name);
    } else {
      out.writeNumberField(name, value);
    }
  }

  /** A number, null when NaN (or infinite, which JSON cannot hold). */
  private void number(String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      out.writeNumberField(name, value);
    } else {
      out.writeNullField(name);
    }
  }
}
