package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the packaged jar, run as the user runs it, on the bundled instances. */
class DorsalJarIT {
  @TempDir Path temp;

  record Run(int exitCode, String stdout, String stderr) {}

  private Run dorsal(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx4g", "-jar", System.getProperty("dorsal.jar", "planner/target/dorsal.jar")));
    command.addAll(List.of(args));
    Path out = temp.resolve("stdout.txt");
    Path err = temp.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void plansTinyToItsHandComputedOptimumAndVerifiesIt() throws Exception {
    Path result = temp.resolve("tiny.result.json");
    Run run = dorsal("plan", "instances/tiny.json", "-o", result.toString(), "--time-limit", "20");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.get("schema").asText()).isEqualTo("dorsal-result/1");
    assertThat(json.at("/summary/objectiveUsd").asDouble()).isCloseTo(775348.331752515, within(1e-3));
    assertThat(json.at("/summary/totalNpcUsd").asDouble()).isCloseTo(725348.331752515, within(1e-3));
    assertThat(json.at("/solver/status").asText()).isEqualTo("optimal");
    Run verify = dorsal("verify", "instances/tiny.json", result.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    assertThat(verify.stdout()).isEqualTo(result + ": verified against instances/tiny.json\n");
  }

  @Test
  void plansTheRegionalInstanceWithinTheGapTarget() throws Exception {
    Path result = temp.resolve("cusco-puno.result.json");
    Run run = dorsal("plan", "instances/cusco-puno.json", "-o", result.toString(), "--time-limit", "60", "--gap", "0.005");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.at("/solver/gap").asDouble()).isLessThan(0.01);
    assertThat(json.at("/summary/sitesTotal").asInt()).isGreaterThanOrEqualTo(150);
    assertThat(dorsal("verify", "instances/cusco-puno.json", result.toString()).exitCode()).isZero();
  }

  @Test
  void invalidInstanceExitsTwoAndWritesNothing() throws Exception {
    Path bad = temp.resolve("bad.json");
    String tiny = Files.readString(Path.of("instances/tiny.json"));
    Files.writeString(bad, tiny.replace("\"lat\": -13.5310", "\"lat\": -113.5310"));
    Path result = temp.resolve("bad.result.json");
    Run run = dorsal("plan", bad.toString(), "-o", result.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains(bad + ":13:").contains("/nodes/1/lat");
    assertThat(Files.exists(result)).isFalse();
  }

  @Test
  void refusesToOverwriteTheInstance() throws Exception {
    Path copy = temp.resolve("tiny.json");
    Files.copy(Path.of("instances/tiny.json"), copy);
    byte[] before = Files.readAllBytes(copy);
    Run run = dorsal("plan", copy.toString(), "-o", copy.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(copy + ": the output would overwrite the instance; choose another -o\n");
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
  }

  @Test
  void tamperedResultFailsVerification() throws Exception {
    Path result = temp.resolve("tiny.result.json");
    assertThat(dorsal("plan", "instances/tiny.json", "-o", result.toString(), "-q").exitCode()).isZero();
    String text = Files.readString(result);
    Files.writeString(result, text.replaceFirst("\"capexUsd\" : 141000\\.0", "\"capexUsd\" : 131000.0"));
    Run verify = dorsal("verify", "instances/tiny.json", result.toString());
    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.stderr()).contains("violation");
  }
}
