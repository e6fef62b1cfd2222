package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.cli.DorsalJar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dorsal risk} end to end: the packaged jar on instances/tiny.json with drivers added. */
class RiskJarIT {
  @TempDir Path temp;


  private Run risk(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("risk"));
    command.addAll(List.of(args));
    return DorsalJar.run(temp, "1g", 3, command.toArray(String[]::new));
  }

  /** instances/tiny.json with a demand and a transit-price driver. */
  private Path tinyWithDrivers() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tiny = (ObjectNode) mapper.readTree(Path.of("instances/tiny.json").toFile());
    tiny.set("uncertainty", mapper.readTree("""
        {"drivers": [
          {"multiplier": "demand", "distribution": {"type": "lognormal", "median": 1, "sigma": 0.25}},
          {"multiplier": "transitPrice", "distribution": {"type": "triangular", "min": 0.55, "mode": 1, "max": 1.1}}]}
        """));
    Path file = temp.resolve("tiny-risk.json");
    mapper.writeValue(file.toFile(), tiny);
    return file;
  }

  @Test
  void writesTheReportAndTheSampleTable() throws Exception {
    Path instance = tinyWithDrivers();
    Path out = temp.resolve("out");
    Run run = risk(instance.toString(), "--samples", "40", "--seed", "7", "--time-limit", "5", "-o", out.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    // the progress bar, one line per further tenth in a log file (10 lines for 44 evaluations)
    assertThat(run.stderr()).contains("[#.........] 5/44 evaluations done\n").contains("[##########] 44/44 evaluations done\n");
    assertThat(run.stderr().lines().filter(l -> l.matches("\\[[#.]{10}\\] \\d+/44 evaluations done"))).hasSize(10);
    assertThat(run.stdout()).contains("40 samples (reprice), base plan 725,348 USD").contains("tornado");
    JsonNode json = new ObjectMapper().readTree(out.resolve("tiny.risk.json").toFile());
    assertThat(json.get("schema").asText()).isEqualTo("dorsal-risk/1");
    assertThat(json.at("/base/instanceName").asText()).isEqualTo("tiny");
    assertThat(json.get("mode").asText()).isEqualTo("reprice");
    assertThat(json.get("samples").asInt()).isEqualTo(40);
    assertThat(json.get("sampleTable")).hasSize(40);
    assertThat(json.at("/baseMetrics/totalNpcUsd").asDouble()).isCloseTo(725348.331752515, within(1e-3));
    assertThat(json.at("/cost/p10").asDouble()).isLessThanOrEqualTo(json.at("/cost/p50").asDouble());
    assertThat(json.at("/cost/p50").asDouble()).isLessThanOrEqualTo(json.at("/cost/p90").asDouble());
    assertThat(json.get("tornado")).hasSize(2);
    assertThat(json.at("/tornado/0/swingUsd").asDouble())
        .isGreaterThanOrEqualTo(json.at("/tornado/1/swingUsd").asDouble());
    List<String> csv = Files.readAllLines(out.resolve("tiny.risk.csv"));
    assertThat(csv).hasSize(41);
    assertThat(csv.get(0)).isEqualTo("index,factor_demand,factor_transitPrice,totalNpcUsd,populationCovered,"
        + "sitesServed,status,verified,sitesUncovered,upgradedLinks,reason");
    assertThat(csv.get(1)).startsWith("0," + json.at("/sampleTable/0/factors/demand").asDouble() + ",");

    Run quiet = risk(instance.toString(), "--samples", "40", "--seed", "7", "--time-limit", "5", "-o",
        temp.resolve("again").toString(), "--quiet", "--threads", "1");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.stdout()).isEmpty();
    assertThat(quiet.stderr()).isEmpty();
    assertThat(Files.readAllLines(temp.resolve("again").resolve("tiny.risk.csv"))).isEqualTo(csv);
  }

  /**
   * A scenario declares the drivers of an instance that has none and doubles the transit price:
   * the base plan is the scenario's, and the report names the scenario.
   */
  @Test
  void aScenarioCanDeclareTheDriversAndChangeTheBase() throws Exception {
    Path scenario = temp.resolve("risky.scenario.json");
    Files.writeString(scenario, """
        {"schema": "dorsal-scenario/1", "name": "risky", "multipliers": {"transitPrice": 2},
         "patch": {"uncertainty": {"drivers": [
           {"multiplier": "demand", "distribution": {"type": "uniform", "min": 0.9, "max": 1.1}}]}}}
        """);
    Path out = temp.resolve("scenario-out");
    Run plain = risk("instances/tiny.json", "--samples", "5", "--time-limit", "5", "-o", temp.resolve("x").toString());
    assertThat(plain.exitCode()).isEqualTo(2);
    Run run = risk("instances/tiny.json", "--scenario", scenario.toString(), "--samples", "5", "--time-limit", "5",
        "-o", out.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("tiny.risk.json").toFile());
    assertThat(json.at("/base/file").asText()).contains("with scenario risky");
    assertThat(json.get("drivers")).hasSize(1);
    // tiny's optimum pays 497,709.94 USD of transit (results/tiny.result.json); at twice the price
    // the same routes pay twice that
    assertThat(json.at("/baseMetrics/transitNpcUsd").asDouble()).isCloseTo(2 * 497709.9355620791, within(1e-3));
  }

  @Test
  void anInstanceWithoutDriversIsRefusedWithHowToDeclareThem() throws Exception {
    Path out = temp.resolve("none");
    Run run = risk("instances/tiny.json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("instances/tiny.json: the instance has no \"uncertainty\" section; declare"
        + " the uncertain inputs in the instance, e.g. \"uncertainty\": {\"drivers\": [{\"multiplier\": \"demand\","
        + " \"distribution\": {\"type\": \"lognormal\", \"median\": 1, \"sigma\": 0.25}}]} (see docs/risk.md)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void badOptionsAreAllReportedAndNothingIsWritten() throws Exception {
    Path out = temp.resolve("bad");
    Run run = risk(tinyWithDrivers().toString(), "--samples", "0", "--mode", "guess", "--time-limit", "0",
        "--threads", "0", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("""
        --samples must be at least 1, got 0
        --mode must be reprice or replan, got guess
        --time-limit must be a number of seconds > 0, got 0.0
        --threads must be at least 1, got 0
        """);
    assertThat(out).doesNotExist();
  }
}
