package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.junit.jupiter.api.Test;

class PlanGeoJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode features(PlanBundle plan) throws Exception {
    JsonNode root = JSON.readTree(PlanGeoJsonWriter.write(plan));
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    return root.get("features");
  }

  @Test
  void tinyHasAPointPerNodeThenALinePerEquippedLink() throws Exception {
    JsonNode features = features(TinyPlanBundle.plan());
    // 5 nodes (G1, S1..S4) and the 3 equipped links L1, L2, L6
    assertThat(features).hasSize(8);
    List<String> kinds = new ArrayList<>();
    features.forEach(f -> kinds.add(f.at("/geometry/type").asText() + " " + f.at("/properties/feature").asText()));
    assertThat(kinds).containsExactly("Point node", "Point node", "Point node", "Point node", "Point node",
        "LineString link", "LineString link", "LineString link");
    JsonNode l6 = features.get(7);
    assertThat(l6.toString()).isEqualTo("{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\","
        + "\"coordinates\":[[-71.559,-13.608],[-71.9767,-13.5192]]},\"properties\":{\"feature\":\"link\","
        + "\"linkId\":\"L6\",\"technology\":\"microwave\",\"optionId\":\"mw-long-200\",\"fromId\":\"S3\","
        + "\"toId\":\"G1\",\"capacityMbps\":200.0,\"flowMbps\":50.0,\"utilisation\":0.25,\"lengthKm\":45.0,"
        + "\"capexUsd\":81000.0,\"npcUsd\":130770.9935562079,\"year\":0}}");
  }

  @Test
  void nodesCarryWhetherAndHowTheyAreServed() throws Exception {
    JsonNode features = features(TinyPlanBundle.plan());
    JsonNode g1 = features.get(0);
    assertThat(g1.at("/geometry/coordinates").toString()).isEqualTo("[-71.9767,-13.5192]");
    assertThat(g1.get("properties").toString()).isEqualTo("{\"feature\":\"node\",\"id\":\"G1\",\"kind\":\"gateway\","
        + "\"name\":\"Cusco PoP\",\"demandMbps\":0.0,\"population\":0,\"required\":false,\"served\":null,"
        + "\"exit\":null,\"gatewayId\":\"G1\"}");
    JsonNode s2 = features.get(2).get("properties");
    assertThat(s2.toString()).isEqualTo("{\"feature\":\"node\",\"id\":\"S2\",\"kind\":\"site\",\"name\":\"Oropesa\","
        + "\"demandMbps\":100.0,\"population\":1500,\"required\":true,\"served\":true,\"exit\":\"gateway\","
        + "\"gatewayId\":\"G1\"}");
    JsonNode s4 = features.get(4).get("properties");
    assertThat(s4.get("required").asBoolean()).isFalse();
    assertThat(s4.get("served").asBoolean()).isFalse();
    assertThat(s4.get("exit").asText()).isEqualTo("unserved");
    assertThat(s4.get("gatewayId").isNull()).isTrue();
  }

  @Test
  void aSatelliteLinkIsAPointAtItsTerminal() throws Exception {
    PlanBundle tiny = TinyPlanBundle.plan();
    PlanResult r = tiny.result();
    ResultLink l5 = new ResultLink("L5", "satellite", "sat-50", "S3", null, 50, 50, 1.0, 0, 5000, 0, 1000, 6000);
    PlanResult withSatellite = new PlanResult(r.schema(), r.instanceName(), r.summary(),
        List.of(r.links().get(0), r.links().get(1), l5), r.routes(), r.gateways(), r.solver(), r.provenance());
    JsonNode features = features(PlanBundle.of(withSatellite, tiny.instance(), PlanSchedule.NONE, "r.json"));
    JsonNode sat = features.get(7);
    assertThat(sat.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(sat.at("/geometry/coordinates").toString()).isEqualTo("[-71.559,-13.608]");
    assertThat(sat.at("/properties/technology").asText()).isEqualTo("satellite");
    assertThat(sat.at("/properties/toId").isNull()).isTrue();
  }

  @Test
  void theYearIsTheFirstScheduledYearWhenTheResultHasARollOut() throws Exception {
    PlanBundle tiny = TinyPlanBundle.plan();
    String json = "{\"links\": [{\"linkId\": \"L2\", \"schedule\": [{\"year\": 3, \"optionId\": \"mw-200\","
        + " \"capacityMbps\": 200.0, \"capexUsd\": 30000.0}, {\"year\": 5, \"optionId\": \"mw-400\"}]},"
        + " {\"linkId\": \"L6\"}], \"rollout\": {\"years\": [{\"year\": 1, \"demandMbps\": 250.0,"
        + " \"capexUsd\": 111000.0, \"opexUsd\": 11100.0, \"leaseUsd\": 0.0, \"transitUsd\": 81000.0,"
        + " \"discountFactor\": 0.9090909090909091}]}}";
    PlanSchedule schedule = PlanSchedule.of(json.getBytes(StandardCharsets.UTF_8));
    assertThat(schedule.firstYear("L2")).isEqualTo(3);
    assertThat(schedule.firstYear("L6")).isZero();
    assertThat(schedule.years()).containsExactly(
        new PlanSchedule.Year(1, 250.0, 111000.0, 11100.0, 0.0, 81000.0, 0.9090909090909091));
    JsonNode features = features(PlanBundle.of(tiny.result(), tiny.instance(), schedule, "r.json"));
    assertThat(features.get(5).at("/properties/year").asInt()).isZero();
    assertThat(features.get(6).at("/properties/linkId").asText()).isEqualTo("L2");
    assertThat(features.get(6).at("/properties/year").asInt()).isEqualTo(3);
  }

  @Test
  void theSamePlanGivesTheSameBytes() {
    assertThat(PlanGeoJsonWriter.write(TinyPlanBundle.plan())).isEqualTo(PlanGeoJsonWriter.write(TinyPlanBundle.plan()));
  }

  @Test
  void aResultOfAnotherInstanceIsRefused() {
    PlanBundle tiny = TinyPlanBundle.plan();
    PlanResult r = tiny.result();
    PlanResult other = new PlanResult(r.schema(), "other", r.summary(), r.links(), r.routes(), r.gateways(),
        r.solver(), r.provenance());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PlanBundle.of(other, tiny.instance(), PlanSchedule.NONE, "r.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("r.json:0:0: /instanceName: the result is of instance \"other\" but the instance given is"
            + " \"tiny\"; pass the instance the result was planned on");
  }
}
