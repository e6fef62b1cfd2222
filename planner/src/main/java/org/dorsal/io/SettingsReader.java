package org.dorsal.io;

import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Constraints;
import org.dorsal.model.Routing;
import org.dorsal.model.Economics;

/** Reads the {@code economics} and {@code constraints} objects. */
final class SettingsReader {
  static final String DEFAULT_CURRENCY = "USD";
  static final int DEFAULT_MAX_MICROWAVE_HOPS = 4;

  /** A yearly rate must be below 1; 8.0 is almost surely meant as 8 %. */
  private static final NumberRule DISCOUNT_RATE =
      NumberRule.yearlyFraction("write a yearly rate of 0 or more, e.g. 0.08 for 8 %", " %");

  private final ValidationErrors errors;

  SettingsReader(ValidationErrors errors) {
    this.errors = errors;
  }

  Economics readEconomics(ObjectValue object) {
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.ECONOMICS);
    String currency = fields.optionalString("currency", DEFAULT_CURRENCY);
    long horizonYears =
        fields.requiredInteger(
            "horizonYears",
            "the planning horizon in whole years, e.g. 10",
            1,
            Integer.MAX_VALUE,
            "write the planning horizon in whole years, e.g. 10");
    double discountRate =
        fields.requiredNumber(
            "discountRate", "the yearly discount rate, e.g. 0.08 for 8 %", DISCOUNT_RATE);
    return new Economics(currency, (int) horizonYears, discountRate);
  }

  /** The constraints; {@code object} null means the field is absent and defaults apply. */
  Constraints readConstraints(ObjectValue object) {
    if (object == null) {
      return new Constraints(DEFAULT_MAX_MICROWAVE_HOPS, Double.POSITIVE_INFINITY);
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.CONSTRAINTS);
    long maxMicrowaveHops =
        fields.optionalInteger(
            "maxMicrowaveHops",
            DEFAULT_MAX_MICROWAVE_HOPS,
            1,
            Integer.MAX_VALUE,
            "write how many consecutive microwave hops a path may have, at least 1");
    double capexBudgetUsd =
        fields.optionalNumber("capexBudgetUsd", Double.POSITIVE_INFINITY, NumberRule.NON_NEGATIVE);
    return new Constraints((int) maxMicrowaveHops, capexBudgetUsd, readRouting(fields));
  }

  /** The routing, or null when it is not a known value (the error is collected). */
  private Routing readRouting(ObjectFields fields) {
    String text = fields.optionalString("routing", Routing.SINGLE_PATH.json());
    Routing routing = text == null ? null : Routing.fromJson(text);
    if (routing == null) {
      if (text != null) {
        errors.add(fields.value("routing").at(), "unknown routing '" + text
            + "'; use \"single-path\" (every site on one path, the default) or \"split\"");
      }
      return null; // unknown: the routing checks are skipped
    }
    return routing;
  }
}
