package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dorsal.io.AtomicFiles;
import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.dorsal.scenario.BudgetRange;
import org.dorsal.scenario.BudgetSweep;
import org.dorsal.scenario.SweepCsv;
import org.dorsal.scenario.SweepJson;
import org.dorsal.scenario.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal sweep}: coverage against capex over a range of budgets, each point a verified plan. */
@Command(
    name = "sweep",
    description = {
      "Traces coverage against capex: plans the instance at STEPS capex budgets evenly spaced from FROM to TO"
          + " (USD, both included), each for the most coverage within the budget and then the least net present"
          + " cost (the instance's coverage section, or population when it has none; docs/coverage.md). Writes"
          + " each verified plan as OUTDIR/<name>.budget-<usd>.result.json, and the curve as"
          + " OUTDIR/<name>.sweep.json (dorsal-sweep/1, with Pareto flags) and OUTDIR/<name>.sweep.csv.",
      "Exit codes: 0 every point has a verified plan; 1 some point has none (a budget below what the required"
          + " sites need, no plan in the time limit, or rejected by the verifier; the others are still written);"
          + " 2 bad input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "Base instance JSON file (dorsal-instance/1).")
  Path instancePath;

  @Option(names = "--budget", required = true, paramLabel = "FROM:TO:STEPS",
      description = "Capex budgets in USD: STEPS (at least 2) points from FROM to TO inclusive, e.g. 0:50000000:6.")
  String budget;

  @Option(names = "--per-year", description = "The budgets are the roll-out's yearly capex budget"
      + " (capexBudgetUsdPerYear; BASE needs a 'rollout' section); its total budget stays as BASE gives it.")
  boolean perYear;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
      description = "Wall-clock limit per point in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--threads", defaultValue = "2",
      description = "Points planned at the same time (default: ${DEFAULT-VALUE}); each point runs on one thread, so"
          + " its plan does not depend on this option.")
  int threads;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed for the MIP solver (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR",
      description = "Folder for the results (default: results/sweeps/<instance name>).")
  Path outputDir;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success, and no progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || !Double.isFinite(timeLimitSeconds) || threads < 1) {
      err.println("--time-limit must be > 0 and --threads >= 1");
      return ExitCodes.BAD_INPUT;
    }
    BudgetRange range;
    try {
      range = BudgetRange.parse(budget);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    LoadedInstance loaded = LoadedInstance.read(instancePath, err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Instance instance = loaded.instance();
    if (perYear && instance.rollout() == null) {
      err.println(loaded.file().label() + ": --per-year sweeps the roll-out's yearly capex budget, but the instance"
          + " has no 'rollout' section; add one (docs/rollout.md) or sweep the total budget without --per-year");
      return ExitCodes.BAD_INPUT;
    }
    Path dir = outputDir != null ? outputDir : Path.of("results", "sweeps", instance.name());
    List<Path> targets = new ArrayList<>();
    for (int i = 0; i < range.steps(); i++) {
      targets.add(dir.resolve(BudgetSweep.resultFileName(instance.name(), range.budgetUsd(i), perYear)));
    }
    Path json = dir.resolve(instance.name() + ".sweep.json");
    Path csv = dir.resolve(instance.name() + ".sweep.csv");
    targets.add(json);
    targets.add(csv);
    for (Path target : targets) {
      if (OutputGuard.wouldOverwrite(target, instancePath, err)) {
        return ExitCodes.BAD_INPUT;
      }
    }
    BatchProgressBar bar = quiet ? null : BatchProgressBar.onStderr(err, "budget points");
    AtomicInteger done = new AtomicInteger();
    SweepReport report = new BudgetSweep().run(instance, loaded.file().label(), loaded.file().bytes(), range,
        perYear, timeLimitSeconds, threads, seed, point -> {
          if (bar != null) {
            bar.advance(String.format(Locale.ROOT, "budget %,.0f USD: %s", point.budgetUsd(), point.status()),
                pointDetail(point, instance.coverage() != null ? instance.coverage().weight() : Coverage.POPULATION), done.incrementAndGet(), range.steps());
          }
        });
    try {
      for (SweepReport.Point p : report.points()) {
        if (p.resultJson() != null) {
          AtomicFiles.write(dir.resolve(p.resultFile()), p.resultJson());
        }
      }
      AtomicFiles.write(json, SweepJson.write(report));
      AtomicFiles.write(csv, SweepCsv.write(report));
    } catch (IOException e) {
      err.println(dir + ": cannot write the sweep (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    boolean all = report.points().stream().allMatch(SweepReport.Point::verified);
    if (!quiet) {
      printTable(out, report, json, csv);
    }
    if (!all) {
      for (SweepReport.Point p : report.points()) {
        if (!p.verified()) {
          err.printf(Locale.ROOT, "budget %,.0f USD: no plan: %s%n", p.budgetUsd(), p.reason());
        }
      }
    }
    return all ? ExitCodes.OK : ExitCodes.NO_PLAN_OR_CHECK_FAILED;
  }

  /** The bar's account of the point just finished: its budget, the weight covered, cost and gap. */
  private static String pointDetail(SweepReport.Point p, String weight) {
    if (!p.verified()) {
      return String.format(Locale.ROOT, "budget %,.0f USD: no plan", p.budgetUsd());
    }
    Object gap = p.metrics().get("gap");
    return String.format(Locale.ROOT, "budget %,.0f USD: %s %,.0f covered, cost %,.0f USD%s", p.budgetUsd(), weight,
        p.weightCovered(), ((Number) p.metrics().get("totalNpcUsd")).doubleValue(),
        gap instanceof Number g ? String.format(Locale.ROOT, ", gap %.2f %%", 100 * g.doubleValue()) : "");
  }

  private static void printTable(PrintWriter out, SweepReport report, Path json, Path csv) {
    out.printf(Locale.ROOT, "%16s  %-9s  %14s  %14s  %16s  %s%n", report.perYear() ? "budget/year USD" : "budget USD",
        "status", report.weight(), "bound",
        "capex USD", "pareto");
    for (SweepReport.Point p : report.points()) {
      if (p.verified()) {
        out.printf(Locale.ROOT, "%,16.0f  %-9s  %,14.0f  %,14.0f  %,16.0f  %s%n", p.budgetUsd(), p.status(),
            p.weightCovered(), p.weightBound(), p.metrics().get("capexUsd"), p.paretoOptimal() ? "yes" : "no");
      } else {
        out.printf(Locale.ROOT, "%,16.0f  %-9s%n", p.budgetUsd(), p.status());
      }
    }
    out.println("wrote " + json + " and " + csv);
  }
}
