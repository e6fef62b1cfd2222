package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.scenario.TinyScenarios;
import org.dorsal.cli.DorsalJar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: dorsal compare from the packaged jar, on instances/tiny.json. */
class CompareJarIT {
  @TempDir Path temp;


  private Run dorsal(String... args) throws IOException, InterruptedException {
    return DorsalJar.run(temp, "2g", 5, args);
  }

  private Path scenario(String name, String json) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void comparesTwoScenariosWithTheBaseAndEveryResultVerifiesAgainstItsInstance() throws Exception {
    Path a = scenario("a.json", TinyScenarios.NO_SATELLITE);
    Path b = scenario("b.json", TinyScenarios.DEMAND_X2);
    Path out = temp.resolve("out");
    Run run = dorsal("compare", "instances/tiny.json", "--scenario", a.toString(), "--scenario", b.toString(),
        "-o", out.toString(), "--time-limit", "10");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr()).contains("[##########] 3/3 scenarios done, best cost 725,348 USD, gap 0.00 %");
    assertThat(run.stdout()).contains("no-satellite         optimal, verified: 829,743 USD (+104,395 vs base)");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "tiny.base.result.json", "tiny.comparison.csv", "tiny.comparison.json", "tiny.demand-x2.instance.json",
          "tiny.demand-x2.result.json", "tiny.no-satellite.instance.json", "tiny.no-satellite.result.json");
    }
    JsonNode doc = new ObjectMapper().readTree(out.resolve("tiny.comparison.json").toFile());
    assertThat(doc.get("schema").asText()).isEqualTo("dorsal-comparison/1");
    assertThat(doc.at("/base/file").asText()).isEqualTo("instances/tiny.json");
    assertThat(doc.at("/scenarios/2/metrics/totalNpcUsd").asDouble()).isEqualTo(
        new ObjectMapper().readTree(out.resolve("tiny.demand-x2.result.json").toFile()).at("/summary/totalNpcUsd")
            .asDouble());
    for (String name : List.of("no-satellite", "demand-x2")) {
      Run verify = dorsal("verify", out.resolve("tiny." + name + ".instance.json").toString(),
          out.resolve("tiny." + name + ".result.json").toString());
      assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    }
    Run base = dorsal("verify", "instances/tiny.json", out.resolve("tiny.base.result.json").toString());
    assertThat(base.exitCode()).as(base.stderr()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("tiny.comparison.csv"));
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).startsWith("scenario,status,verified,totalNpcUsd,capexUsd,");
    assertThat(csv.get(2)).startsWith("no-satellite,optimal,true,");
  }

  @Test
  void theComparisonIsTheSameWhateverTheNumberOfPlansAtOnce() throws Exception {
    Path a = scenario("a.json", TinyScenarios.NO_SATELLITE);
    Path b = scenario("b.json", TinyScenarios.DEMAND_X2);
    List<String> documents = new ArrayList<>();
    for (String threads : List.of("1", "3")) {
      Path out = temp.resolve("out" + threads);
      Run run = dorsal("compare", "instances/tiny.json", "--scenario", a.toString(), "--scenario", b.toString(),
          "-o", out.toString(), "--time-limit", "10", "--threads", threads, "--quiet");
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(run.stdout()).isEmpty();
      assertThat(run.stderr()).isEmpty();
      ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(out.resolve("tiny.comparison.json").toFile());
      doc.get("scenarios").forEach(s -> ((ObjectNode) s.get("metrics")).remove("seconds"));
      documents.add(doc.toPrettyString());
    }
    assertThat(documents.get(1)).isEqualTo(documents.get(0));
  }

  @Test
  void aBadScenarioFileStopsEverythingWithExitCode2AndNothingWritten() throws Exception {
    Path good = scenario("good.json", TinyScenarios.DEMAND_X2);
    Path bad = scenario("bad.json", """
        {
          "schema": "dorsal-scenario/1",
          "name": "bad",
          "multipliers": { "demand": -1 }
        }
        """);
    Path out = temp.resolve("out");
    Run run = dorsal("compare", "instances/tiny.json", "--scenario", good.toString(), "--scenario", bad.toString(),
        "-o", out.toString(), "--time-limit", "10");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(bad + ":4:30: /multipliers/demand: demand -1.0 is negative; write a value of 0"
        + " or more\n1 error(s); nothing was written\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesToWriteOverAnInputFile() throws Exception {
    Path out = temp.resolve("out");
    Files.createDirectories(out);
    // a scenario file that sits where the comparison would be written
    Path scenario = out.resolve("tiny.comparison.json");
    Files.writeString(scenario, TinyScenarios.DEMAND_X2, StandardCharsets.UTF_8);
    Run run = dorsal("compare", "instances/tiny.json", "--scenario", scenario.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(scenario + ": the output would overwrite the scenario file; choose another -o\n");
    assertThat(Files.readString(scenario)).isEqualTo(TinyScenarios.DEMAND_X2);
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(scenario);
    }
  }

  @Test
  void aScenarioWithoutPlanIsRecordedAndTheOthersWrittenWithExitCode1() throws Exception {
    Path none = scenario("none.json", TinyScenarios.NO_MICROWAVE);
    Path out = temp.resolve("out");
    Run run = dorsal("compare", "instances/tiny.json", "--scenario", none.toString(), "-o", out.toString(),
        "--time-limit", "10", "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr()).contains("no-microwave         no plan: ").contains("site S1: ");
    JsonNode doc = new ObjectMapper().readTree(out.resolve("tiny.comparison.json").toFile());
    assertThat(doc.at("/scenarios/1/metrics/status").asText()).isEqualTo("no-plan");
    assertThat(out.resolve("tiny.base.result.json")).exists();
    assertThat(out.resolve("tiny.no-microwave.result.json")).doesNotExist();
  }
}
