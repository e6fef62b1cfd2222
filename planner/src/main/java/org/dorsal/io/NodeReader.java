package org.dorsal.io;

import java.util.List;
import org.dorsal.io.LocatedValue.BooleanValue;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;

/** Reads and checks one entry of {@code nodes}: common fields plus those of its kind. */
final class NodeReader {
  private static final String KINDS = "gateway, site, relay, junction";

  private final ValidationErrors errors;

  NodeReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The node, or null when the entry is not an object. */
  ReadNode read(LocatedValue entry) {
    if (!(entry instanceof ObjectValue object)) {
      errors.add(
          entry.at(),
          ObjectFields.typeMessage(
              "node", entry, "an object", "write an object { ... } with the node's fields"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    String id = fields.requiredNonEmptyString("id", "a unique id for the node, e.g. \"S1\"");
    NodeKind kind = readKind(fields);
    String name = fields.requiredString("name", "the node's name");
    double lat =
        fields.requiredNumber(
            "lat",
            "the latitude in decimal degrees (-90 to 90)",
            NumberRule.degreesBetween("latitude", -90, 90));
    double lon =
        fields.requiredNumber(
            "lon",
            "the longitude in decimal degrees (-180 to 180)",
            NumberRule.degreesBetween("longitude", -180, 180));
    double elevationM = fields.optionalNumber("elevationM", 0, NumberRule.ANY);
    checkFieldsOfKind(object, fields, kind);

    double demandMbps = 0;
    long population = 0;
    boolean required = false;
    double unservedPenaltyUsd = 0;
    double uplinkCapacityMbps = 0;
    double transitUsdPerMbpsMonth = 0;
    if (kind == NodeKind.GATEWAY) {
      uplinkCapacityMbps =
          fields.requiredNumber(
              "uplinkCapacityMbps", "the gateway's uplink capacity in Mbps", NumberRule.POSITIVE);
      transitUsdPerMbpsMonth =
          fields.optionalNumber("transitUsdPerMbpsMonth", 0, NumberRule.NON_NEGATIVE);
    } else if (kind == NodeKind.SITE) {
      demandMbps =
          fields.requiredNumber(
              "demandMbps", "the site's traffic demand in Mbps", NumberRule.POSITIVE);
      population =
          fields.optionalInteger(
              "population",
              0,
              0,
              Long.MAX_VALUE,
              "write the number of people served, 0 if unknown");
      required = fields.optionalBoolean("required", true);
      unservedPenaltyUsd = readPenalty(fields, required);
    }
    Node node =
        new Node(
            id,
            kind,
            name,
            lat,
            lon,
            elevationM,
            demandMbps,
            population,
            required,
            unservedPenaltyUsd,
            uplinkCapacityMbps,
            transitUsdPerMbpsMonth);
    return new ReadNode(node, object);
  }

  private NodeKind readKind(ObjectFields fields) {
    String text =
        fields.requiredString("kind", "the node's kind: one of " + KINDS);
    if (text == null) {
      return null;
    }
    NodeKind kind = NodeKind.fromJson(text);
    if (kind == null) {
      errors.add(
          fields.value("kind").at(), "unknown node kind '" + text + "'; use one of " + KINDS);
    }
    return kind;
  }

  /** Unknown fields, and fields of another kind (e.g. demandMbps on a gateway). */
  private void checkFieldsOfKind(ObjectValue object, ObjectFields fields, NodeKind kind) {
    if (kind == null) {
      fields.rejectUnknown(InstanceFields.allNodeFields());
      return;
    }
    List<String> allowed = InstanceFields.concat(InstanceFields.NODE_COMMON, kindOnly(kind));
    for (Member m : object.members().values()) {
      if (allowed.contains(m.name())) {
        continue;
      }
      String message;
      if (InstanceFields.GATEWAY_ONLY.contains(m.name())) {
        message = onlyFor(m.name(), "gateway", kind);
      } else if (InstanceFields.SITE_ONLY.contains(m.name())) {
        message = onlyFor(m.name(), "site", kind);
      } else {
        message = ObjectFields.unknownFieldMessage(m.name(), allowed);
      }
      errors.add(m.value().at(), message);
    }
  }

  private static String onlyFor(String field, String owner, NodeKind kind) {
    return "field '"
        + field
        + "' is only allowed on "
        + owner
        + " nodes; remove it from this "
        + kind.jsonName()
        + " (or change its kind)";
  }

  private static List<String> kindOnly(NodeKind kind) {
    return switch (kind) {
      case GATEWAY -> InstanceFields.GATEWAY_ONLY;
      case SITE -> InstanceFields.SITE_ONLY;
      case RELAY, JUNCTION -> List.of();
    };
  }

  private double readPenalty(ObjectFields fields, boolean required) {
    if (!fields.has("unservedPenaltyUsd")) {
      return 0;
    }
    boolean requiredIsValid =
        !fields.has("required") || fields.value("required") instanceof BooleanValue;
    if (required && requiredIsValid) {
      errors.add(
          fields.value("unservedPenaltyUsd").at(),
          "unservedPenaltyUsd is only allowed on optional sites; remove it, or make the site"
              + " optional with \"required\": false");
      return 0;
    }
    return fields.optionalNumber("unservedPenaltyUsd", 0, NumberRule.NON_NEGATIVE);
  }
}
