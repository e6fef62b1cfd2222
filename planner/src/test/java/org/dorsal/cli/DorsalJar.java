package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a user runs it, for the jar tests (`*JarIT`). */
final class DorsalJar {
  /** What a run gave: exit code, stdout and stderr. */
  record Run(int exitCode, String stdout, String stderr) {}

  private DorsalJar() {}

  /**
   * Runs {@code java [-Xmx<maxHeap>] -jar dorsal.jar ARGS} (the jar from {@code -Ddorsal.jar}),
   * stdout and stderr into files in {@code dir}; fails the test after {@code timeoutMinutes}.
   *
   * @param maxHeap the JVM's -Xmx value (e.g. "2g"), null for the JVM's default
   */
  static Run run(Path dir, String maxHeap, int timeoutMinutes, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java"));
    if (maxHeap != null) {
      command.add("-Xmx" + maxHeap);
    }
    command.addAll(List.of("-jar", System.getProperty("dorsal.jar", "planner/target/dorsal.jar")));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(timeoutMinutes, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
