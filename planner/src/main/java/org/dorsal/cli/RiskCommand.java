package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.RiskReportJson;
import org.dorsal.io.RiskSampleCsv;
import org.dorsal.io.Sha256;
import org.dorsal.model.Instance;
import org.dorsal.model.risk.RiskBase;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSettings;
import org.dorsal.model.risk.Spread;
import org.dorsal.model.risk.TornadoBar;
import org.dorsal.scenario.RiskAnalysis;
import org.dorsal.scenario.RiskProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ScenarioReader;
import org.dorsal.scenario.ComparisonInputs;
import org.dorsal.scenario.OutputNames;
import org.dorsal.scenario.ScenarioPlan;
import org.dorsal.scenario.ScenarioPlans;
import picocli.CommandLine.Spec;

/** {@code dorsal risk}: cost and coverage under sampled uncertain inputs (docs/risk.md). */
@Command(
    name = "risk",
    description = {
      "Samples the uncertain inputs declared in the instance's \"uncertainty\" section (demand,"
          + " unit costs, prices: one factor per driver, drawn from its distribution), evaluates the"
          + " network under every sample and reports P10/P50/P90 of cost and coverage, the sample"
          + " table and a one-at-a-time tornado of the drivers (each at its P10 and P90, the others"
          + " at their medians). Seeded: the same seed gives the same samples whatever --threads.",
      "Writes OUTDIR/<instance name>.risk.json (dorsal-risk/1) and OUTDIR/<instance name>.risk.csv"
          + " (the sample table).",
      "Exit codes: 0 written; 1 the base instance has no verified plan (nothing written); 2 bad"
          + " input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class RiskCommand implements Callable<Integer> {
  static final String HOW_TO_DECLARE = "declare the uncertain inputs in the instance, e.g. \"uncertainty\":"
      + " {\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"lognormal\", \"median\": 1,"
      + " \"sigma\": 0.25}}]} (see docs/risk.md)";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "Instance JSON file (dorsal-instance/1) with an"
      + " \"uncertainty\" section.")
  Path instancePath;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "200",
      description = "Number of Monte Carlo samples (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the samples (sample i draws from its own generator seeded by (seed, i)) and of the"
          + " MIP solver (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--mode", paramLabel = "reprice|replan", defaultValue = RiskSettings.REPRICE,
      description = "reprice (default): plan the base once, then per sample keep its links and routes, upgrade"
          + " overloaded links and recompute every cost; replan: plan every sample from scratch.")
  String mode;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
      description = "Solver limit of the base plan and, with --mode replan, of every sample's plan"
          + " (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--heuristic-only",
      description = "Plan with the construction heuristic only (no MIP): faster, and re-planned samples"
          + " then do not depend on machine speed.")
  boolean heuristicOnly;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Samples evaluated at the same time (default: ${DEFAULT-VALUE}). The samples never depend on"
          + " it, nor does a repriced report; re-planned samples under a time limit can (see --heuristic-only).")
  int threads;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", defaultValue = "results/risk",
      description = "Directory for the report files (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "A scenario file (dorsal-scenario/1, docs/scenarios.md) applied to the base first: its patch may"
          + " declare or change the uncertainty section; its multipliers and dropped links apply as in compare.")
  Path scenarioPath;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success, and no progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = optionProblems();
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      return ExitCodes.BAD_INPUT;
    }
    LoadedInstance loaded = LoadedInstance.read(instancePath, err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Instance instance = loaded.instance();
    String label = loaded.file().label();
    byte[] bytes = loaded.file().bytes();
    if (scenarioPath != null) {
      ScenarioPlan scenario = scenarioInstance(loaded.file(), err);
      if (scenario == null) {
        return ExitCodes.BAD_INPUT;
      }
      instance = scenario.instance();
      label = loaded.file().label() + " with scenario " + scenario.name() + " (" + scenario.file() + ")";
      bytes = scenario.instanceBytes();
    }
    if (instance.uncertainty() == null) {
      err.println(instancePath + ": the instance has no \"uncertainty\" section; " + HOW_TO_DECLARE);
      return ExitCodes.BAD_INPUT;
    }
    Path json = outputDir.resolve(instance.name() + ".risk.json");
    Path csv = outputDir.resolve(instance.name() + ".risk.csv");
    if (OutputGuard.wouldOverwrite(json, instancePath, err) || OutputGuard.wouldOverwrite(csv, instancePath, err)) {
      return ExitCodes.BAD_INPUT;
    }
    RiskBase base = new RiskBase(instance.name(), label, Sha256.hex(bytes));
    RiskSettings settings = new RiskSettings(mode, samples, seed, timeLimitSeconds, threads, !heuristicOnly);
    RiskProgress progress = quiet ? RiskProgress.NONE : bar(err);
    RiskAnalysis.Outcome outcome =
        new RiskAnalysis(instance, instance.uncertainty(), base, bytes).run(settings, progress);
    if (outcome.report() == null) {
      err.println(instancePath + ": " + outcome.failure() + "; nothing was written");
      return ExitCodes.NO_PLAN_OR_CHECK_FAILED;
    }
    try {
      AtomicFiles.write(json, RiskReportJson.write(outcome.report()));
      AtomicFiles.write(csv, stream -> RiskSampleCsv.write(outcome.report(), stream));
    } catch (IOException e) {
      err.println(outputDir + ": cannot write the report (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    if (!quiet) {
      printSummary(out, json, csv, outcome.report());
    }
    return ExitCodes.OK;
  }

  private List<String> optionProblems() {
    List<String> problems = new ArrayList<>();
    if (samples < 1) {
      problems.add("--samples must be at least 1, got " + samples);
    }
    if (!mode.equals(RiskSettings.REPRICE) && !mode.equals(RiskSettings.REPLAN)) {
      problems.add("--mode must be reprice or replan, got " + mode);
    }
    if (!(timeLimitSeconds > 0) || !Double.isFinite(timeLimitSeconds)) {
      problems.add("--time-limit must be a number of seconds > 0, got " + timeLimitSeconds);
    }
    if (threads < 1) {
      problems.add("--threads must be at least 1, got " + threads);
    }
    return problems;
  }

  /** The progress bar of the evaluations (samples, then the tornado's ends). */
  private static RiskProgress bar(PrintWriter err) {
    BatchProgressBar bar = BatchProgressBar.onStderr(err, "evaluations");
    return (done, total) -> bar.advance(null, "", done, total);
  }

  /** The base with the scenario applied and its candidates generated; null after printing errors. */
  private ScenarioPlan scenarioInstance(LoadedFile base, PrintWriter err) {
    LoadedFile file = LoadedFile.read(scenarioPath, err);
    if (file == null) {
      return null;
    }
    ComparisonInputs inputs;
    try {
      inputs = ComparisonInputs.read(base.label(), base.bytes(),
          List.of(new ScenarioReader.Source(file.label(), file.bytes())));
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return null;
    }
    CandidateExpansion.Result expanded = LoadedInstance.expand(instancePath, inputs.patched().get(0), err);
    if (expanded == null) {
      return null;
    }
    return new ScenarioPlans(OutputNames.of(outputDir, inputs.base().name()))
        .scenario(inputs.scenarios().get(0), expanded.instance());
  }

  private static void printSummary(PrintWriter out, Path json, Path csv, RiskReport r) {
    out.printf(Locale.ROOT, "%s and %s: %d samples (%s), base plan %,.0f USD%n", json, csv,
        r.settings().samples(), r.settings().mode(), r.baseMetrics().totalNpcUsd());
    spread(out, "net present cost USD", r.cost());
    spread(out, "population covered", r.population());
    spread(out, "sites served", r.sitesServed());
    if (r.samplesWithUncoveredSites() > 0) {
      out.printf(Locale.ROOT, "  %d sample(s) could not carry every site (partial coverage)%n",
          r.samplesWithUncoveredSites());
    }
    if (r.samplesWithoutPlan() > 0) {
      out.printf(Locale.ROOT, "  %d sample(s) without a verified plan%n", r.samplesWithoutPlan());
    }
    out.println("  tornado (driver at P10 .. P90, others at their medians):");
    for (TornadoBar b : r.tornado()) {
      out.printf(Locale.ROOT, "    %-16s x%.3f .. x%.3f: %s .. %s USD (swing %s)%n", b.multiplier(),
          b.lowFactor(), b.highFactor(), usd(b.costAtLowUsd()), usd(b.costAtHighUsd()), usd(b.swingUsd()));
    }
  }

  /** Whole dollars with thousands separators, or "no plan" for NaN. */
  private static String usd(double value) {
    return Double.isNaN(value) ? "no plan" : String.format(Locale.ROOT, "%,.0f", value);
  }

  private static void spread(PrintWriter out, String what, Spread s) {
    if (s == null) {
      out.printf(Locale.ROOT, "  %s: no sample has a plan%n", what);
      return;
    }
    out.printf(Locale.ROOT, "  %s: P10 %,.0f  P50 %,.0f  P90 %,.0f  (mean %,.0f, min %,.0f, max %,.0f)%n", what,
        s.p10(), s.p50(), s.p90(), s.mean(), s.min(), s.max());
  }
}
