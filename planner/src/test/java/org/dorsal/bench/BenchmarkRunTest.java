package org.dorsal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.BenchmarkReportCsv;
import org.dorsal.io.BenchmarkReportJson;
import org.dorsal.io.BenchmarkReportText;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.RowStatus;
import org.dorsal.model.bench.SolverSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dorsal bench on hand-made sets whose optima are known: every solver, every row, both files. */
class BenchmarkRunTest {
  private static final double NAN = Double.NaN;

  @TempDir Path temp;

  private static BenchmarkReport run(Path folder, List<BenchmarkRow> progress) throws Exception {
    BenchmarkRun run = new BenchmarkRun(new BenchmarkSettings(2, 2), BenchmarkSolvers.standard());
    return run.run(folder.getFileName().toString(), BenchmarkRun.list(folder), (n, count, row) -> progress.add(row));
  }

  /** The row without what depends on the clock: no time, the bound to 1e-6 (SCIP's tolerance). */
  private static BenchmarkRow timeless(BenchmarkRow r) {
    double bound = Double.isNaN(r.lowerBound()) ? NAN : Math.round(r.lowerBound() * 1e6) / 1e6;
    String note = r.solver() != null && r.solver().equals("ahuja-orlin-sharma") ? "" : r.note();
    return new BenchmarkRow(r.set(), r.instance(), r.nodes(), r.links(), r.sites(), r.solver(), r.cost(), r.knownValue(),
        r.knownStatus(), r.gapToKnown(), bound, 0, r.status(), r.message(), note);
  }

  private static BenchmarkRow row(String set, String instance, int nodes, int links, int sites, String solver,
      double cost, double known, String knownStatus, double bound, RowStatus status, String note) {
    double gap = Double.isNaN(cost) ? NAN : (cost - known) / known;
    return new BenchmarkRow(set, instance, nodes, links, sites, solver, cost, known, knownStatus, gap, bound, 0, status,
        null, note);
  }

