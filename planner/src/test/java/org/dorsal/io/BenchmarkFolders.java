package org.dorsal.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public benchmark sets are: the system property {@code dorsal.benchmarks}, else {@code
 * ../shared/benchmarks} from the repository root (where the tests run). Tests that need them are
 * skipped when the folder is missing.
 */
final class BenchmarkFolders {
  private BenchmarkFolders() {}

  static Path set(String name) {
    Path root = Path.of(System.getProperty("dorsal.benchmarks", "../shared/benchmarks"));
    Path folder = root.resolve(name);
    assumeTrue(Files.isDirectory(folder), "benchmark set " + folder + " is not here");
    return folder;
  }
}
