package org.dorsal.io;

import java.util.Arrays;
import java.util.List;

/**
 * The field names of instance format v1, per kind of object, in the order the format document
 * lists them. The reader accepts exactly these; a test keeps the JSON Schema in step.
 */
final class InstanceFields {
  static final String SCHEMA_TAG = "dorsal-instance/1";

  static final List<String> TOP_LEVEL =
      List.of("schema", "name", "description", "economics", "constraints", "nodes", "links");

  static final List<String> ECONOMICS =
      List.of("currency", "horizonYears", "discountRate");

  static final List<String> CONSTRAINTS = List.of("maxMicrowaveHops", "capexBudgetUsd");

  /** Fields every node may have. */
  static final List<String> NODE_COMMON =
      List.of("id", "kind", "name", "lat", "lon", "elevationM");

  static final List<String> GATEWAY_ONLY =
      List.of("uplinkCapacityMbps", "transitUsdPerMbpsMonth");

  static final List<String> SITE_ONLY =
      List.of("demandMbps", "population", "required", "unservedPenaltyUsd");

  static final List<String> LINK =
      List.of("id", "from", "to", "technology", "lengthKm", "buildUsdPerKm", "options");

  static final List<String> OPTION =
      List.of(
          "id",
          "capacityMbps",
          "capexUsd",
          "opexUsdPerYear",
          "leaseUsdPerMbpsMonth",
          "leaseUsdPerYear");

  private InstanceFields() {}

  /** Every field any node may have, whatever its kind. */
  static List<String> allNodeFields() {
    return concat(NODE_COMMON, GATEWAY_ONLY, SITE_ONLY);
  }

  @SafeVarargs
  static List<String> concat(List<String>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
