package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Technology;

/**
 * Reads and checks one entry of {@code links} with its options. References to nodes are checked
 * later, by {@link ReferenceChecks}, once all nodes are known.
 */
final class LinkReader {
  private static final String TECHNOLOGIES =
      "fiber-existing, fiber-lease, fiber-build, microwave, satellite";

  private final ValidationErrors errors;

  LinkReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The link, or null when the entry is not an object. */
  ReadLink read(LocatedValue entry) {
    if (!(entry instanceof ObjectValue object)) {
      errors.add(
          entry.at(),
          ObjectFields.typeMessage(
              "link", entry, "an object", "write an object { ... } with the link's fields"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.LINK);
    String id = fields.requiredNonEmptyString("id", "a unique id for the link, e.g. \"L1\"");
    String fromId =
        fields.requiredNonEmptyString("from", "the id of the node at one end of the link");
    Technology technology = readTechnology(fields);
    String toId = readTo(fields, technology, fromId);
    double lengthKm = readLength(fields, technology);
    double buildUsdPerKm = readBuildCost(fields, technology);
    boolean oneWay = fields.optionalBoolean("oneWay", false);
    if (oneWay && technology == Technology.SATELLITE) {
      fields.reportNotAllowed("oneWay", "a satellite link carries traffic from its node to the internet only;"
          + " remove 'oneWay'");
    }
    double usageUsdPerMbpsYear = fields.optionalNumber("usageUsdPerMbpsYear", 0, NumberRule.NON_NEGATIVE);
    List<LinkOption> options = readOptions(fields);
    Link link = new Link(id, fromId, toId, technology, lengthKm, buildUsdPerKm, options, oneWay,
        usageUsdPerMbpsYear);
    return new ReadLink(link, object);
  }

  private Technology readTechnology(ObjectFields fields) {
    String text =
        fields.requiredString("technology", "the link's technology: one of " + TECHNOLOGIES);
    if (text == null) {
      return null;
    }
    Technology technology = Technology.fromJson(text);
    if (technology == null) {
      errors.add(
          fields.value("technology").at(),
          "unknown technology '" + text + "'; use one of " + TECHNOLOGIES);
    }
    return technology;
  }

  private String readTo(ObjectFields fields, Technology technology, String fromId) {
    if (technology == Technology.SATELLITE) {
      if (fields.has("to")) {
        fields.reportNotAllowed(
            "to",
            "a satellite link has no far end; remove 'to' (the terminal stands at the node in"
                + " 'from')");
      }
      return null;
    }
    String toId =
        technology == null
            ? fields.optionalString("to", null)
            : fields.requiredNonEmptyString(
                "to", "the id of the node at the other end (only satellite links have no 'to')");
    if (toId != null && toId.equals(fromId)) {
      errors.add(
          fields.value("to").at(),
          "link goes from node '"
              + fromId
              + "' back to itself; 'from' and 'to' must be two different nodes");
    }
    return toId;
  }

  private double readLength(ObjectFields fields, Technology technology) {
    if (technology == null || technology == Technology.SATELLITE) {
      return fields.optionalNumber("lengthKm", 0, NumberRule.NON_NEGATIVE);
    }
    return fields.requiredNumber("lengthKm", "the route length in km", NumberRule.NON_NEGATIVE);
  }

  private double readBuildCost(ObjectFields fields, Technology technology) {
    if (technology == Technology.FIBER_BUILD) {
      return fields.requiredNumber(
          "buildUsdPerKm", "the civil-works cost per km of the new fiber", NumberRule.NON_NEGATIVE);
    }
    if (technology != null && fields.has("buildUsdPerKm")) {
      fields.reportNotAllowed(
          "buildUsdPerKm",
          "buildUsdPerKm is only allowed on fiber-build links; remove it, or change technology to"
              + " \"fiber-build\"");
      return 0;
    }
    // technology unknown: check the value's form only
    return technology == null
        ? fields.optionalNumber("buildUsdPerKm", 0, NumberRule.NON_NEGATIVE)
        : 0;
  }

  private List<LinkOption> readOptions(ObjectFields fields) {
    ArrayValue array =
        fields.requiredArray("options", "an array with at least one capacity option");
    List<LinkOption> options = new ArrayList<>();
    if (array == null) {
      return options;
    }
    if (array.items().isEmpty()) {
      errors.add(array.at(), "options is empty; add at least one capacity option");
    }
    Map<String, String> pointerById = new HashMap<>();
    for (LocatedValue entry : array.items()) {
      LinkOption option = readOption(entry);
      if (option == null) {
        continue;
      }
      options.add(option);
      if (option.id() != null) {
        LocatedValue idValue = ((ObjectValue) entry).get("id");
        String first = pointerById.putIfAbsent(option.id(), entry.at().pointer());
        if (first != null) {
          errors.add(
              idValue.at(),
              "duplicate option id '"
                  + option.id()
                  + "', already used by "
                  + first
                  + "; give each option of a link its own id");
        }
      }
    }
    return options;
  }

  private LinkOption readOption(LocatedValue entry) {
    if (!(entry instanceof ObjectValue object)) {
      errors.add(
          entry.at(),
          ObjectFields.typeMessage(
              "option", entry, "an object", "write an object { ... } with the option's fields"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.OPTION);
    return new LinkOption(
        fields.requiredNonEmptyString("id", "an id for the option, unique within the link"),
        fields.requiredNumber(
            "capacityMbps", "the option's capacity in Mbps", NumberRule.POSITIVE),
        fields.optionalNumber("capexUsd", 0, NumberRule.NON_NEGATIVE),
        fields.optionalNumber("opexUsdPerYear", 0, NumberRule.NON_NEGATIVE),
        fields.optionalNumber("leaseUsdPerMbpsMonth", 0, NumberRule.NON_NEGATIVE),
        fields.optionalNumber("leaseUsdPerYear", 0, NumberRule.NON_NEGATIVE));
  }
}
