package org.dorsal.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Rollout;
import org.dorsal.model.Technology;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;

/**
 * Writes an instance with all its links as format v1 JSON, one node or link per line, streaming
 * (an expanded national instance has hundreds of thousands of links). Numbers are written so
 * that reading them back gives the same doubles; fields equal to their default are left out.
 * Candidate rules are not written: the links they generated are.
 */
public final class InstanceWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Writes {@code instance} to {@code out} (not closed). */
  public void write(Instance instance, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new LinePerItemPrinter());
      g.writeStartObject();
      g.writeStringField("schema", InstanceFields.SCHEMA_TAG);
      g.writeStringField("name", instance.name());
      if (!instance.description().isEmpty()) {
        g.writeStringField("description", instance.description());
      }
      economics(g, instance.economics());
      constraints(g, instance.constraints());
      Coverage coverage = instance.coverage();
      if (coverage != null) {
        g.writeObjectFieldStart("coverage");
        g.writeStringField("weight", coverage.weight());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("nodes");
      List<Node> nodes = instance.nodes();
      for (Node node : nodes) {
        node(g, node, coverage);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("links");
      for (Link link : instance.links()) {
        link(g, link);
      }
      g.writeEndArray();
      if (instance.uncertainty() != null) {
        uncertainty(g, instance.uncertainty());
      }
      if (instance.rollout() != null) {
        rollout(g, instance.rollout());
      }
      g.writeEndObject();
      g.flush();
    }
    out.write('\n');
  }

  private static void economics(JsonGenerator g, Economics e) throws IOException {
    g.writeObjectFieldStart("economics");
    g.writeStringField("currency", e.currency());
    g.writeNumberField("horizonYears", e.horizonYears());
    number(g, "discountRate", e.discountRate());
    g.writeEndObject();
  }

  private static void constraints(JsonGenerator g, Constraints c) throws IOException {
    g.writeObjectFieldStart("constraints");
    g.writeNumberField("maxMicrowaveHops", c.maxMicrowaveHops());
    if (Double.isFinite(c.capexBudgetUsd())) {
      number(g, "capexBudgetUsd", c.capexBudgetUsd());
    }
    if (c.splitRouting()) {
      g.writeStringField("routing", c.routing().json());
    }
    g.writeEndObject();
  }

  private static void rollout(JsonGenerator g, Rollout r) throws IOException {
    g.writeObjectFieldStart("rollout");
    number(g, "demandGrowthPerYear", r.demandGrowthPerYear());
    if (r.hasYearlyBudget()) {
      number(g, "capexBudgetUsdPerYear", r.capexBudgetUsdPerYear());
    }
    if (!r.sites().isEmpty()) {
      g.writeArrayFieldStart("sites");
      for (Rollout.SiteRollout site : r.sites()) {
        g.writeStartObject();
        g.writeStringField("siteId", site.siteId());
        number(g, "demandGrowthPerYear", site.demandGrowthPerYear());
        g.writeNumberField("firstYear", site.firstYear());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void node(JsonGenerator g, Node n, Coverage coverage) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", n.id());
    g.writeStringField("kind", n.kind().jsonName());
    g.writeStringField("name", n.name());
    number(g, "lat", n.lat());
    number(g, "lon", n.lon());
    if (n.elevationM() != 0) {
      number(g, "elevationM", n.elevationM());
    }
    if (n.kind() == NodeKind.GATEWAY) {
      number(g, "uplinkCapacityMbps", n.uplinkCapacityMbps());
      if (n.transitUsdPerMbpsMonth() != 0) {
        number(g, "transitUsdPerMbpsMonth", n.transitUsdPerMbpsMonth());
      }
    } else if (n.kind() == NodeKind.SITE) {
      number(g, "demandMbps", n.demandMbps());
      if (n.population() != 0) {
        g.writeNumberField("population", n.population());
      }
      if (!n.required()) {
        g.writeBooleanField("required", false);
        if (n.unservedPenaltyUsd() != 0) {
          number(g, "unservedPenaltyUsd", n.unservedPenaltyUsd());
        }
      }
      Double priority = coverage == null ? null : coverage.priorityBySiteId().get(n.id());
      if (priority != null) {
        number(g, "priority", priority);
      }
    }
    g.writeEndObject();
  }

  private static void link(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("from", l.fromId());
    if (l.toId() != null) {
      g.writeStringField("to", l.toId());
    }
    g.writeStringField("technology", l.technology().jsonName());
    if (!l.isSatellite()) {
      number(g, "lengthKm", l.lengthKm());
    }
    if (l.technology() == Technology.FIBER_BUILD || l.buildUsdPerKm() != 0) {
      // required on fiber-build links even when 0, or the file does not read back
      number(g, "buildUsdPerKm", l.buildUsdPerKm());
    }
    if (l.oneWay()) {
      g.writeBooleanField("oneWay", true);
    }
    if (l.usageUsdPerMbpsYear() != 0) {
      number(g, "usageUsdPerMbpsYear", l.usageUsdPerMbpsYear());
    }
    g.writeArrayFieldStart("options");
    for (LinkOption o : l.options()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      number(g, "capacityMbps", o.capacityMbps());
      optional(g, "capexUsd", o.capexUsd());
      optional(g, "opexUsdPerYear", o.opexUsdPerYear());
      optional(g, "leaseUsdPerMbpsMonth", o.leaseUsdPerMbpsMonth());
      optional(g, "leaseUsdPerYear", o.leaseUsdPerYear());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void uncertainty(JsonGenerator g, Uncertainty u) throws IOException {
    g.writeObjectFieldStart("uncertainty");
    g.writeArrayFieldStart("drivers");
    for (UncertainDriver d : u.drivers()) {
      driver(g, d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One driver object of the uncertainty section (the risk report lists the drivers the same way). */
  static void driver(JsonGenerator g, UncertainDriver d) throws IOException {
    g.writeStartObject();
    g.writeStringField("multiplier", d.multiplier());
    g.writeObjectFieldStart("distribution");
    g.writeStringField("type", d.distribution().type());
    for (Map.Entry<String, Double> p : d.distribution().parameters().entrySet()) {
      number(g, p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, double value) throws IOException {
    if (value != 0) {
      number(g, name, value);
    }
  }

  /** Whole numbers without ".0"; others in the shortest form that reads back exactly. */
  private static void number(JsonGenerator g, String name, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumberField(name, (long) value);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
