package org.dorsal.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional roll-out parts of a result document (contracts.md): the year each link is first
 * equipped ({@code links[].schedule[0].year}) and the per-year costs ({@code rollout.years}).
 * A result without them has no schedule: every link is in year 0 and there are no years.
 *
 * @param firstYearByLinkId the first scheduled year of each link that has a schedule
 * @param years the roll-out's years in document order; empty without a roll-out
 */
public record PlanSchedule(Map<String, Integer> firstYearByLinkId, List<Year> years) {

  /** No roll-out: every link is equipped in year 0. */
  public static final PlanSchedule NONE = new PlanSchedule(Map.of(), List.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One roll-out year's figures as the result states them (money not discounted). */
  public record Year(int year, double demandMbps, double capexUsd, double opexUsd, double leaseUsd,
      double transitUsd, double discountFactor) {}

  public PlanSchedule {
    firstYearByLinkId = Map.copyOf(firstYearByLinkId);
    years = List.copyOf(years);
  }

  /** The year a link is first equipped: its first schedule entry's year, else 0. */
  public int firstYear(String linkId) {
    return firstYearByLinkId.getOrDefault(linkId, 0);
  }

  public boolean hasYears() {
    return !years.isEmpty();
  }

  /**
   * Reads the schedule of a result document's bytes (already checked by {@link ResultJson#read});
   * fields that are missing or not numbers count as absent or NaN.
   */
  public static PlanSchedule of(byte[] resultJson) {
    JsonNode root;
    try {
      root = JSON.readTree(resultJson);
    } catch (IOException e) {
      return NONE;
    }
    Map<String, Integer> firstYears = new LinkedHashMap<>();
    for (JsonNode link : root.path("links")) {
      JsonNode first = link.path("schedule").path(0).path("year");
      if (first.isNumber() && link.path("linkId").isTextual()) {
        firstYears.put(link.get("linkId").asText(), first.asInt());
      }
    }
    List<Year> years = new ArrayList<>();
    for (JsonNode y : root.path("rollout").path("years")) {
      years.add(new Year(y.path("year").asInt(), number(y, "demandMbps"), number(y, "capexUsd"),
          number(y, "opexUsd"), number(y, "leaseUsd"), number(y, "transitUsd"), number(y, "discountFactor")));
    }
    return new PlanSchedule(firstYears, years);
  }

  private static double number(JsonNode object, String field) {
    JsonNode v = object.path(field);
    return v.isNumber() ? v.asDouble() : Double.NaN;
  }
}
