package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.PlanBundle;
import org.dorsal.io.PlanSchedule;
import org.dorsal.model.Instance;
import org.dorsal.model.result.CoverageReport;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.SolverReport;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.dorsal.solve.SolveProgress;
import org.dorsal.solve.Unservable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal plan}: solves an instance and writes a verified result. */
@Command(
    name = "plan",
    description = {
      "Plans the cheapest backhaul network for an instance: which links to equip with which"
          + " capacity option and how every site's traffic reaches a gateway or a satellite"
          + " terminal, at the lowest net present cost. The plan is checked by the independent"
          + " verifier before the result (dorsal-result/1 JSON) is written.",
      "Exit codes: 0 a verified plan was written; 1 no plan (infeasible, or no plan found in the"
          + " time limit; the reasons are printed) or the verifier rejected it (nothing written);"
          + " 2 bad input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file (dorsal-instance/1).")
  Path instancePath;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the result JSON (default: results/<instance name>.result.json)."
          + " Written atomically; never the instance file itself. A name ending in .gz is written"
          + " gzip-compressed (dorsal verify reads it back).")
  Path output;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "Wall-clock limit for the solve in seconds (default: ${DEFAULT-VALUE}). When it"
          + " ends, the best plan so far is written with its lower bound and gap.")
  double timeLimitSeconds;

  @Option(names = "--gap", paramLabel = "FRACTION", defaultValue = "0.0001",
      description = "Stop when the relative gap between plan cost and lower bound is at most this"
          + " (default: ${DEFAULT-VALUE}, i.e. 0.01 %%).")
  double relativeGap;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed for the MIP solver (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2",
      description = "Worker threads (default: ${DEFAULT-VALUE}). With 2 or more, a second thread spends the"
          + " whole time limit on the lower bound (cuts, then SCIP); the plan itself comes from the first"
          + " thread, so it does not depend on this option. Networks of 2,000 sites or more are planned"
          + " region by region, this many regions at a time (docs/national-scale.md).")
  int threads;

  @Option(names = "--heuristic-only",
      description = "Skip the exact MIP: write the construction heuristic's plan (no lower bound).")
  boolean heuristicOnly;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success, and no progress on stderr.")
  boolean quiet;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "Also write the verified plan's GeoJSON, CSV tables and HTML report to DIR, named after the"
          + " result file (as dorsal report does; docs/reports.md).")
  Path reportDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || !Double.isFinite(timeLimitSeconds) || relativeGap < 0 || threads < 1) {
      err.println("--time-limit must be > 0, --gap >= 0 and --threads >= 1");
      return ExitCodes.BAD_INPUT;
    }
    LoadedInstance loaded = LoadedInstance.read(instancePath, err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Instance instance = loaded.instance();
    LoadedFile file = loaded.file();
    Path target = output != null ? output : Path.of("results", instance.name() + ".result.json");
    if (OutputGuard.wouldOverwrite(target, instancePath, err) || reportDir != null && ReportFiles.overwritesInput(
        ReportFiles.planPaths(reportDir, ReportFiles.stem(target)), Map.of(instancePath, "the instance"), err)) {
      return ExitCodes.BAD_INPUT;
    }
    SolveOptions options = new SolveOptions(timeLimitSeconds, relativeGap, seed, threads, !heuristicOnly);
    SolveProgress progress = quiet ? SolveProgress.NONE : new ProgressPrinter(err);
    PlanRun run = new PlanPipeline().run(instance, file.label(), file.bytes(), options, progress);
    if (!run.outcome().hasPlan()) {
      err.println("no plan: " + run.outcome().message());
      for (Unservable u : run.outcome().unservable()) {
        err.println("  site " + u.siteId() + ": " + u.reason());
      }
      return ExitCodes.NO_PLAN_OR_CHECK_FAILED;
    }
    if (!run.verified()) {
      err.println("the verifier rejected the plan; nothing was written:");
      run.violations().forEach(v -> err.println("  " + v));
      return ExitCodes.NO_PLAN_OR_CHECK_FAILED;
    }
    try {
      if (target.toString().endsWith(".gz")) {
        AtomicFiles.write(target, stream -> {
          GZIPOutputStream gzip = new GZIPOutputStream(stream);
          gzip.write(run.resultJson());
          gzip.finish();
        });
      } else {
        AtomicFiles.write(target, run.resultJson());
      }
    } catch (IOException e) {
      err.println(target + ": cannot write the result (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    if (reportDir != null && writeReport(instance, target, run, out, err) != ExitCodes.OK) {
      return ExitCodes.BAD_INPUT;
    }
    if (!quiet) {
      if (loaded.expansion().generated() != null) {
        out.printf(Locale.ROOT, "candidates generated: %d links in %.1f s%n",
            loaded.expansion().generated().links().size(), loaded.expansion().seconds());
      }
      printSummary(out, target, run);
    }
    return ExitCodes.OK;
  }

  /** The report files of the verified plan, next to the result. */
  private int writeReport(Instance instance, Path target, PlanRun run, PrintWriter out, PrintWriter err) {
    PlanBundle plan;
    try {
      plan = PlanBundle.of(run.result(), instance, PlanSchedule.of(run.resultJson()), target.toString());
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return ExitCodes.BAD_INPUT;
    }
    return ReportFiles.write(ReportFiles.planFiles(plan, target.toString(), reportDir, ReportFiles.stem(target)),
        out, err, quiet);
  }

  private static void printSummary(PrintWriter out, Path target, PlanRun run) {
    ResultSummary s = run.result().summary();
    SolverReport r = run.result().solver();
    out.printf(Locale.ROOT, "%s: %s, verified%n", target, r.status());
    String usage = Double.isNaN(s.usageNpcUsd()) ? ""
        : String.format(Locale.ROOT, ", usage %,.0f", s.usageNpcUsd());
    out.printf(Locale.ROOT, "  net present cost %,.0f USD (capex %,.0f, opex %,.0f, leases %,.0f%s, transit %,.0f)%n",
        s.totalNpcUsd(), s.capexUsd(), s.opexNpcUsd(), s.leaseNpcUsd(), usage, s.transitNpcUsd());
    out.printf(Locale.ROOT, "  objective %,.0f USD, lower bound %,.0f, gap %.3f %%, %.1f s%n",
        r.objectiveUsd(), r.boundUsd(), 100 * r.gap(), r.seconds());
    out.printf(Locale.ROOT, "  sites served %d of %d, %d links equipped%n", s.sitesServed(), s.sitesTotal(),
        run.result().links().size());
    CoverageReport c = run.result().coverage();
    if (c != null) {
      out.printf(Locale.ROOT, "  coverage: %s %,.0f, at most %,.0f (gap %.3f %%)%n", c.weight(), c.weightCovered(),
          c.weightBound(), 100 * c.weightGap());
    }
    if (run.result().rollout() != null) {
      List<String> capex = new ArrayList<>();
      for (RolloutYear y : run.result().rollout().years()) {
        capex.add(String.format(Locale.ROOT, "%,.0f", y.capexUsd()));
      }
      out.printf(Locale.ROOT, "  roll-out over %d years: capex paid by year %s USD%n", capex.size(),
          String.join(" / ", capex));
    }
  }
}
