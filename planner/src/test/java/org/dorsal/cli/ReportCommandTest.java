package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  @TempDir Path temp;

  record Run(int exitCode, String stdout, String stderr) {}

  static Run dorsal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DorsalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private List<String> filesIn(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aResultGivesItsGeoJsonCsvTablesAndHtmlReport() throws Exception {
    Path out = temp.resolve("out");
    Run run = dorsal("report", "results/tiny.result.json", "--instance", "instances/tiny.json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(filesIn(out)).containsExactly("tiny.geojson", "tiny.links.csv", "tiny.report.html", "tiny.routes.csv",
        "tiny.sites.csv", "tiny.summary.csv");
    assertThat(run.stdout()).startsWith("wrote " + out.resolve("tiny.geojson") + "\n");
    assertThat(Files.readString(out.resolve("tiny.report.html"))).contains("725,348 USD");
  }

  @Test
  void aGzippedResultIsReadToo() throws Exception {
    Path gz = temp.resolve("tiny.result.json.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(Files.readAllBytes(Path.of("results/tiny.result.json")));
    }
    Files.write(gz, bytes.toByteArray());
    Run run = dorsal("report", gz.toString(), "--instance", "instances/tiny.json", "-o", temp.toString(), "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEmpty();
    assertThat(Files.readAllBytes(temp.resolve("tiny.geojson"))).isNotEmpty();
  }

  @Test
  void aComparisonGivesItsPage() throws Exception {
    Path out = temp.resolve("out");
    Run run = dorsal("report", "planner/src/test/resources/report/comparison.json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(filesIn(out)).containsExactly("comparison.html");
  }

  @Test
  void anUnknownSchemaIsALocatedErrorAndNothingIsWritten() throws Exception {
    Path file = temp.resolve("odd.json");
    Files.writeString(file, "{\"schema\": \"dorsal-foo/1\", \"x\": 1}\n", StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    Run run = dorsal("report", file.toString(), "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(file + ":1:12: /schema: schema is \"dorsal-foo/1\", expected one of"
        + " \"dorsal-result/1\", \"dorsal-comparison/1\", \"dorsal-sweep/1\", \"dorsal-risk/1\"; dorsal report"
        + " renders only these documents\n1 error(s); nothing was written\n");
    assertThat(filesIn(out)).isEmpty();
  }

  @Test
  void aResultWithoutItsInstanceIsRefused() throws Exception {
    Path out = temp.resolve("out");
    Run run = dorsal("report", "results/tiny.result.json", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("results/tiny.result.json:2:13: /schema: a dorsal-result/1 document needs"
        + " the instance it was planned on for coordinates; add --instance INSTANCE\n1 error(s); nothing was written\n");
    assertThat(filesIn(out)).isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsALocatedError() throws Exception {
    Path file = temp.resolve("broken.json");
    Files.writeString(file, "{\"schema\": \"dorsal-risk/1\",\n  \"samples\": ]\n}\n", StandardCharsets.UTF_8);
    Run run = dorsal("report", file.toString(), "-o", temp.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(file + ":2:14: not valid JSON: Unexpected character (']' (code 93)): expected"
        + " a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); fix the syntax\n"
        + "1 error(s); nothing was written\n");
    assertThat(filesIn(temp.resolve("out"))).isEmpty();
  }

  @Test
  void theInstanceOfAnotherResultIsRefused() throws Exception {
    Path out = temp.resolve("out");
    Run run = dorsal("report", "results/tiny.result.json", "--instance", "instances/cusco-puno.json", "-o",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).startsWith("results/tiny.result.json:0:0: /instanceName: the result is of instance"
        + " \"tiny\" but the instance given is \"cusco-puno\"; pass the instance the result was planned on\n");
    assertThat(filesIn(out)).isEmpty();
  }

  @Test
  void anInputIsNeverOverwritten() throws Exception {
    Path instance = temp.resolve("tiny.geojson");
    byte[] original = Files.readAllBytes(Path.of("instances/tiny.json"));
    Files.write(instance, original);
    Run run = dorsal("report", "results/tiny.result.json", "--instance", instance.toString(), "-o", temp.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(instance + ": the output would overwrite the instance; choose another -o\n");
    assertThat(Files.readAllBytes(instance)).isEqualTo(original);
    assertThat(filesIn(temp)).containsExactly("tiny.geojson");
  }

  @Test
  void planWritesTheReportOfTheVerifiedPlanNextToTheResult() throws Exception {
    Path result = temp.resolve("tiny.result.json");
    Path reports = temp.resolve("reports");
    Run run = dorsal("plan", "instances/tiny.json", "-o", result.toString(), "--time-limit", "10", "--threads", "1",
        "--report-dir", reports.toString(), "-q");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(filesIn(reports)).containsExactly("tiny.geojson", "tiny.links.csv", "tiny.report.html",
        "tiny.routes.csv", "tiny.sites.csv", "tiny.summary.csv");
    // the same files as dorsal report makes of the result written
    Path again = temp.resolve("again");
    assertThat(dorsal("report", result.toString(), "--instance", "instances/tiny.json", "-o", again.toString(), "-q")
        .exitCode()).isZero();
    for (String name : filesIn(reports)) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(reports.resolve(name)));
    }
    assertThat(Files.readString(reports.resolve("tiny.summary.csv"))).contains("\ntotalNpcUsd,725348.331752515\n");
  }
}
