package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.JsonDocuments;
import org.dorsal.io.ResultJson;
import org.dorsal.io.ScenarioReader;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;
import org.dorsal.model.result.PlanResult;
import org.dorsal.solve.SolveOptions;
import org.dorsal.verify.PlanVerifier;
import org.junit.jupiter.api.Test;

/** dorsal compare's work, in process, on instances/tiny.json with two scenarios. */
class ComparisonTest {
  private static final String TINY = "instances/tiny.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private record Compared(List<ScenarioOutcome> outcomes, ObjectNode document) {}

  private static Compared compare(int parallelPlans, String... scenarios) throws Exception {
    List<ScenarioReader.Source> sources = new ArrayList<>();
    for (int i = 0; i < scenarios.length; i++) {
      sources.add(new ScenarioReader.Source("s" + i + ".json", scenarios[i].getBytes(StandardCharsets.UTF_8)));
    }
    byte[] baseBytes = Files.readAllBytes(Path.of(TINY));
    ComparisonInputs inputs = ComparisonInputs.read(TINY, baseBytes, sources);
    ExpansionCache cache = new ExpansionCache(i -> new CandidateExpansion().expand(i).instance());
    OutputNames names = OutputNames.of(Path.of("out"), inputs.base().name());
    List<ScenarioPlan> plans = new ScenarioPlans(names).all(TINY, baseBytes, inputs, cache);
    SolveOptions options = new SolveOptions(10, 1e-4, 1, 1, true);
    List<ScenarioOutcome> outcomes = new ComparisonRunner(options, parallelPlans, BatchProgress.NONE).run(plans);
    ObjectNode doc = ComparisonDocument.json("tiny", TINY, "abc", new ComparisonSettings(10, 1, 1), outcomes, names);
    return new Compared(outcomes, doc);
  }

  @Test
  void plansVerifiesAndReportsEachScenarioAgainstTheBase() throws Exception {
    Compared c = compare(2, TinyScenarios.NO_SATELLITE, TinyScenarios.DEMAND_X2);
    assertThat(c.outcomes()).extracting(o -> o.plan().name()).containsExactly("base", "no-satellite", "demand-x2");
    JsonNode scenarios = c.document().get("scenarios");
    JsonNode baseSummary = null;
    for (int i = 0; i < 3; i++) {
      ScenarioOutcome o = c.outcomes().get(i);
      assertThat(o.run().verified()).isTrue();
      // the written result passes the verifier against the written instance, as dorsal verify would run it
      Instance planned = new InstanceReader().read(o.plan().instanceLabel(), o.plan().instanceBytes());
      PlanResult result = ResultJson.read("result", o.run().resultJson());
      assertThat(new PlanVerifier().verify(planned, result, o.plan().instanceBytes()).violations()).isEmpty();
      JsonNode summary = MAPPER.readTree(o.run().resultJson()).get("summary");
      baseSummary = i == 0 ? summary : baseSummary;
      JsonNode entry = scenarios.get(i);
      assertThat(entry.get("resultFile").asText()).isEqualTo("tiny." + o.plan().name() + ".result.json");
      assertThat(entry.at("/metrics/status").asText()).isEqualTo("optimal");
      for (String figure : List.of("totalNpcUsd", "capexUsd", "opexNpcUsd", "leaseNpcUsd", "transitNpcUsd",
          "sitesServed")) {
        assertThat(entry.at("/metrics/" + figure).asDouble()).isEqualTo(summary.get(figure).asDouble());
        assertThat(entry.at("/deltaVsBase/" + figure).asDouble())
            .isEqualTo(summary.get(figure).asDouble() - baseSummary.get(figure).asDouble());
      }
      assertThat(entry.at("/deltaVsBase/populationCovered").asLong())
          .isEqualTo(summary.get("populationServed").asLong() - baseSummary.get("populationServed").asLong());
      assertThat(entry.at("/deltaVsBase/byTechnologyNpcUsd/microwave").asDouble()).isEqualTo(
          summary.at("/byTechnologyNpcUsd/microwave").asDouble()
              - baseSummary.at("/byTechnologyNpcUsd/microwave").asDouble());
      assertThat(entry.get("deltaVsBase").has("seconds")).isFalse();
    }
    // what each scenario changed is in the plan: no satellite link at all, and every site served
    ScenarioOutcome noSatellite = c.outcomes().get(1);
    assertThat(noSatellite.plan().instance().links()).noneMatch(l -> l.technology() == Technology.SATELLITE);
    assertThat(noSatellite.metrics().sitesServed()).isEqualTo(4);
    assertThat(noSatellite.metrics().satelliteSites()).isZero();
    // docs/tiny-optimum.md: serving S4 costs L7 (64,578.27) plus 20 Mbps of transit (39,816.79)
    assertThat(scenarios.get(1).at("/deltaVsBase/totalNpcUsd").asDouble()).isCloseTo(104_395.06, within(0.01));
    // twice the demand of the base's 250 Mbps served, L6 gone
    ScenarioOutcome demand = c.outcomes().get(2);
    assertThat(demand.run().result().summary().demandServedMbps()).isEqualTo(500);
    assertThat(demand.run().result().links()).noneMatch(l -> l.linkId().equals("L6"));
    assertThat(scenarios.get(2).get("multipliers").toString()).isEqualTo("{\"demand\":2.0,\"transitPrice\":0.5}");
    assertThat(scenarios.get(1).get("dropLinkTechnologies").toString()).isEqualTo("[\"satellite\"]");
    assertThat(scenarios.get(0).get("file").isNull()).isTrue();
    // the CSV row: the same figures as plain decimals, and the differences after them
    List<String> header = List.of(ComparisonDocument.csv(c.outcomes()).split("\n")[0].split(","));
    List<String> row = List.of(ComparisonDocument.csv(c.outcomes()).split("\n")[2].split(",", -1));
    assertThat(row.get(0)).isEqualTo("no-satellite");
    assertThat(row.get(header.indexOf("totalNpcUsd")))
        .isEqualTo(new java.math.BigDecimal(scenarios.get(1).at("/metrics/totalNpcUsd").asText()).toPlainString());
    assertThat(Double.parseDouble(row.get(header.indexOf("delta_totalNpcUsd"))))
        .isEqualTo(scenarios.get(1).at("/deltaVsBase/totalNpcUsd").asDouble());
    assertThat(row.get(header.indexOf("delta_sitesServed"))).isEqualTo("1");
    assertThat(row.get(header.indexOf("npc_microwave"))).doesNotContain("E");
    assertThat(header).doesNotContain("delta_seconds").contains("seconds", "npc_backbone-transit", "reason");
    assertThat(scenarios.get(1).get("file").asText()).isEqualTo("s0.json");
  }

