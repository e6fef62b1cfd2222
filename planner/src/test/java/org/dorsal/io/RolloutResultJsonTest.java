package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/** The roll-out additions of the result document: written, read back, absent for static plans. */
class RolloutResultJsonTest {
  private static final SolveOptions HEURISTIC = new SolveOptions(5, 1e-4, 1, 1, false);

  @Test
  void scheduleAndYearsAreWrittenAndReadBack() throws Exception {
    Instance instance = new InstanceReader().read(Path.of("instances/tiny-rollout.json"));
    PlanResult result = new PlanPipeline().run(instance, "tiny-rollout.json", new byte[0], HEURISTIC).result();

    byte[] json = ResultJson.write(result);
    JsonNode tree = new ObjectMapper().readTree(json);

    assertThat(ResultJson.read("r.json", json)).isEqualTo(result);
    assertThat(tree.at("/rollout/years")).hasSize(6);
    assertThat(tree.at("/rollout/years/0/year").asInt()).isEqualTo(1);
    assertThat(tree.at("/rollout/years/2/discountFactor").asDouble())
        .isCloseTo(Math.pow(1.1, -3), org.assertj.core.api.Assertions.within(1e-15));
    assertThat(tree.at("/links/0/schedule/0/year").isInt()).isTrue();
    assertThat(tree.at("/links/0/schedule/0/optionId").isTextual()).isTrue();
    // every field but the coverage block, which only plans of the coverage objective carry
    assertThat(fieldNames(tree)).isEqualTo(ResultJsonReader.fieldNames(PlanResult.class).stream()
        .filter(name -> !name.equals("coverage")).toList());
    assertThat(fieldNames(tree.at("/links/0")))
        .isEqualTo(ResultJsonReader.fieldNames(org.dorsal.model.result.ResultLink.class).stream()
            .filter(n -> !n.equals("usageNpcUsd")).toList()); // split routing only
    assertThat(fieldNames(tree.at("/rollout/years/0")))
        .isEqualTo(ResultJsonReader.fieldNames(org.dorsal.model.result.RolloutYear.class));
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aStaticPlanHasNeitherScheduleNorYears() throws Exception {
    Instance instance = new InstanceReader().read(Path.of("instances/tiny.json"));
    PlanResult result = new PlanPipeline().run(instance, "tiny.json", new byte[0], HEURISTIC).result();

    JsonNode tree = new ObjectMapper().readTree(ResultJson.write(result));

    assertThat(tree.has("rollout")).isFalse();
    assertThat(tree.get("links")).allSatisfy(link -> assertThat(link.has("schedule")).isFalse());
  }

  @Test
  void anUnknownFieldInAScheduleEntryIsLocated() throws Exception {
    Instance instance = new InstanceReader().read(Path.of("instances/tiny-rollout.json"));
    PlanResult result = new PlanPipeline().run(instance, "tiny-rollout.json", new byte[0], HEURISTIC).result();
    String json = new String(ResultJson.write(result), java.nio.charset.StandardCharsets.UTF_8)
        .replaceFirst("\"year\": 1,", "\"year\": 1, \"capex\": 1,");

    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> ResultJson.read("r.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0).format()).contains("/schedule/").contains("unknown field \"capex\"");
  }
}
