package org.dorsal.bench;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.dorsal.io.BenchmarkEntry;
import org.dorsal.io.BenchmarkInstance;
import org.dorsal.model.Instance;
import org.dorsal.solve.Baselines;
import org.dorsal.solve.CapacitatedTreeBaselines;
import org.dorsal.solve.CapacitatedTreeBaselines.TreeRun;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;

/** The solvers {@code dorsal bench} compares, in the order they run on each instance. */
public final class BenchmarkSolvers {
  private BenchmarkSolvers() {}

  /**
   * {@code dorsal} (the planner), {@code shortest-path} (its construction heuristic alone), {@code
   * plain-mip} (its MIP handed straight to SCIP), and on CMST entries JGraphT's {@code
   * esau-williams} and {@code ahuja-orlin-sharma}.
   */
  public static List<BenchmarkSolver> standard() {
    return List.of(
        new Named("dorsal", any(), BenchmarkSolvers::planner),
        new Named("shortest-path", any(), BenchmarkSolvers::shortestPath),
        new Named("plain-mip", any(), BenchmarkSolvers::plainMip),
        new Named("esau-williams", cmst(), BenchmarkSolvers::esauWilliams),
        new Named("ahuja-orlin-sharma", cmst(), BenchmarkSolvers::ahujaOrlinSharma));
  }

  private record Named(String name, Predicate<BenchmarkInstance> applies,
      BiFunction<Instance, BenchmarkSettings, SolverAttempt> solver) implements BenchmarkSolver {

    @Override
    public boolean appliesTo(BenchmarkInstance benchmark) {
      return applies.test(benchmark);
    }

    @Override
    public SolverAttempt solve(Instance instance, BenchmarkSettings settings) {
      return solver.apply(instance, settings);
    }
  }

  private static Predicate<BenchmarkInstance> any() {
    return b -> true;
  }

  private static Predicate<BenchmarkInstance> cmst() {
    return b -> b.entry().format() == BenchmarkEntry.Format.CMST;
  }

  private static SolveOptions options(BenchmarkSettings s, int threads, boolean useMip) {
    return new SolveOptions(s.timeLimitSeconds(), BenchmarkSettings.RELATIVE_GAP, BenchmarkSettings.SEED, threads,
        useMip);
  }

  private static SolverAttempt planner(Instance instance, BenchmarkSettings s) {
    SolveOptions options = options(s, s.threads(), true);
    return new SolverAttempt(new Planner().plan(instance, options), true, options, null, "");
  }

  private static SolverAttempt shortestPath(Instance instance, BenchmarkSettings s) {
    return new SolverAttempt(Baselines.shortestPath(instance, s.timeLimitSeconds()), false, options(s, 1, false),
        null, "");
  }

  private static SolverAttempt plainMip(Instance instance, BenchmarkSettings s) {
    return new SolverAttempt(
        Baselines.plainMip(instance, s.timeLimitSeconds(), BenchmarkSettings.RELATIVE_GAP, BenchmarkSettings.SEED),
        true, options(s, 1, true), null, "");
  }

  private static SolverAttempt esauWilliams(Instance instance, BenchmarkSettings s) {
    return tree(CapacitatedTreeBaselines.esauWilliams(instance), s);
  }

  private static SolverAttempt ahujaOrlinSharma(Instance instance, BenchmarkSettings s) {
    return tree(CapacitatedTreeBaselines.ahujaOrlinSharma(instance, s.timeLimitSeconds()), s);
  }

  /** A JGraphT tree, failed when JGraphT's own check rejects it or its weight is not its cost. */
  private static SolverAttempt tree(TreeRun run, BenchmarkSettings s) {
    String failure = null;
    double cost = run.outcome().plan().stats().objectiveUsd();
    if (!run.capacitatedSpanningTree()) {
      failure = "JGraphT's isCapacitatedSpanningTree rejects the tree";
    } else if (Math.abs(run.treeWeightUsd() - cost) > 1e-6 * Math.max(1, Math.abs(cost))) {
      failure = "the tree weight " + run.treeWeightUsd() + " differs from its cost by Dorsal's pricing, " + cost;
    }
    return new SolverAttempt(run.outcome(), false, options(s, 1, false), failure, run.note());
  }
}
