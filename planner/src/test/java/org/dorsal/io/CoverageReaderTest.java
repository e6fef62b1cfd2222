package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.junit.jupiter.api.Test;

/** The coverage section and site priorities: read, located errors, written back, in the schema. */
class CoverageReaderTest {
  private static final String DOC =
      """
      {
        "schema": "dorsal-instance/1",
        "name": "t",
        "economics": {"horizonYears": 10, "discountRate": 0.08},
        COVERAGE
        "nodes": [
          {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000GATEWAY},
          {"id": "S1", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10SITE1},
          {"id": "S2", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10, "required": false SITE2}
        ],
        "links": [
          {"id": "L1", "from": "S1", "to": "G1", "technology": "microwave", "lengthKm": 5,
           "options": [{"id": "o1", "capacityMbps": 100}]},
          {"id": "L2", "from": "S2", "to": "G1", "technology": "microwave", "lengthKm": 5,
           "options": [{"id": "o1", "capacityMbps": 100}]}
        ]
      }
      """;

  private static String doc(String coverage, String gateway, String site1, String site2) {
    return DOC.replace("COVERAGE", coverage).replace("GATEWAY", gateway).replace("SITE1", site1)
        .replace("SITE2", site2);
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
  void withoutSectionThereIsNoCoverage() throws Exception {
    assertThat(read(doc("", "", "", "")).coverage()).isNull();
  }

  @Test
  void readsWeightAndPriorities() throws Exception {
    Instance instance = read(doc("\"coverage\": {\"weight\": \"priority\"},", "", ", \"priority\": 2.5", ", \"priority\": 0"));
    assertThat(instance.coverage()).isEqualTo(new Coverage("priority", Map.of("S1", 2.5, "S2", 0.0)));
    assertThat(instance.coverage().weightOf(instance.nodes().get(1))).isEqualTo(2.5);
    assertThat(instance.coverage().priorityOf("S9")).isEqualTo(1.0);
  }

  @Test
  void weightDefaultsToPopulation() throws Exception {
    assertThat(read(doc("\"coverage\": {},", "", "", "")).coverage()).isEqualTo(Coverage.byPopulation());
  }

  @Test
  void locatedErrorsAllAtOnce() {
    assertThat(errorsOf(doc("\"coverage\": {\"weight\": \"people\", \"budget\": 1},", ", \"priority\": 1",
        ", \"priority\": -1", ""))).containsExactly(
        "t.json:5:26: /coverage/weight: unknown coverage weight 'people'; use \"population\" (people served) or"
            + " \"priority\" (the sites' priority, default 1)",
        "t.json:5:46: /coverage/budget: unknown field 'budget'; allowed fields are weight",
        "t.json:7:110: /nodes/0/priority: field 'priority' is only allowed on site nodes; remove it from this gateway"
            + " (or change its kind)",
        "t.json:8:97: /nodes/1/priority: priority -1.0 is negative; write a value of 0 or more");
  }

  @Test
  void priorityNeedsTheSection() {
    assertThat(errorsOf(doc("", "", ", \"priority\": 3", ""))).containsExactly(
        "t.json:8:97: /nodes/1/priority: priority is only used by the coverage objective; add a top-level"
            + " \"coverage\": {\"weight\": \"priority\"}, or remove it");
  }

  @Test
  void writtenAndReadBackTheSame() throws Exception {
    Instance instance = read(doc("\"coverage\": {\"weight\": \"priority\"},", "", ", \"priority\": 2.5", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InstanceWriter().write(instance, out);
    Instance back = new InstanceReader().read("back.json", out.toByteArray());
    assertThat(back.coverage()).isEqualTo(instance.coverage());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"coverage\": {\"weight\":\"priority\"}")
        .contains("\"priority\":2.5");
  }

  @Test
  void schemaDescribesTheSection() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("schemas/dorsal-instance-1.schema.json").toFile());
    JsonNode coverage = schema.at("/$defs/coverage");
    assertThat(coverage.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(coverage.at("/properties").fieldNames()).toIterable().containsExactlyElementsOf(InstanceFields.COVERAGE);
    assertThat(coverage.at("/properties/weight/enum").toString()).isEqualTo("[\"population\",\"priority\"]");
    assertThat(schema.at("/$defs/node/properties/priority/default").asInt()).isEqualTo(1);
  }
}
