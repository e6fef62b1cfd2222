package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;
import org.junit.jupiter.api.Test;

/** The instance's optional rollout section: read, checked with located errors, written back. */
class RolloutSectionTest {
  /** A valid instance with a rollout section on line 13; tests replace that line. */
  private static final String WITH_ROLLOUT =
      """
      {
        "schema": "dorsal-instance/1",
        "name": "t",
        "economics": {"horizonYears": 5, "discountRate": 0.08},
        "nodes": [
          {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000},
          {"id": "S1", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10},
          {"id": "S2", "kind": "site", "name": "s", "lat": 1, "lon": 2, "demandMbps": 20}
        ],
        "links": [
          {"id": "L1", "from": "S1", "to": "G1", "technology": "microwave", "lengthKm": 5, "options": [{"id": "o1", "capacityMbps": 100}]},
          {"id": "L2", "from": "S2", "to": "G1", "technology": "microwave", "lengthKm": 5, "options": [{"id": "o1", "capacityMbps": 100}]}
        ],
      ROLLOUT
      }
      """;

  private static String withRollout(String section) {
    return WITH_ROLLOUT.replace("ROLLOUT", "  \"rollout\": " + section);
  }

  private static Instance read(String json) throws InvalidInputException {
    return new InstanceReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** The formatted errors of a rejected roll-out section. */
  private static List<String> errorsOf(String json) {
    List<String> formatted = new ArrayList<>();
    assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> read(json))
        .satisfies(e -> e.errors().forEach(error -> formatted.add(error.format())));
    return formatted;
  }

  @Test
  void readsGrowthBudgetAndSites() throws Exception {
    Instance instance = read(withRollout(
        "{\"demandGrowthPerYear\": 0.25, \"capexBudgetUsdPerYear\": 2e7,"
            + " \"sites\": [{\"siteId\": \"S2\", \"firstYear\": 3}]}"));

    Rollout rollout = instance.rollout();
    assertThat(rollout).isEqualTo(new Rollout(0.25, 2e7, List.of(new Rollout.SiteRollout("S2", 0.25, 3))));
    Node s1 = instance.nodes().get(1);
    Node s2 = instance.nodes().get(2);
    // 10 x 1.25^(t-1); S2 from year 3: 20 x 1.25^2 = 31.25
    assertThat(rollout.demandMbps(s1, 3)).isEqualTo(15.625);
    assertThat(rollout.demandMbps(s2, 2)).isZero();
    assertThat(rollout.demandMbps(s2, 3)).isEqualTo(31.25);
  }

  @Test
  void withoutTheSectionThereIsNoRollout() throws Exception {
    assertThat(read(WITH_ROLLOUT.replace("],\nROLLOUT", "]")).rollout()).isNull();
  }

  @Test
  void defaultsAreNoGrowthAndNoYearlyBudget() throws Exception {
    assertThat(read(withRollout("{}")).rollout()).isEqualTo(new Rollout(0));
  }

  @Test
  void badValuesAreLocated() {
    assertThat(errorsOf(withRollout(
        "{\"demandGrowthPerYear\": 25, \"capexBudgetUsdPerYear\": 0, \"sites\": [{\"siteId\": \"G1\"},"
            + " {\"siteId\": \"S1\", \"firstYear\": 6, \"demandGrowthPerYear\": -0.1}, {\"siteId\": \"S1\"},"
            + " {\"siteId\": \"X\", \"year\": 2}]}")))
        .containsExactly(
            "t.json:14:38: /rollout/demandGrowthPerYear: demandGrowthPerYear 25.0 looks like a percentage;"
                + " write 0.25 for 25 % a year",
            "t.json:14:67: /rollout/capexBudgetUsdPerYear: capexBudgetUsdPerYear must be greater than 0 but is"
                + " 0.0; write a positive value",
            "t.json:14:91: /rollout/sites/0/siteId: siteId 'G1' is not a site (it is a gateway); name a node of"
                + " kind site",
            "t.json:14:128: /rollout/sites/1/firstYear: firstYear 6 is too large; write at most 5",
            "t.json:14:154: /rollout/sites/1/demandGrowthPerYear: demandGrowthPerYear -0.1 is negative; demand"
                + " in a roll-out only grows: write 0 or more, e.g. 0.25 for +25 % a year",
            "t.json:14:172: /rollout/sites/2/siteId: site 'S1' is listed twice in rollout.sites; merge the two"
                + " entries",
            "t.json:14:190: /rollout/sites/3/siteId: siteId 'X' is not the id of any node; name a node of kind"
                + " site",
            "t.json:14:203: /rollout/sites/3/year: unknown field 'year'; allowed fields are siteId,"
                + " demandGrowthPerYear, firstYear");
  }

  @Test
  void aRolloutMayBePlannedForCoverage() throws Exception {
    Instance instance = read(withRollout("{\"capexBudgetUsdPerYear\": 70000},\n  \"coverage\": {\"weight\": \"population\"}"));
    assertThat(instance.rollout().capexBudgetUsdPerYear()).isEqualTo(70000);
    assertThat(instance.coverage().weight()).isEqualTo("population");
  }

  @Test
  void writtenAndReadBack() throws Exception {
    Instance instance = read(withRollout(
        "{\"demandGrowthPerYear\": 0.3, \"capexBudgetUsdPerYear\": 70000,"
            + " \"sites\": [{\"siteId\": \"S2\", \"demandGrowthPerYear\": 0, \"firstYear\": 3}]}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InstanceWriter().write(instance, out);

    assertThat(new InstanceReader().read("back.json", out.toByteArray())).isEqualTo(instance);
  }

  @Test
  void bundledTinyRolloutReads() throws Exception {
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny-rollout.json"));

    assertThat(tiny.rollout()).isEqualTo(new Rollout(0.3, 70_000, List.of(new Rollout.SiteRollout("S2", 0, 3))));
  }

  @Test
  void schemaDescribesExactlyTheFieldsTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("schemas/dorsal-instance-1.schema.json").toFile());
    JsonNode rollout = schema.at("/$defs/rollout");

    assertThat(names(rollout.get("properties"))).containsExactlyElementsOf(InstanceFields.ROLLOUT);
    assertThat(names(rollout.at("/properties/sites/items/properties")))
        .containsExactlyElementsOf(InstanceFields.ROLLOUT_SITE);
    assertThat(rollout.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(rollout.at("/properties/sites/items/additionalProperties").asBoolean(true)).isFalse();
  }

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
