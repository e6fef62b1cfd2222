package org.dorsal.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dorsal.io.Sha256;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Instance;
import org.dorsal.model.Rollout;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;

/**
 * Traces coverage against capex: the base instance planned for coverage (its own {@code coverage}
 * section, or population when it has none) at each budget of a range, each plan verified. Points
 * run in parallel on a pool of worker threads, each on one thread with the same seed, so a point's
 * plan depends neither on the others nor on the pool size.
 */
public final class BudgetSweep {
  /** Relative gap at which a point's solve stops (as {@code dorsal plan}'s default). */
  static final double RELATIVE_GAP = 1e-4;

  /**
   * Plans every point; {@code finished} hears of each point as it finishes (from worker threads,
   * in any order; Pareto flags are not known yet and read false).
   *
   * @param label the base file as given (results' provenance), {@code bytes} its content
   */
  public SweepReport run(Instance base, String label, byte[] bytes, BudgetRange range, boolean perYear,
      double timeLimitSeconds, int threads, long seed, Consumer<SweepReport.Point> finished) {
    Coverage coverage = base.coverage() != null ? base.coverage() : Coverage.byPopulation();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, range.steps())));
    try {
      List<Future<SweepReport.Point>> futures = new ArrayList<>();
      for (int i = 0; i < range.steps(); i++) {
        double budget = range.budgetUsd(i);
        Instance instance = (perYear ? withYearlyBudget(base, budget)
            : base.withConstraints(new Constraints(base.constraints().maxMicrowaveHops(), budget)))
            .withCoverage(coverage);
        SolveOptions options = new SolveOptions(timeLimitSeconds, RELATIVE_GAP, seed, 1, true);
        futures.add(pool.submit(() -> {
          PlanRun run = new PlanPipeline().run(instance, label, bytes, options);
          SweepReport.Point point = point(resultFileName(base.name(), budget, perYear), budget, run, instance);
          finished.accept(point);
          return point;
        }));
      }
      List<SweepReport.Point> points = new ArrayList<>();
      for (Future<SweepReport.Point> f : futures) {
        points.add(f.get());
      }
      return new SweepReport(base.name(), label, Sha256.hex(bytes), coverage.weight(), range, perYear, timeLimitSeconds,
          threads, seed, withParetoFlags(points));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sweep point failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The result file name of a budget: {@code <base>.budget-<usd>.result.json}, or {@code
   * <base>.budget-per-year-<usd>.result.json} for a yearly budget.
   */
  public static String resultFileName(String baseName, double budgetUsd, boolean perYear) {
    return baseName + (perYear ? ".budget-per-year-" : ".budget-")
        + BigDecimal.valueOf(budgetUsd).stripTrailingZeros().toPlainString() + ".result.json";
  }

  /** The base with its roll-out's yearly capex budget set (the base must have a roll-out). */
  static Instance withYearlyBudget(Instance base, double budgetUsd) {
    Rollout r = base.rollout();
    if (r == null) {
      throw new IllegalArgumentException("a yearly budget needs a roll-out: " + base.name() + " has none");
    }
    return base.withRollout(new Rollout(r.demandGrowthPerYear(), budgetUsd, r.sites()));
  }

  private static SweepReport.Point point(String fileName, double budget, PlanRun run, Instance instance) {
    boolean verified = run.verified();
    double covered = run.result() == null ? Double.NaN : run.result().coverage().weightCovered();
    double bound = run.result() == null ? Double.NaN : run.result().coverage().weightBound();
    return new SweepReport.Point(budget, verified ? fileName : null,
        verified ? run.resultJson() : null, covered, bound, false, SweepMetrics.of(run, instance));
  }

  private static List<SweepReport.Point> withParetoFlags(List<SweepReport.Point> points) {
    double[] capex = new double[points.size()];
    double[] covered = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      SweepReport.Point p = points.get(i);
      capex[i] = p.verified() ? (Double) p.metrics().get("capexUsd") : Double.NaN;
      covered[i] = p.verified() ? p.weightCovered() : Double.NaN;
    }
    boolean[] optimal = ParetoFlags.of(capex, covered);
    List<SweepReport.Point> flagged = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      SweepReport.Point p = points.get(i);
      flagged.add(new SweepReport.Point(p.budgetUsd(), p.resultFile(), p.resultJson(), p.weightCovered(),
          p.weightBound(), optimal[i], p.metrics()));
    }
    return flagged;
  }
}
