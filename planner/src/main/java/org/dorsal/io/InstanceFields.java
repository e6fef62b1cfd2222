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
      List.of(
          "schema",
          "name",
          "description",
          "economics",
          "constraints",
          "candidateRules",
          "coverage",
          "nodes",
          "links",
          "uncertainty",
          "rollout");

  static final List<String> ECONOMICS =
      List.of("currency", "horizonYears", "discountRate");

  static final List<String> CONSTRAINTS = List.of("maxMicrowaveHops", "capexBudgetUsd", "routing");

  static final List<String> COVERAGE = List.of("weight");

  static final List<String> ROLLOUT = List.of("demandGrowthPerYear", "capexBudgetUsdPerYear", "sites");

  static final List<String> ROLLOUT_SITE = List.of("siteId", "demandGrowthPerYear", "firstYear");

  /** Fields every node may have. */
  static final List<String> NODE_COMMON =
      List.of("id", "kind", "name", "lat", "lon", "elevationM");

  static final List<String> GATEWAY_ONLY =
      List.of("uplinkCapacityMbps", "transitUsdPerMbpsMonth");

  static final List<String> SITE_ONLY =
      List.of("demandMbps", "population", "required", "unservedPenaltyUsd", "priority");

  static final List<String> LINK =
      List.of("id", "from", "to", "technology", "lengthKm", "buildUsdPerKm", "oneWay", "usageUsdPerMbpsYear",
          "options");

  static final List<String> OPTION =
      List.of(
          "id",
          "capacityMbps",
          "capexUsd",
          "opexUsdPerYear",
          "leaseUsdPerMbpsMonth",
          "leaseUsdPerYear");

  static final List<String> CANDIDATE_RULES =
      List.of("climate", "elevationGridFile", "microwave", "fiber", "satellite");

  static final List<String> CANDIDATE_MICROWAVE =
      List.of(
          "maxReachKm",
          "nearest",
          "antennaHeightM",
          "clutterHeightM",
          "surveyUsd",
          "radioPairUsd",
          "antennaPrices",
          "licenceUsdPerMhz",
          "licenceUsdPerMhzYear",
          "operationUsdPerYear");

  static final List<String> CANDIDATE_ANTENNA_PRICE = List.of("dishM", "pairUsd");

  static final List<String> CANDIDATE_FIBER =
      List.of(
          "nearest",
          "nearestGateways",
          "maxKm",
          "routeFactor",
          "buildUsdPerKm",
          "highlandElevationM",
          "opexUsdPerKmYear",
          "equipment");

  static final List<String> CANDIDATE_TERRAIN_CLASSES = List.of("lowland", "highland");

  static final List<String> CANDIDATE_FIBER_EQUIPMENT = List.of("id", "capacityMbps", "capexUsd");

  static final List<String> CANDIDATE_SATELLITE = List.of("offers");

  static final List<String> UNCERTAINTY = List.of("drivers");

  static final List<String> UNCERTAINTY_DRIVER = List.of("multiplier", "distribution");

  /** Link id prefixes of generated candidates, not allowed on given links when generating. */
  static final List<String> GENERATED_LINK_PREFIXES = List.of("mw:", "fb:", "sat:");

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
