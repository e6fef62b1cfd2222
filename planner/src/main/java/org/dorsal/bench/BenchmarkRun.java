package org.dorsal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dorsal.ProgramVersion;
import org.dorsal.io.BenchmarkEntry;
import org.dorsal.io.BenchmarkInstance;
import org.dorsal.io.BenchmarkSetReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ObjectiveRelation;
import org.dorsal.model.Instance;
import org.dorsal.model.bench.BenchmarkReport;
import org.dorsal.model.bench.BenchmarkRow;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;

/**
 * Runs every solver on every instance of a benchmark set, one after another in the set's order, and
 * checks every plan: the planner's and the baselines' plans all go through {@link PlanPipeline#check}
 * (accounting, the result document read back, the independent verifier). An instance that cannot be
 * read, a solver that throws and a plan that fails a check each become an error row; the run goes on.
 */
public final class BenchmarkRun {

  /** Told about each row as soon as it is made (for progress). */
  @FunctionalInterface
  public interface Progress {
    void rowDone(int instanceNumber, int instanceCount, BenchmarkRow row);
  }

  private final BenchmarkSettings settings;
  private final List<BenchmarkSolver> solvers;
  private final PlanPipeline pipeline = new PlanPipeline();

  public BenchmarkRun(BenchmarkSettings settings, List<BenchmarkSolver> solvers) {
    this.settings = settings;
    this.solvers = List.copyOf(solvers);
  }

  /** The instances of a set folder, in order; see {@link BenchmarkSetReader#list}. */
  public static List<BenchmarkEntry> list(Path folder) throws InvalidInputException, IOException {
    return BenchmarkSetReader.list(folder);
  }

  /** The entries named in {@code names}, in the set's order (all of them when names is empty). */
  public static List<BenchmarkEntry> select(List<BenchmarkEntry> entries, List<String> names) {
    if (names.isEmpty()) {
      return entries;
    }
    Set<String> wanted = Set.copyOf(names);
    return entries.stream().filter(e -> wanted.contains(e.name())).toList();
  }

  /** The names in {@code names} that no entry has, in the order given. */
  public static List<String> unknownNames(List<BenchmarkEntry> entries, List<String> names) {
    Set<String> unknown = new LinkedHashSet<>(names);
    entries.forEach(e -> unknown.remove(e.name()));
    return List.copyOf(unknown);
  }

  /** Every file a run reads: the instance files and their demand files (never to be overwritten). */
  public static List<Path> inputFiles(List<BenchmarkEntry> entries) {
    Set<Path> files = new LinkedHashSet<>();
    for (BenchmarkEntry e : entries) {
      files.add(e.file());
      if (e.demandFile() != null) {
        files.add(e.demandFile());
      }
    }
    return List.copyOf(files);
  }

  /** Runs the solvers on the entries of one set. */
  public BenchmarkReport run(String set, List<BenchmarkEntry> entries, Progress progress) {
    List<BenchmarkRow> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      int number = i + 1;
      runEntry(entries.get(i), row -> {
        rows.add(row);
        progress.rowDone(number, entries.size(), row);
      });
    }
    List<String> names = solvers.stream().map(BenchmarkSolver::name).toList();
    return new BenchmarkReport(set, settings.timeLimitSeconds(), settings.threads(), ProgramVersion.get(), rows,
        SolverSummaries.of(names, rows));
  }

  /** Makes the rows of one entry, handing each to {@code sink} as soon as it is made. */
  private void runEntry(BenchmarkEntry entry, Consumer<BenchmarkRow> sink) {
    BenchmarkInstance benchmark;
    byte[] sourceBytes;
    try {
      benchmark = BenchmarkSetReader.load(entry);
      sourceBytes = Files.readAllBytes(entry.file());
    } catch (InvalidInputException e) {
      sink.accept(BenchmarkRows.unreadable(entry, e.getMessage()
          + (e.errors().size() > 1 ? " (and " + (e.errors().size() - 1) + " more error(s))" : "")));
      return;
    } catch (IOException | RuntimeException e) {
      sink.accept(BenchmarkRows.unreadable(entry, entry.file() + ": " + describe(e)));
      return;
    }
    if (benchmark.relation() == ObjectiveRelation.NOT_MAPPED) {
      sink.accept(BenchmarkRows.notMapped(benchmark));
      return;
    }
    for (BenchmarkSolver solver : solvers) {
      if (solver.appliesTo(benchmark)) {
        sink.accept(solveOne(solver, benchmark, sourceBytes));
      }
    }
  }

  private BenchmarkRow solveOne(BenchmarkSolver solver, BenchmarkInstance benchmark, byte[] sourceBytes) {
    Instance instance = benchmark.instance();
    long started = System.nanoTime();
    SolverAttempt attempt;
    try {
      attempt = solver.solve(instance, settings);
    } catch (RuntimeException | StackOverflowError e) {
      double seconds = (System.nanoTime() - started) / 1e9;
      return BenchmarkRows.failed(benchmark, solver.name(), seconds, describe(e));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (attempt.failure() != null || !attempt.outcome().hasPlan()) {
      return BenchmarkRows.of(benchmark, solver.name(), seconds, attempt, null);
    }
    PlanRun checked = pipeline.check(instance, benchmark.entry().file().toString(), sourceBytes, attempt.options(),
        attempt.outcome());
    return BenchmarkRows.of(benchmark, solver.name(), seconds, attempt, checked);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
