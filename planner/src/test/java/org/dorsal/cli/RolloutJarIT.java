package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: `dorsal plan` and `dorsal verify` on the bundled roll-out instance (docs/rollout.md). */
class RolloutJarIT {
  @TempDir Path temp;

  /** Runs the packaged jar; returns exit code, stdout and stderr. */
  private String[] jar(String... args) throws Exception {
    DorsalJar.Run run = DorsalJar.run(temp, null, 3, args);
    return new String[] {Integer.toString(run.exitCode()), run.stdout(), run.stderr()};
  }

  @Test
  void plansTinyRolloutToItsHandWorkedOptimumWithSchedulesAndVerifiesIt() throws Exception {
    Path result = temp.resolve("tiny-rollout.result.json");
    String[] plan = jar("plan", "instances/tiny-rollout.json", "-o", result.toString(), "--time-limit", "20");
    assertThat(plan[0]).as(plan[2]).isEqualTo("0");
    assertThat(plan[1]).contains("  roll-out over 6 years: capex paid by year 10,000 / 15,000 / 60,000 / 0 / 0 / 0 USD\n");

    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.at("/summary/totalNpcUsd").asDouble()).isCloseTo(99_592.21725924198, within(1e-6));
    assertThat(json.at("/solver/status").asText()).isEqualTo("optimal");
    assertThat(json.at("/rollout/years")).hasSize(6);
    assertThat(json.at("/rollout/years/2/capexUsd").asDouble()).isEqualTo(60_000);
    JsonNode l1 = json.at("/links/0");
    assertThat(l1.get("linkId").asText()).isEqualTo("L1");
    assertThat(l1.at("/schedule/1/year").asInt()).isEqualTo(3);
    assertThat(l1.at("/schedule/1/optionId").asText()).isEqualTo("eband-1g");

    String[] verify = jar("verify", "instances/tiny-rollout.json", result.toString());
    assertThat(verify[0]).as(verify[2]).isEqualTo("0");

    // the upgrade moved to year 4: year 3 carries 209 Mbps on a 200 Mbps option
    Path broken = temp.resolve("broken.result.json");
    Files.writeString(broken, Files.readString(result).replaceFirst("\"year\" : 3|\"year\": 3", "\"year\": 4"));
    String[] rejected = jar("verify", "instances/tiny-rollout.json", broken.toString());
    assertThat(rejected[0]).isEqualTo("1");
    assertThat(rejected[1] + rejected[2])
        .contains("link L1: carries 209 Mbps in year 3, more than its capacity 200 Mbps that year");
  }
}
