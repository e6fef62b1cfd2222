package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dorsal.bench.BenchmarkRun;
import org.dorsal.bench.BenchmarkSettings;
import org.dorsal.bench.BenchmarkSolvers;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.BenchmarkEntry;
import org.dorsal.io.BenchmarkReportCsv;
import org.dorsal.io.BenchmarkReportJson;
import org.dorsal.io.BenchmarkReportText;
import org.dorsal.io.InvalidInputException;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal bench}: runs the planner and the baselines over a benchmark set. */
@Command(
    name = "bench",
    description = {
      "Runs every instance of a benchmark set folder (as in shared/benchmarks: instance files and a"
          + " known_values.tsv or values.tsv) with each solver in turn under the same time limit: dorsal"
          + " (the planner), shortest-path (its construction heuristic alone), plain-mip (its MIP handed"
          + " straight to SCIP) and, on CMST instances, JGraphT's esau-williams and ahuja-orlin-sharma."
          + " Every plan is checked by the independent verifier. Prints a table (cost in the benchmark's"
          + " own objective, known value, gap to it, lower bound, time, status) and a summary per solver,"
          + " and writes the table as OUT_PREFIX.json and OUT_PREFIX.csv.",
      "Exit codes: 0 done (instances that failed are rows with status 'error: ...'); 2 bad input or"
          + " usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SET_DIR", description = "Benchmark set folder.")
  Path setDir;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
      description = "Wall-clock limit of each solver on each instance (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--threads", defaultValue = "2",
      description = "Worker threads of the planner (default: ${DEFAULT-VALUE}); the baselines use one.")
  int threads;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT_PREFIX",
      description = "Where to write: OUT_PREFIX.json and OUT_PREFIX.csv (default: results/bench/<set name>)."
          + " Written atomically; never over an input file.")
  String outPrefix;

  @Option(names = "--only", paramLabel = "NAME", split = ",",
      description = "Run only these instances (names as in the table, e.g. b01 or cm50r1-Q200).")
  List<String> only = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || !Double.isFinite(timeLimitSeconds) || threads < 1) {
      err.println("--time-limit must be > 0 and --threads >= 1");
      return ExitCodes.BAD_INPUT;
    }
    if (!Files.exists(setDir)) {
      err.println(setDir + ":0:0: folder not found; check the path");
      return ExitCodes.BAD_INPUT;
    }
    if (!Files.isDirectory(setDir)) {
      err.println(setDir + ":0:0: not a folder; give a benchmark set folder (instance files and known_values.tsv)");
      return ExitCodes.BAD_INPUT;
    }
    List<BenchmarkEntry> entries;
    try {
      entries = BenchmarkRun.list(setDir);
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println(setDir + ":0:0: cannot read the folder (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    List<String> unknown = BenchmarkRun.unknownNames(entries, only);
    if (!unknown.isEmpty()) {
      err.println(setDir + ": --only names no instance of the set: " + String.join(", ", unknown));
      return ExitCodes.BAD_INPUT;
    }
    String set = setDir.toAbsolutePath().normalize().getFileName().toString();
    String prefix = outPrefix != null ? outPrefix : Path.of("results", "bench", set).toString();
    Path json = Path.of(prefix + ".json");
    Path csv = Path.of(prefix + ".csv");
    for (Path input : BenchmarkRun.inputFiles(entries)) {
      if (OutputGuard.wouldOverwrite(json, input, err) || OutputGuard.wouldOverwrite(csv, input, err)) {
        return ExitCodes.BAD_INPUT;
      }
    }
    BenchmarkRun run = new BenchmarkRun(new BenchmarkSettings(timeLimitSeconds, threads), BenchmarkSolvers.standard());
    BenchmarkReport report = run.run(set, BenchmarkRun.select(entries, only), (number, count, row) -> {
      if (!quiet) {
        err.println(progress(number, count, row));
        err.flush();
      }
    });
    try {
      AtomicFiles.write(json, stream -> BenchmarkReportJson.write(report, stream));
      AtomicFiles.write(csv, stream -> BenchmarkReportCsv.write(report, stream));
    } catch (IOException e) {
      err.println(prefix + ": cannot write the results (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    out.print(BenchmarkReportText.of(report));
    out.println("written: " + json + ", " + csv);
    return ExitCodes.OK;
  }

  private static String progress(int number, int count, BenchmarkRow row) {
    String cost = Double.isNaN(row.cost()) ? "" : " cost " + row.cost();
    String known = Double.isNaN(row.gapToKnown()) ? ""
        : String.format(Locale.ROOT, ", gap to known %.3f %%", 100 * row.gapToKnown());
    String time = Double.isNaN(row.seconds()) ? "" : String.format(Locale.ROOT, ", %.3f s", row.seconds());
    return String.format(Locale.ROOT, "[%d/%d] %s %s:%s %s%s%s", number, count, row.instance(),
        row.solver() == null ? "-" : row.solver(), cost, row.statusText(), known, time);
  }
}
