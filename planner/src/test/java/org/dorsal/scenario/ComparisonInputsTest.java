package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ScenarioReader;
import org.dorsal.io.ValidationError;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.junit.jupiter.api.Test;

/** Scenario patches applied to instances/tiny.json, and where their errors are reported. */
class ComparisonInputsTest {
  private static final String TINY = "instances/tiny.json";

  private static ComparisonInputs read(String... scenarios) throws Exception {
    byte[] base = Files.readAllBytes(Path.of(TINY));
    List<ScenarioReader.Source> sources = new java.util.ArrayList<>();
    for (int i = 0; i < scenarios.length; i++) {
      sources.add(new ScenarioReader.Source("s" + i + ".json", scenarios[i].getBytes(StandardCharsets.UTF_8)));
    }
    return ComparisonInputs.read(TINY, base, sources);
  }

  private static List<String> errors(String... scenarios) {
    try {
      read(scenarios);
    } catch (InvalidInputException e) {
      return e.errors().stream().map(ValidationError::format).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error");
  }

  private static Node node(Instance instance, String id) {
    return instance.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void patchesNodesAndLinksByIdAfterTheWholeDocumentPatch() throws Exception {
    ComparisonInputs inputs = read("""
        {
          "schema": "dorsal-scenario/1",
          "name": "patched",
          "patch": { "constraints": { "maxMicrowaveHops": 3, "capexBudgetUsd": 200000 }, "description": null },
          "nodePatches": { "S1": { "demandMbps": 300, "name": "San Sebastián" } },
          "linkPatches": { "L6": null, "L3": { "buildUsdPerKm": 10000 } }
        }""");
    Instance base = inputs.base();
    Instance patched = inputs.patched().get(0);
    assertThat(patched.constraints().maxMicrowaveHops()).isEqualTo(3);
    assertThat(patched.constraints().capexBudgetUsd()).isEqualTo(200000);
    assertThat(patched.description()).isEmpty();
    assertThat(node(patched, "S1").demandMbps()).isEqualTo(300);
    assertThat(node(patched, "S1").name()).isEqualTo("San Sebastián");
    assertThat(node(patched, "S1").population()).isEqualTo(node(base, "S1").population());
    assertThat(node(patched, "S2")).isEqualTo(node(base, "S2"));
    assertThat(patched.links()).extracting(Link::id).containsExactly("L1", "L2", "L3", "L4", "L5", "L7");
    Link l3 = patched.links().get(2);
    assertThat(l3.buildUsdPerKm()).isEqualTo(10000);
    assertThat(l3.options()).isEqualTo(base.links().get(2).options());
    // the base itself is read untouched
    assertThat(base.links()).hasSize(7);
    assertThat(node(base, "S1").demandMbps()).isEqualTo(100);
  }

  @Test
  void aPatchedValueThatIsWrongIsReportedInTheScenarioFile() {
    assertThat(errors("""
        {
          "schema": "dorsal-scenario/1",
          "name": "bad-demand",
          "nodePatches": { "S1": { "demandMbps": -5 }, "S9": { "demandMbps": 5 } }
        }""")).containsExactly(
        "s0.json:4:42: /nodePatches/S1/demandMbps: demandMbps must be greater than 0 but is -5.0; write a positive"
            + " value",
        "s0.json:4:48: /nodePatches/S9: no node has id 'S9' in the instance; nodePatches names nodes of the base"
            + " instance (after \"patch\") by their id, check the spelling");
  }

  @Test
  void aBaseValueThePatchMadeWrongIsReportedInTheBaseFileNamingTheScenario() {
    // removing L7 leaves S4 (tiny.json line 16) without any link
    assertThat(errors(
        "{\"schema\": \"dorsal-scenario/1\", \"name\": \"fine\"}",
        "{\"schema\": \"dorsal-scenario/1\", \"name\": \"no-l7\", \"linkPatches\": {\"L7\": null}}"))
        .containsExactly("instances/tiny.json:16:5: /nodes/4: site S4 has no link; add a microwave, fiber or"
            + " satellite link from it, or remove it (with the patch of scenario 'no-l7', s1.json)");
  }

  @Test
  void errorsOfTheScenarioFilesComeBeforeAnyPatchIsApplied() {
    assertThatThrownBy(() -> read("{\"schema\": \"dorsal-scenario/1\", \"name\": \"x\", \"linkPatches\": {\"L7\": 1}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(
            ValidationError::format).containsExactly("s0.json:1:68: /linkPatches/L7: the patch of link L7 must be an"
                + " object or null but is a number; write { \"field\": value, ... } to change fields of the link, or"
                + " null to remove it"));
  }
}
