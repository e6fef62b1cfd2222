package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code dorsal report} from the packaged jar on the bundled reference results. */
class ReportJarIT {
  @TempDir Path temp;

  private ReportCommandTest.Run dorsal(String... args) throws IOException, InterruptedException {
    DorsalJar.Run run = DorsalJar.run(temp, null, 2, args);
    return new ReportCommandTest.Run(run.exitCode(), run.stdout(), run.stderr());
  }

  @Test
  void theBundledReportsOfCuscoPunoAreWhatTheJarMakes() throws Exception {
    Path out = temp.resolve("out");
    ReportCommandTest.Run run = dorsal("report", "results/cusco-puno.result.json", "--instance",
        "instances/cusco-puno.json", "-o", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    List<String> names;
    try (Stream<Path> files = Files.list(out)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).containsExactly("cusco-puno.geojson", "cusco-puno.links.csv", "cusco-puno.report.html",
        "cusco-puno.routes.csv", "cusco-puno.sites.csv", "cusco-puno.summary.csv");
    for (String name : names) {
      assertThat(Files.readAllBytes(out.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(Path.of("results", name)));
    }
    // 199 equipped links on the map, 2 of them satellite terminals
    String html = Files.readString(out.resolve("cusco-puno.report.html"));
    assertThat(Occurrences.of(html, "<path class=\"link ")).isEqualTo(199);
    assertThat(Occurrences.of(html, "<path class=\"link tech-satellite\"")).isEqualTo(2);
  }

  @Test
  void aFileOfAnotherKindIsRefused() throws Exception {
    ReportCommandTest.Run run = dorsal("report", "instances/tiny.json", "-o", temp.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("instances/tiny.json:2:13: /schema: schema is \"dorsal-instance/1\","
        + " expected one of \"dorsal-result/1\", \"dorsal-comparison/1\", \"dorsal-sweep/1\", \"dorsal-risk/1\";"
        + " dorsal report renders only these documents\n1 error(s); nothing was written\n");
  }

  /** Occurrences of a literal text. */
  private static final class Occurrences {
    static int of(String text, String literal) {
      int n = 0;
      for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
        n++;
      }
      return n;
    }
  }
}
