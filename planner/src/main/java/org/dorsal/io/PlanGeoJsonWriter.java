package org.dorsal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dorsal.model.Node;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;

/**
 * A plan as GeoJSON (RFC 7946, WGS 84, positions {@code [lon, lat]}): one FeatureCollection with
 * a Point per node of the instance (in instance order), then a LineString per equipped link from
 * the end its traffic enters to the end it leaves (in result order); a satellite link is a Point
 * at its node. Property names are listed in docs/reports.md. Same plan, same bytes.
 */
public final class PlanGeoJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;
  private final PlanBundle plan;

  private PlanGeoJsonWriter(JsonGenerator out, PlanBundle plan) {
    this.out = out;
    this.plan = plan;
  }

  public static byte[] write(PlanBundle plan) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      // objects indented as in result files, arrays on one line (a position is [lon, lat])
      DefaultPrettyPrinter printer = ResultJsonWriter.prettyPrinter();
      printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
      generator.setPrettyPrinter(printer);
      new PlanGeoJsonWriter(generator, plan).collection();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private void collection() throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "FeatureCollection");
    out.writeArrayFieldStart("features");
    for (Node n : plan.instance().nodes()) {
      node(n);
    }
    for (ResultLink l : plan.result().links()) {
      link(l);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void node(Node n) throws IOException {
    startFeature();
    point(n);
    out.writeObjectFieldStart("properties");
    out.writeStringField("feature", "node");
    out.writeStringField("id", n.id());
    out.writeStringField("kind", n.kind().jsonName());
    out.writeStringField("name", n.name());
    out.writeNumberField("demandMbps", n.demandMbps());
    out.writeNumberField("population", n.population());
    out.writeBooleanField("required", n.isRequiredSite());
    if (n.isSite()) {
      ResultRoute r = plan.route(n.id());
      String exit = plan.exitOf(n.id());
      out.writeBooleanField("served", !"unserved".equals(exit));
      out.writeStringField("exit", exit);
      nullableString("gatewayId", r == null ? null : r.gatewayId());
    } else {
      out.writeNullField("served");
      out.writeNullField("exit");
      nullableString("gatewayId", n.isGateway() ? n.id() : null);
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private void link(ResultLink l) throws IOException {
    startFeature();
    Node from = plan.node(l.flowFromId());
    if (l.flowToId() == null) {
      point(from);
    } else {
      Node to = plan.node(l.flowToId());
      out.writeObjectFieldStart("geometry");
      out.writeStringField("type", "LineString");
      out.writeArrayFieldStart("coordinates");
      position(from);
      position(to);
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeObjectFieldStart("properties");
    out.writeStringField("feature", "link");
    out.writeStringField("linkId", l.linkId());
    out.writeStringField("technology", l.technology());
    out.writeStringField("optionId", l.optionId());
    out.writeStringField("fromId", l.flowFromId());
    nullableString("toId", l.flowToId());
    out.writeNumberField("capacityMbps", l.capacityMbps());
    out.writeNumberField("flowMbps", l.flowMbps());
    out.writeNumberField("utilisation", l.utilisation());
    out.writeNumberField("lengthKm", l.lengthKm());
    out.writeNumberField("capexUsd", l.capexUsd());
    out.writeNumberField("npcUsd", l.npcUsd());
    out.writeNumberField("year", plan.schedule().firstYear(l.linkId()));
    out.writeEndObject();
    out.writeEndObject();
  }

  private void startFeature() throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "Feature");
  }

  private void point(Node n) throws IOException {
    out.writeObjectFieldStart("geometry");
    out.writeStringField("type", "Point");
    out.writeFieldName("coordinates");
    position(n);
    out.writeEndObject();
  }

  /** A position: {@code [lon, lat]}. */
  private void position(Node n) throws IOException {
    out.writeStartArray();
    out.writeNumber(n.lon());
    out.writeNumber(n.lat());
    out.writeEndArray();
  }

  private void nullableString(String name, String value) throws IOException {
    if (value == null) {
      out.writeNullField(name);
    } else {
      out.writeStringField(name, value);
    }
  }
}
