package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.CandidateRules.Climate;
import org.dorsal.model.CandidateRules.FiberEquipment;
import org.dorsal.model.CandidateRules.MicrowaveCosts;
import org.dorsal.model.CandidateRules.SatelliteOffer;
import org.dorsal.model.Instance;
import org.dorsal.model.TerrainClass;
import org.junit.jupiter.api.Test;

class CandidateRulesReaderTest {

  /** An instance that asks for generation and gives no links. Line 4 holds the rules. */
  private static final String BASE =
      """
      {
        "schema": "dorsal-instance/1", "name": "t",
        "economics": {"horizonYears": 10, "discountRate": 0.08},
        "candidateRules": {},
        "nodes": [
          {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000},
          {"id": "S1", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10}
        ]
      }
      """;

  private static String rules(String rulesJson) {
    assertThat(BASE.split(Pattern.quote("\"candidateRules\": {}"), -1)).hasSize(2);
    return BASE.replace("\"candidateRules\": {}", "\"candidateRules\": " + rulesJson);
  }

  private static Instance read(String json) throws InvalidInputException {
    return new InstanceReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errorsOf(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
    assertThat(e).as("expected the input to be rejected").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void emptyRulesMeanTheDefaultsAndLinksMayBeLeftOut() throws Exception {
    Instance instance = read(BASE);

    assertThat(instance.needsCandidates()).isTrue();
    assertThat(instance.candidateRules()).isEqualTo(CandidateRules.defaults());
    assertThat(instance.links()).isEmpty();
  }

  @Test
  void everyFieldIsRead() throws Exception {
    Instance instance = read(rules("""
        {"climate": "andes", "elevationGridFile": "dem/peru.asc",
          "microwave": {"maxReachKm": 40, "nearest": 5, "antennaHeightM": 20, "clutterHeightM": 35,
            "surveyUsd": 1, "radioPairUsd": 2, "antennaPrices": [{"dishM": 0.3, "pairUsd": 100},
            {"dishM": 1.0, "pairUsd": 900}], "licenceUsdPerMhz": 3, "licenceUsdPerMhzYear": 4,
            "operationUsdPerYear": 5},
          "fiber": {"nearest": 2, "maxKm": 80, "routeFactor": 1.5, "buildUsdPerKm": {"highland": 30000},
            "highlandElevationM": 3000, "opexUsdPerKmYear": 150,
            "equipment": [{"id": "100g", "capacityMbps": 100000, "capexUsd": 40000}]},
          "satellite": {"offers": []}}"""));

    CandidateRules r = instance.candidateRules();
    assertThat(r.climate()).isEqualTo(Climate.ANDES);
    assertThat(r.elevationGridFile()).isEqualTo("dem/peru.asc");
    assertThat(r.maxMicrowaveReachKm()).isEqualTo(40);
    assertThat(r.microwaveNearest()).isEqualTo(5);
    assertThat(r.microwaveAntennaHeightM()).isEqualTo(20);
    assertThat(r.clutterHeightM()).isEqualTo(35);
    assertThat(r.microwave()).isEqualTo(
        new MicrowaveCosts(1, 2, List.of(0.3, 1.0), List.of(100.0, 900.0), 3, 4, 5));
    assertThat(r.fiberNearest()).isEqualTo(2);
    assertThat(r.maxFiberKm()).isEqualTo(80);
    assertThat(r.fiberRouteFactor()).isEqualTo(1.5);
    assertThat(r.fiberBuildUsdPerKm())
        .isEqualTo(Map.of(TerrainClass.LOWLAND, 17_800.0, TerrainClass.HIGHLAND, 30_000.0));
    assertThat(r.highlandElevationM()).isEqualTo(3000);
    assertThat(r.fiberOpexUsdPerKmYear()).isEqualTo(150);
    assertThat(r.fiberEquipment()).containsExactly(new FiberEquipment("100g", 100_000, 40_000));
    assertThat(r.satelliteOffers()).isEmpty();
  }

  @Test
  void satelliteOffersDefaultTheirMoneyToZero() throws Exception {
    Instance instance = read(rules(
        "{\"satellite\": {\"offers\": [{\"id\": \"vsat\", \"capacityMbps\": 50,"
            + " \"leaseUsdPerMbpsMonth\": 80}]}}"));

    assertThat(instance.candidateRules().satelliteOffers())
        .containsExactly(new SatelliteOffer("vsat", 50, 0, 0, 0, 80));
  }

  @Test
  void reportsEveryBadRuleWithItsLocationAndFix() {
    String json = rules("""
        {"climate": "jungle", "elevationGridFile": " ",
          "microwave": {"nearest": 65, "maxReachKm": -1, "antennaPrices": [{"dishM": 1.2, "pairUsd": 1},
            {"dishM": 0.6, "pairUsd": 1}], "towerUsd": 3},
          "fiber": {"routeFactor": 0.9, "buildUsdPerKm": {"coast": 1},
            "equipment": [{"id": "a", "capacityMbps": 0, "capexUsd": 1}, {"id": "a", "capacityMbps": 1}]},
          "satellite": {"offers": [5]}}""");

    assertThat(errorsOf(json)).containsExactly(
        "t.json:4:33: /candidateRules/climate: unknown climate 'jungle'; use one of peru-grid,"
            + " coast, andes, amazon",
        "t.json:4:64: /candidateRules/elevationGridFile: elevationGridFile is empty; write the"
            + " path of an ESRI ASCII grid (.asc) relative to the instance file, or remove the"
            + " field",
        "t.json:5:28: /candidateRules/microwave/nearest: nearest 65 is too large; write at most 64",
        "t.json:5:46: /candidateRules/microwave/maxReachKm: maxReachKm -1.0 is negative; write a"
            + " value of 0 or more",
        "t.json:6:15: /candidateRules/microwave/antennaPrices/1/dishM: dishM 0.6 is not larger than"
            + " the previous entry's 1.2; list the dish sizes in ascending order",
        "t.json:6:48: /candidateRules/microwave/towerUsd: unknown field 'towerUsd'; allowed fields"
            + " are maxReachKm, nearest, antennaHeightM, clutterHeightM, surveyUsd, radioPairUsd,"
            + " antennaPrices, licenceUsdPerMhz, licenceUsdPerMhzYear, operationUsdPerYear",
        "t.json:7:28: /candidateRules/fiber/routeFactor: routeFactor must be at least 1 but is 0.9;"
            + " a route is never shorter than the straight line, write e.g. 1.3",
        "t.json:7:60: /candidateRules/fiber/buildUsdPerKm/coast: unknown field 'coast'; allowed"
            + " fields are lowland, highland",
        "t.json:8:47: /candidateRules/fiber/equipment/0/capacityMbps: capacityMbps must be greater"
            + " than 0 but is 0.0; write a positive value",
        "t.json:8:66: /candidateRules/fiber/equipment/1: missing required field 'capexUsd'; add the"
            + " price of the optics at both ends",
        "t.json:8:73: /candidateRules/fiber/equipment/1/id: duplicate fiber equipment id 'a',"
            + " already used by /candidateRules/fiber/equipment/0; give every fiber equipment its"
            + " own id",
        "t.json:9:28: /candidateRules/satellite/offers/0: satellite offer must be an object but is"
            + " a number; write an object such as {\"id\": \"200m\", \"capacityMbps\": 200,"
            + " \"leaseUsdPerYear\": 16800}");
  }

  @Test
  void givenLinksMayNotTakeTheNamesOfGeneratedOnes() {
    String json = BASE.replace("\n  ]\n}", """
        
          ],
          "links": [
            {"id": "mw:S1-G1", "from": "S1", "to": "G1", "technology": "microwave", "lengthKm": 5,
             "options": [{"id": "o1", "capacityMbps": 100}]}
          ]
        }""");

    assertThat(errorsOf(json)).containsExactly(
        "t.json:10:12: /links/0/id: link id 'mw:S1-G1' starts with 'mw:', which is kept for"
            + " generated candidates when candidateRules is present; rename the link");
  }

  @Test
  void withoutRulesLinksAreStillRequired() {
    String json = BASE.replace("  \"candidateRules\": {},\n", "");

    assertThat(errorsOf(json)).containsExactly(
        "t.json:1:1: /: missing required field 'links'; add an array of links (or candidateRules"
            + " to generate them)");
  }
}
