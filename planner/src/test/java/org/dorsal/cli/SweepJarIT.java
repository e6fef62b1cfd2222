package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.dorsal.cli.DorsalJar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code dorsal sweep} from the packaged jar, and {@code dorsal verify} on its points. */
class SweepJarIT {
  @TempDir Path temp;


  private Run dorsal(String... args) throws IOException, InterruptedException {
    return DorsalJar.run(temp, "2g", 5, args);
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
