package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.model.bench.RowStatus;
import org.dorsal.model.bench.SolverSummary;
import org.junit.jupiter.api.Test;

/** The three forms of a benchmark report, byte for byte. */
class BenchmarkReportWritersTest {
  private static final double NAN = Double.NaN;

  private static final BenchmarkReport REPORT = new BenchmarkReport("set-x", 10, 2, "0.1.0", List.of(
      new BenchmarkRow("set-x", "a1", 50, 63, 8, "dorsal", 109271.502783, 109271.502783, "opt", 0, 98000.25, 1.23456,
          RowStatus.OPTIMAL, null, ""),
      new BenchmarkRow("set-x", "a1", 50, 63, 8, "shortest-path", 120000, 109271.502783, "opt",
          0.0981797, NAN, 0.0004, RowStatus.FEASIBLE, null, "a note, with \"quotes\""),
      new BenchmarkRow("set-x", "a1", 50, 63, 8, "plain-mip", NAN, 109271.502783, "opt", NAN, NAN, 10.5,
          RowStatus.ERROR, "verifier: link e1: flow 3 above capacity 2", ""),
      new BenchmarkRow("set-x", "k10x90", 10, 90, 2, null, NAN, 1e-7, "bks", NAN, NAN, NAN, RowStatus.NOT_MAPPED, null,
          "")),
      List.of(new SolverSummary("dorsal", 1, 1, 1, 0, 0, 1, 1.23456),
          new SolverSummary("plain-mip", 1, 0, 0, NAN, NAN, 0, 10.5)));

  @Test
  void textIsAnAlignedTableAndASummary() {
    assertThat(BenchmarkReportText.of(REPORT)).isEqualTo("""
        set-x: 4 row(s), time limit 10 s per solver and instance, 2 thread(s)
        instance  solver         nodes  links  sites           cost              known      gap     bound  time s  status
        a1        dorsal            50     63      8  109271.502783  109271.502783 opt  0.000 %  98000.25   1.235  optimal
        a1        shortest-path     50     63      8         120000  109271.502783 opt  9.818 %         -   0.000  feasible (a note, with "quotes")
        a1        plain-mip         50     63      8              -  109271.502783 opt        -         -  10.500  error: verifier: link e1: flow 3 above capacity 2
        k10x90    -                 10     90      2              -      0.0000001 bks        -         -       -  not-mapped
        summary
        dorsal:    1 instance(s), 1 with a plan; gap to known value over 1: mean 0.000 %, max 0.000 %; 1 at the known value; mean time 1.235 s
        plain-mip: 1 instance(s), 0 with a plan; gap to known value over 0: mean -, max -; 0 at the known value; mean time 10.500 s
        no solver run: 1 instance(s) not mapped, 0 could not be read
        """);
  }

  @Test
  void csvHasAHeaderQuotesWhereNeededAndLeavesMissingNumbersEmpty() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BenchmarkReportCsv.write(REPORT, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        set,instance,nodes,links,sites,solver,cost,known_value,known_status,gap_to_known,lower_bound,seconds,status,note
        set-x,a1,50,63,8,dorsal,109271.502783,109271.502783,opt,0.0,98000.25,1.23456,optimal,
        set-x,a1,50,63,8,shortest-path,120000.0,109271.502783,opt,0.0981797,,4.0E-4,feasible,"a note, with ""quotes\"""
        set-x,a1,50,63,8,plain-mip,,109271.502783,opt,,,10.5,error: verifier: link e1: flow 3 above capacity 2,
        set-x,k10x90,10,90,2,,,1.0E-7,bks,,,,not-mapped,
        """);
  }

  @Test
  void jsonWritesMissingNumbersAndSizesAsNull() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BenchmarkReport one = new BenchmarkReport("s", 2.5, 1, "v", List.of(new BenchmarkRow("s", "x", -1, -1, -1, null,
        NAN, NAN, null, NAN, NAN, NAN, RowStatus.ERROR, "x.stp:3:1: bad", "")), List.of());
    BenchmarkReportJson.write(one, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        {
          "schema": "dorsal-bench/1",
          "set": "s",
          "timeLimitSeconds": 2.5,
          "threads": 1,
          "programVersion": "v",
          "rows": [
            {
              "set": "s",
              "instance": "x",
              "nodes": null,
              "links": null,
              "sites": null,
              "solver": null,
              "cost": null,
              "knownValue": null,
              "knownStatus": null,
              "gapToKnown": null,
              "lowerBound": null,
              "seconds": null,
              "status": "error: x.stp:3:1: bad",
              "note": ""
            }
          ],
          "summaries": []
        }
        """);
  }
}
