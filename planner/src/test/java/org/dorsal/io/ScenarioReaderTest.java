package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dorsal.model.Technology;
import org.dorsal.model.Multipliers;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  private static ScenarioReader.Source source(String file, String json) {
    return new ScenarioReader.Source(file, json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(ScenarioReader.Source... sources) {
    try {
      new ScenarioReader().readAll(List.of(sources));
    } catch (InvalidInputException e) {
      return e.errors().stream().map(ValidationError::format).toList();
    }
    throw new AssertionError("no error");
  }

  @Test
  void readsEveryPartOfAScenario() throws Exception {
    ScenarioFile s = new ScenarioReader().read("s.json", """
        {
          "schema": "dorsal-scenario/1",
          "name": "build_not-lease2",
          "description": "no leases, dearer fiber",
          "multipliers": { "fiberBuildCapex": 1.3, "demand": 0 },
          "dropLinks": { "technologies": ["fiber-lease", "satellite"] },
          "patch": { "constraints": { "capexBudgetUsd": 5e7 } },
          "nodePatches": { "S1": { "demandMbps": 300 }, "S2": null },
          "linkPatches": { "L7": null }
        }""".getBytes(StandardCharsets.UTF_8));
    assertThat(s.file()).isEqualTo("s.json");
    assertThat(s.name()).isEqualTo("build_not-lease2");
    assertThat(s.description()).isEqualTo("no leases, dearer fiber");
    assertThat(s.multipliers()).isEqualTo(Multipliers.NONE.with("fiberBuildCapex", 1.3).with("demand", 0));
    assertThat(s.dropLinkTechnologies()).containsExactly(Technology.FIBER_LEASE, Technology.SATELLITE);
  }

  @Test
  void aScenarioWithOnlyANameChangesNothing() throws Exception {
    ScenarioFile s = new ScenarioReader().read("s.json",
        "{\"schema\": \"dorsal-scenario/1\", \"name\": \"same\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(s.multipliers()).isEqualTo(Multipliers.NONE);
    assertThat(s.dropLinkTechnologies()).isEmpty();
    assertThat(s.description()).isEmpty();
  }

  @Test
  void reportsEveryErrorOfTheScenarioFileLocated() {
    assertThat(errors(source("s.json", """
        {
          "schema": "dorsal-scenario/1",
          "name": "demand x2",
          "multipliers": { "demand": -2, "fibre": 1 },
          "dropLinks": { "technologies": ["fiber-lease", "laser"] },
          "nodePatches": { "S1": 5 }
        }"""))).containsExactly(
        "s.json:3:11: /name: name 'demand x2' is not usable in file names; use 1 to 64 letters, digits, '-' or"
            + " '_', starting with a letter or digit",
        "s.json:4:30: /multipliers/demand: demand -2.0 is negative; write a value of 0 or more",
        "s.json:4:43: /multipliers/fibre: unknown field 'fibre'; allowed fields are demand, fiberBuildCapex,"
            + " microwaveCapex, satellitePrice, leasePrice, transitPrice, opex",
        "s.json:5:50: /dropLinks/technologies/1: technologies lists 'laser', which is not a technology; write"
            + " technology names, one of fiber-existing, fiber-lease, fiber-build, microwave, satellite",
        "s.json:6:26: /nodePatches/S1: the patch of node S1 must be an object or null but is a number; write"
            + " { \"field\": value, ... } to change fields of the node, or null to remove it");
  }

  @Test
  void reportsAMissingSchemaNameAndTheReservedName() {
    assertThat(errors(source("a.json", "{\"name\": \"base\", \"patchs\": {}}"))).containsExactly(
        "a.json:1:1: /: missing required field 'schema'; add \"schema\": \"dorsal-scenario/1\"",
        "a.json:1:10: /name: name 'base' is kept for the base instance itself; choose another name",
        "a.json:1:28: /patchs: unknown field 'patchs'; allowed fields are schema, name, description, multipliers,"
            + " patch, nodePatches, linkPatches, dropLinks (did you mean 'patch'?)");
  }

  @Test
  void reportsTwoScenariosOfTheSameNameAtTheSecond() {
    String json = "{\"schema\": \"dorsal-scenario/1\", \"name\": \"x\"}";
    assertThat(errors(source("a.json", json), source("b.json", json))).containsExactly(
        "b.json:1:41: /name: scenario name 'x' is also the name of a.json; every scenario of a comparison"
            + " needs its own name");
  }

  @Test
  void theJsonSchemaNamesExactlyTheFieldsTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("schemas/dorsal-scenario-1.schema.json").toFile());
    assertThat(schema.get("properties").fieldNames()).toIterable().containsExactlyElementsOf(ScenarioReader.TOP_LEVEL);
    assertThat(schema.at("/properties/multipliers/properties").fieldNames()).toIterable()
        .containsExactlyElementsOf(Multipliers.NAMES);
    assertThat(schema.at("/properties/schema/const").asText()).isEqualTo(ScenarioFile.SCHEMA_TAG);
  }

  @Test
  void theBundledScenariosAreValid() throws Exception {
    List<Path> files;
    try (var walk = Files.walk(Path.of("instances/scenarios"))) {
      files = walk.filter(p -> p.toString().endsWith(".scenario.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    for (Path file : files) {
      ScenarioFile s = new ScenarioReader().read(file.toString(), Files.readAllBytes(file));
      assertThat(file.getFileName().toString()).isEqualTo(s.name() + ".scenario.json");
    }
  }

  @Test
  void reportsSyntaxErrorsOfEveryFileAtOnce() {
    assertThatThrownBy(() -> new ScenarioReader().readAll(List.of(source("a.json", "{"), source("b.json", "[1,]"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::file).containsExactly("a.json", "b.json"));
  }
}
