package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** End to end: {@code dorsal sweep} from the packaged jar, and {@code dorsal verify} on its points. */
class SweepJarIT {
  @TempDir Path temp;

  record Run(int exitCode, String stdout, String stderr) {}

  private Run dorsal(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx2g", "-jar",
        System.getProperty("dorsal.jar", "planner/target/dorsal.jar")));
    command.addAll(List.of(args));
    Path out = temp.resolve("stdout.txt");
    Path err = temp.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void sweepsTinyWithProgressAndEveryPointVerifiesAgainstTheBaseFile() throws Exception {
    Path dir = temp.resolve("sweep");
    Run run = dorsal("sweep", "instances/tiny.json", "--budget", "65000:200000:3", "--time-limit", "10", "-o",
        dir.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    // the progress bar, one line per point in a log file; the curve as a table on stdout
    assertThat(run.stderr().lines().filter(l -> l.matches("\\[[#.]{10}\\] [1-3]/3 budget points done, budget .*"))
        .count()).isEqualTo(3);
    assertThat(run.stderr()).contains("[##########] 3/3 budget points done, budget ");
    assertThat(run.stdout()).contains("wrote " + dir.resolve("tiny.sweep.json"));
    JsonNode sweep = new ObjectMapper().readTree(dir.resolve("tiny.sweep.json").toFile());
    assertThat(sweep.get("points")).hasSize(3);
    for (JsonNode point : sweep.get("points")) {
      Path result = dir.resolve(point.get("resultFile").asText());
      Run verify = dorsal("verify", "instances/tiny.json", result.toString());
      assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isZero();
    }
    assertThat(sweep.at("/points/2/weightCovered").asDouble()).isEqualTo(4600);
  }
}
