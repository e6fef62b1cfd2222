package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.JsonDocuments;
import org.dorsal.io.ScenarioReader;
import org.dorsal.io.Sha256;
import org.dorsal.model.Instance;
import org.dorsal.scenario.BatchProgress;
import org.dorsal.scenario.ComparisonDocument;
import org.dorsal.scenario.ComparisonInputs;
import org.dorsal.scenario.ComparisonRunner;
import org.dorsal.scenario.ComparisonSettings;
import org.dorsal.scenario.ExpansionCache;
import org.dorsal.scenario.OutputNames;
import org.dorsal.scenario.PlanMetrics;
import org.dorsal.scenario.ScenarioOutcome;
import org.dorsal.scenario.ScenarioPlan;
import org.dorsal.scenario.ScenarioPlans;
import org.dorsal.solve.SolveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal compare}: plans a base instance and scenarios of it, and compares the plans. */
@Command(
    name = "compare",
    description = {
      "Plans the base instance and each scenario (dorsal-scenario/1 files: a JSON Merge Patch of the"
          + " instance, per-id node and link patches, links dropped by technology, cost and demand"
          + " multipliers; docs/scenarios.md), several plans at a time, each verified. Writes into OUTDIR"
          + " <base>.<scenario>.result.json per plan (the base is scenario 'base'), the instance each"
          + " scenario planned (<base>.<scenario>.instance.json, for dorsal verify), and"
          + " <base>.comparison.json and .csv with every plan's figures and its differences to the base.",
      "Exit codes: 0 every plan was written; 1 some scenario has no plan (recorded with its reason, the"
          + " others written); 2 bad input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "Base instance JSON file (dorsal-instance/1).")
  Path basePath;

  @Option(names = "--scenario", paramLabel = "FILE", required = true,
      description = "A scenario file (dorsal-scenario/1); repeat for several.")
  List<Path> scenarioPaths;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
      description = "Folder for the results and the comparison (created if missing; files written atomically).")
  Path outputFolder;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "Wall-clock limit of each plan in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimitSeconds;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Plans solved at the same time (default: ${DEFAULT-VALUE}). Each plan has its own"
          + " --solver-threads, so no plan depends on this option.")
  int parallelPlans;

  @Option(names = "--solver-threads", paramLabel = "N", defaultValue = "2",
      description = "Solver threads of each plan, as dorsal plan --threads (default: ${DEFAULT-VALUE}).")
  int solverThreads;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed of every plan (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success, and no progress on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeLimitSeconds <= 0 || !Double.isFinite(timeLimitSeconds) || parallelPlans < 1 || solverThreads < 1) {
      err.println("--time-limit must be > 0, --threads and --solver-threads >= 1");
      return ExitCodes.BAD_INPUT;
    }
    LoadedFile base = LoadedFile.read(basePath, err);
    List<ScenarioReader.Source> sources = new ArrayList<>();
    for (Path p : scenarioPaths) {
      LoadedFile f = LoadedFile.read(p, err);
      if (f != null) {
        sources.add(new ScenarioReader.Source(f.label(), f.bytes()));
      }
    }
    if (base == null || sources.size() < scenarioPaths.size()) {
      err.println("nothing was written");
      return ExitCodes.BAD_INPUT;
    }
    ComparisonInputs inputs;
    try {
      inputs = ComparisonInputs.read(base.label(), base.bytes(), sources);
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return ExitCodes.BAD_INPUT;
    }
    OutputNames names = OutputNames.of(outputFolder, inputs.base().name());
    ExpansionCache candidates = new ExpansionCache(instance -> {
      CandidateExpansion.Result r = LoadedInstance.expand(basePath, instance, err);
      return r == null ? null : r.instance();
    });
    List<ScenarioPlan> plans = new ScenarioPlans(names).all(base.label(), base.bytes(), inputs, candidates);
    if (plans == null || wouldOverwriteAnInput(names, plans, err)) {
      return ExitCodes.BAD_INPUT;
    }
    SolveOptions options = new SolveOptions(timeLimitSeconds, 1e-4, seed, solverThreads, true);
    BatchProgress progress = quiet ? BatchProgress.NONE : BatchProgressBar.onStderr(err, "scenarios");
    List<ScenarioOutcome> outcomes = new ComparisonRunner(options, parallelPlans, progress).run(plans);
    try {
      write(base, inputs.base(), outcomes, names);
    } catch (IOException e) {
      err.println(outputFolder + ": cannot write the comparison (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    boolean allPlanned = outcomes.stream().allMatch(ScenarioOutcome::written);
    if (!quiet || !allPlanned) {
      printSummary(allPlanned ? out : err, outcomes);
    }
    return allPlanned ? ExitCodes.OK : ExitCodes.NO_PLAN_OR_CHECK_FAILED;
  }

  /** True (after printing why) when some output would replace the base or a scenario file. */
  private boolean wouldOverwriteAnInput(OutputNames names, List<ScenarioPlan> plans, PrintWriter err) {
    List<Path> targets = new ArrayList<>(List.of(names.inFolder(names.comparisonJson()),
        names.inFolder(names.comparisonCsv())));
    for (ScenarioPlan plan : plans) {
      targets.add(names.inFolder(names.resultFile(plan.name())));
      if (plan.instanceFileName() != null) {
        targets.add(names.inFolder(plan.instanceFileName()));
      }
    }
    for (Path target : targets) {
      if (OutputGuard.wouldOverwrite(target, basePath, err)) {
        return true;
      }
      for (Path scenario : scenarioPaths) {
        if (OutputGuard.wouldOverwrite(target, scenario, "the scenario file", err)) {
          return true;
        }
      }
    }
    return false;
  }

  private void write(LoadedFile base, Instance baseInstance, List<ScenarioOutcome> outcomes,
      OutputNames names) throws IOException {
    for (ScenarioOutcome o : outcomes) {
      ScenarioPlan plan = o.plan();
      String instanceFile = plan.instanceFileName();
      if (instanceFile != null && instanceFile.endsWith(".gz")) {
        AtomicFiles.writeGzip(names.inFolder(instanceFile), plan.instanceBytes());
      } else if (instanceFile != null) {
        AtomicFiles.write(names.inFolder(instanceFile), plan.instanceBytes());
      }
      if (o.written()) {
        AtomicFiles.write(names.inFolder(names.resultFile(plan.name())), o.run().resultJson());
      }
    }
    ComparisonSettings settings = new ComparisonSettings(timeLimitSeconds, solverThreads, seed);
    AtomicFiles.write(names.inFolder(names.comparisonJson()), JsonDocuments.write(ComparisonDocument.json(
        baseInstance.name(), base.label(), Sha256.hex(base.bytes()), settings, outcomes, names)));
    AtomicFiles.write(names.inFolder(names.comparisonCsv()),
        ComparisonDocument.csv(outcomes).getBytes(StandardCharsets.UTF_8));
  }

  private static void printSummary(PrintWriter out, List<ScenarioOutcome> outcomes) {
    for (ScenarioOutcome o : outcomes) {
      PlanMetrics m = o.metrics();
      if (!m.hasPlan()) {
        out.printf(Locale.ROOT, "%-20s no plan: %s%n", o.plan().name(), m.reason());
        continue;
      }
      PlanMetrics base = outcomes.get(0).metrics();
      String delta = base.hasPlan() && !o.plan().isBase()
          ? String.format(Locale.ROOT, " (%+,.0f vs base)", m.totalNpcUsd() - base.totalNpcUsd()) : "";
      out.printf(Locale.ROOT, "%-20s %s, verified: %,.0f USD%s, %d of %d sites served%n", o.plan().name(),
          m.status(), m.totalNpcUsd(), delta, m.sitesServed(), m.sitesTotal());
    }
  }
}