  @Test
  void runsEverySolverOnASteinerAndAPrizeCollectingSetAndWritesBothFiles() throws Exception {
    List<BenchmarkRow> progress = new ArrayList<>();
    BenchmarkReport report = run(TinyBenchmarkSets.stp(temp), progress);

    // path (files in name order) is unrooted prize-collecting: a virtual root node and 3 root links
    // are added, and the plan objective 4 is the benchmark's 3 plus the offset 1
    String set = "tiny-stp";
    assertThat(report.rows()).map(BenchmarkRunTest::timeless).containsExactly(
        row(set, "path", 5, 6, 3, "dorsal", 3, 3, "opt", 3, RowStatus.OPTIMAL, ""),
        row(set, "path", 5, 6, 3, "shortest-path", NAN, 3, "opt", NAN, RowStatus.NO_PLAN,
            "the heuristic's plan has 2.0 USD of capex, above the budget of 1.0 USD: the heuristic ignores the budget"),
        row(set, "path", 5, 6, 3, "plain-mip", 3, 3, "opt", 3, RowStatus.OPTIMAL, ""),
        row(set, "star", 4, 6, 2, "dorsal", 9, 9, "opt", 9, RowStatus.OPTIMAL, ""),
        row(set, "star", 4, 6, 2, "shortest-path", 10, 9, "opt", NAN, RowStatus.FEASIBLE, ""),
        row(set, "star", 4, 6, 2, "plain-mip", 9, 9, "opt", 9, RowStatus.OPTIMAL, ""));
    assertThat(report.rows().get(4).gapToKnown()).isEqualTo(1.0 / 9);
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.seconds()).isBetween(0.0, 10.0));
    assertThat(progress).isEqualTo(report.rows());
    assertThat(report.set()).isEqualTo(set);
    assertThat(report.timeLimitSeconds()).isEqualTo(2);
    assertThat(report.threads()).isEqualTo(2);

    assertThat(report.summaries()).extracting(SolverSummary::solver)
        .containsExactly("dorsal", "shortest-path", "plain-mip");
    SolverSummary dorsal = report.summaries().get(0);
    assertThat(dorsal).usingRecursiveComparison().ignoringFields("meanSeconds")
        .isEqualTo(new SolverSummary("dorsal", 2, 2, 2, 0, 0, 2, 0));
    assertThat(report.summaries().get(1)).usingRecursiveComparison().ignoringFields("meanSeconds")
        .isEqualTo(new SolverSummary("shortest-path", 2, 1, 1, 1.0 / 9, 1.0 / 9, 0, 0));
    double meanSeconds = (report.rows().get(0).seconds() + report.rows().get(3).seconds()) / 2;
    assertThat(dorsal.meanSeconds()).isEqualTo(meanSeconds);
    assertThat(BenchmarkReportText.summaryLines(report).get(1)).isEqualTo("shortest-path: 2 instance(s), 1 with a"
        + " plan; gap to known value over 1: mean 11.111 %, max 11.111 %; 0 at the known value; mean time "
        + String.format(java.util.Locale.ROOT, "%.3f", report.summaries().get(1).meanSeconds()) + " s");

    assertJsonMatches(report);
    assertCsvMatches(report);
  }

  @Test
  void runsTheJgraphtTreesOnCmstEntriesToo() throws Exception {
    BenchmarkReport report = run(TinyBenchmarkSets.cmst(temp), new ArrayList<>());
    String set = "tiny-cmst";
    List<BenchmarkRow> expected = new ArrayList<>();
    for (String solver : List.of("dorsal", "shortest-path", "plain-mip", "esau-williams", "ahuja-orlin-sharma")) {
      boolean bound = solver.equals("dorsal") || solver.equals("plain-mip");
      // at Q = 2 the shortest-path starts alone reach the optimum only by an exchange of two
      // nodes between full branches (they paid 9 without it)
      expected.add(row(set, "tc4-1-Q2", 5, 10, 4, solver, 6, 6, "opt", bound ? 6 : NAN,
          bound ? RowStatus.OPTIMAL : RowStatus.FEASIBLE, ""));
    }
    for (String solver : List.of("dorsal", "shortest-path", "plain-mip", "esau-williams", "ahuja-orlin-sharma")) {
      boolean bound = solver.equals("dorsal") || solver.equals("plain-mip");
      expected.add(row(set, "tc4-1-Q4", 5, 10, 4, solver, 5, 5, "bks", bound ? 5 : NAN,
          bound ? RowStatus.OPTIMAL : RowStatus.FEASIBLE, ""));
    }
    assertThat(report.rows()).map(BenchmarkRunTest::timeless).containsExactlyElementsOf(expected);
    // the tabu search is re-run with doubled exchange limits while the 2 s allow
    BenchmarkRow aos = report.rows().get(4);
    assertThat(aos.note()).matches("\\d+ run\\(s\\) with up to \\d+ non-improving exchanges; best at \\d+");
    assertThat(aos.seconds()).isLessThan(4);
    assertThat(report.summaries()).extracting(SolverSummary::atKnownValue).containsExactly(2, 2, 2, 2, 2);
  }

  @Test
  void runsFcnetlibWithSplitRoutingAndListsTheUnmappedAndUnreadableFiles() throws Exception {
    Path folder = TinyBenchmarkSets.fcnetlib(temp);
    Files.writeString(folder.resolve("broken.stp"), TinyBenchmarkSets.STAR.replace("E 1 4 3", "E 1 9 3"));
    BenchmarkReport report = run(folder, new ArrayList<>());
    // k3x4: 3 nodes and a gateway for the source; 4 arcs and the source's link to its gateway; one sink.
    // n1 -> n3 alone (fixed 25 + 5 x 0.0021 = 25.0105) beats n1 -> n2 -> n3 (10 + 10 + 5 x (1 + 1) = 30);
    // the slope scaling's first prices already say so (25 / 5 + 0.0021 per unit against 2 + 1 + 2 + 1).
    // The table writes the optimum rounded, 25.01: the cost equals it at that precision (gap 0, no CHECK)
    String set = "tiny-fcnet";
    assertThat(report.rows()).map(BenchmarkRunTest::timeless).containsExactly(
        new BenchmarkRow(set, "broken", -1, -1, -1, null, NAN, NAN, null, NAN, NAN, 0, RowStatus.ERROR,
            folder.resolve("broken.stp") + ":14:5: vertex '9' is not a whole number between 1 and 4 (the Nodes count)"
                + " (and 1 more error(s))", ""),
        new BenchmarkRow(set, "k3x4", 4, 5, 1, "dorsal", 25.0105, 25.01, "opt", 0, 25.0105, 0, RowStatus.OPTIMAL,
            null, ""),
        new BenchmarkRow(set, "k3x4", 4, 5, 1, "shortest-path", 25.0105, 25.01, "opt", 0, NAN, 0, RowStatus.FEASIBLE,
            null, ""),
        new BenchmarkRow(set, "k3x4", 4, 5, 1, "plain-mip", 25.0105, 25.01, "opt", 0, 25.0105, 0, RowStatus.OPTIMAL,
            null, ""),
        new BenchmarkRow(set, "k3x4u", 3, 4, 2, null, NAN, NAN, null, NAN, NAN, 0, RowStatus.NOT_MAPPED, null, ""));
    // each solver's one plan counts as at the known value: 25.0105 equals 25.01 at the table's precision
    assertThat(report.summaries()).extracting(SolverSummary::atKnownValue).containsExactly(1, 1, 1);
    assertThat(BenchmarkReportText.summaryLines(report)).last()
        .isEqualTo("no solver run: 1 instance(s) not mapped, 1 could not be read");
    assertJsonMatches(report);
    assertCsvMatches(report);
  }

  @Test
  void selectsInstancesByNameAndNamesTheUnknownOnes() throws Exception {
    var entries = BenchmarkRun.list(TinyBenchmarkSets.stp(temp));
    assertThat(BenchmarkRun.select(entries, List.of("star"))).extracting(e -> e.name()).containsExactly("star");
    assertThat(BenchmarkRun.select(entries, List.of())).hasSize(2);
    assertThat(BenchmarkRun.unknownNames(entries, List.of("b01", "star", "c01"))).containsExactly("b01", "c01");
    assertThat(BenchmarkRun.inputFiles(entries)).extracting(p -> p.getFileName().toString())
        .containsExactly("path.stp", "star.stp");
  }

  /** The JSON reads back to the same rows and summaries. */
  private static void assertJsonMatches(BenchmarkReport report) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchmarkReportJson.write(report, bytes);
    JsonNode json = new ObjectMapper().readTree(bytes.toByteArray());
    assertThat(json.get("schema").asText()).isEqualTo("dorsal-bench/1");
    assertThat(json.get("set").asText()).isEqualTo(report.set());
    assertThat(json.get("timeLimitSeconds").asDouble()).isEqualTo(report.timeLimitSeconds());
    assertThat(json.get("rows")).hasSize(report.rows().size());
    for (int i = 0; i < report.rows().size(); i++) {
      BenchmarkRow r = report.rows().get(i);
      JsonNode j = json.get("rows").get(i);
      assertThat(j.get("set").asText()).isEqualTo(r.set());
      assertThat(j.get("instance").asText()).isEqualTo(r.instance());
      assertThat(count(j.get("nodes"))).isEqualTo(r.nodes());
      assertThat(count(j.get("links"))).isEqualTo(r.links());
      assertThat(count(j.get("sites"))).isEqualTo(r.sites());
      assertThat(j.get("solver").isNull() ? null : j.get("solver").asText()).isEqualTo(r.solver());
      same(number(j.get("cost")), r.cost());
      same(number(j.get("knownValue")), r.knownValue());
      assertThat(j.get("knownStatus").isNull() ? null : j.get("knownStatus").asText()).isEqualTo(r.knownStatus());
      same(number(j.get("gapToKnown")), r.gapToKnown());
      same(number(j.get("lowerBound")), r.lowerBound());
      same(number(j.get("seconds")), r.seconds());
      assertThat(j.get("status").asText()).isEqualTo(r.statusText());
      assertThat(j.get("note").asText()).isEqualTo(r.note());
    }
    assertThat(json.get("summaries")).hasSize(report.summaries().size());
    for (int i = 0; i < report.summaries().size(); i++) {
      SolverSummary s = report.summaries().get(i);
      JsonNode j = json.get("summaries").get(i);
      assertThat(new SolverSummary(j.get("solver").asText(), j.get("instances").asInt(), j.get("withCost").asInt(),
          j.get("compared").asInt(), number(j.get("meanGapToKnown")), number(j.get("maxGapToKnown")),
          j.get("atKnownValue").asInt(), number(j.get("meanSeconds")))).isEqualTo(s);
    }
  }

  /** The CSV has the header and one line per row, each field as in the report. */
  private static void assertCsvMatches(BenchmarkReport report) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchmarkReportCsv.write(report, bytes);
    List<List<String>> lines = CsvLines.parse(bytes.toString(StandardCharsets.UTF_8));
    assertThat(lines.get(0)).containsExactly("set", "instance", "nodes", "links", "sites", "solver", "cost",
        "known_value", "known_status", "gap_to_known", "lower_bound", "seconds", "status", "note");
    assertThat(lines).hasSize(report.rows().size() + 1);
    for (int i = 0; i < report.rows().size(); i++) {
      BenchmarkRow r = report.rows().get(i);
      List<String> f = lines.get(i + 1);
      assertThat(f).hasSize(14);
      BenchmarkRow back = new BenchmarkRow(f.get(0), f.get(1), intOrMinusOne(f.get(2)), intOrMinusOne(f.get(3)),
          intOrMinusOne(f.get(4)), f.get(5).isEmpty() ? null : f.get(5), doubleOrNaN(f.get(6)), doubleOrNaN(f.get(7)),
          f.get(8).isEmpty() ? null : f.get(8), doubleOrNaN(f.get(9)), doubleOrNaN(f.get(10)), doubleOrNaN(f.get(11)),
          r.status(), r.message(), f.get(13));
      assertThat(back).isEqualTo(r);
      assertThat(f.get(12)).isEqualTo(r.statusText());
    }
  }

  /** Equal doubles, NaN equal to NaN. */
  private static void same(double actual, double expected) {
    assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
  }

  private static int count(JsonNode n) {
    return n.isNull() ? -1 : n.asInt();
  }

  private static double number(JsonNode n) {
    return n.isNull() ? NAN : n.asDouble();
  }

  private static int intOrMinusOne(String s) {
    return s.isEmpty() ? -1 : Integer.parseInt(s);
  }

  private static double doubleOrNaN(String s) {
    return s.isEmpty() ? NAN : Double.parseDouble(s);
  }
}
