package org.dorsal.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the public benchmark sets are (they are not in the repository): the system property
 * {@code dorsal.benchmarks}, else the environment variable {@code DORSAL_BENCHMARKS}, else
 * {@code ../shared/benchmarks} from the repository root (where the tests run), else
 * {@code /work/shared/benchmarks} (the team's machines). Tests that need them are skipped when
 * none holds the set.
 */
final class BenchmarkFolders {
  private BenchmarkFolders() {}

  static Path set(String name) {
    String property = System.getProperty("dorsal.benchmarks");
    String env = System.getenv("DORSAL_BENCHMARKS");
    List<String> roots = property != null ? List.of(property)
        : env != null ? List.of(env) : List.of("../shared/benchmarks", "/work/shared/benchmarks");
    for (String root : roots) {
      Path folder = Path.of(root).resolve(name);
      if (Files.isDirectory(folder)) {
        return folder;
      }
    }
    assumeTrue(false, "benchmark set " + name + " is not in " + roots);
    return null;
  }
}