  @Test
  void theComparisonDoesNotDependOnHowManyPlansRunAtOnce() throws Exception {
    byte[] one = withoutSeconds(compare(1, TinyScenarios.NO_SATELLITE, TinyScenarios.DEMAND_X2).document());
    byte[] three = withoutSeconds(compare(3, TinyScenarios.NO_SATELLITE, TinyScenarios.DEMAND_X2).document());
    assertThat(new String(three, StandardCharsets.UTF_8)).isEqualTo(new String(one, StandardCharsets.UTF_8));
  }

  @Test
  void aScenarioWithoutPlanIsRecordedWithItsReasonAndTheOthersStillPlanned() throws Exception {
    // without microwave, S1 (whose only links are microwave hops) cannot be reached
    Compared c = compare(2, TinyScenarios.DEMAND_X2, TinyScenarios.NO_MICROWAVE);
    assertThat(c.outcomes()).extracting(ScenarioOutcome::written).containsExactly(true, true, false);
    JsonNode entry = c.document().get("scenarios").get(2);
    assertThat(entry.at("/metrics/status").asText()).isEqualTo("no-plan");
    assertThat(entry.at("/metrics/verified").asBoolean()).isFalse();
    assertThat(entry.at("/metrics/reason").asText()).contains("site S1: ");
    assertThat(entry.get("resultFile").isNull()).isTrue();
    assertThat(entry.at("/metrics/totalNpcUsd").isNull()).isTrue();
    assertThat(entry.at("/metrics/byTechnologyNpcUsd").isNull()).isTrue();
    assertThat(entry.at("/deltaVsBase/totalNpcUsd").isNull()).isTrue();
    assertThat(entry.at("/deltaVsBase/sitesServed").isNull()).isTrue();
    String csv = ComparisonDocument.csv(c.outcomes());
    String[] lines = csv.split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[3]).startsWith("no-microwave,no-plan,false,,,");
  }

  @Test
  void largeScenarioInstancesAreToBeWrittenCompressed() throws Exception {
    byte[] baseBytes = Files.readAllBytes(Path.of(TINY));
    ComparisonInputs inputs = ComparisonInputs.read(TINY, baseBytes, List.of(new ScenarioReader.Source("s.json",
        TinyScenarios.DEMAND_X2.getBytes(StandardCharsets.UTF_8))));
    ExpansionCache cache = new ExpansionCache(i -> new CandidateExpansion().expand(i).instance());
    OutputNames names = OutputNames.of(Path.of("out"), "tiny");
    ScenarioPlan small = new ScenarioPlans(names).all(TINY, baseBytes, inputs, cache).get(1);
    assertThat(small.instanceFileName()).isEqualTo("tiny.demand-x2.instance.json");
    ScenarioPlan large = new ScenarioPlans(names, 100).all(TINY, baseBytes, inputs, cache).get(1);
    assertThat(large.instanceFileName()).isEqualTo("tiny.demand-x2.instance.json.gz");
    assertThat(large.instanceLabel()).isEqualTo(Path.of("out", "tiny.demand-x2.instance.json.gz").toString());
    assertThat(large.instanceBytes()).isEqualTo(small.instanceBytes());
  }

  private static byte[] withoutSeconds(ObjectNode document) {
    for (JsonNode scenario : document.get("scenarios")) {
      assertThat(scenario.at("/metrics/seconds").isNumber()).isTrue();
      ((ObjectNode) scenario.get("metrics")).remove("seconds");
    }
    return JsonDocuments.write(document);
  }
}
