package org.dorsal.solve;

import org.dorsal.model.SolveStatus;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A lower bound computed on a second thread while the first improves the plan: cutset and
 * connectivity cuts on the LP, variables fixed by its reduced costs against the best plan known
 * then, and SCIP on the whole network with those cuts until the deadline.
 * Its plan is used only when SCIP proves it optimal: otherwise the plan would depend on thread
 * timing. (A proven-optimal plan has the optimal objective in every run; among equally cheap plans
 * the links could differ.)
 */
final class BoundWorker implements AutoCloseable {
  private final ExecutorService executor;
  private final Future<Double> bound;
  /** SCIP's plan when it proved it optimal, else null. */
  private volatile DesignSolution provenOptimal;
  /** The best bound published so far (the cut LP's, before SCIP ends). */
  private volatile double published = Double.NEGATIVE_INFINITY;

  /**
   * @param cutShare share of the time for the cut LP before SCIP (0: SCIP alone)
   * @param commodityBudget per-site routing variables for SCIP's model (see {@link MipSolver#solve})
   */
  BoundWorker(DesignNetwork net, DesignSolution start, long deadlineNanos, long seed, double cutShare,
      long commodityBudget) {
    this(net, start, CompletableFuture.completedFuture(start), deadlineNanos, seed, cutShare, commodityBudget);
  }

  /**
   * @param improved the plan of the search's first phase (ruin and recreate), which the bound thread
   *     awaits once its cut LP is done (at most a tenth of the time left; then {@code start}): SCIP's
   *     warm start and the upper bound of the {@link ReducedCostFixing reduced-cost fixing}, so
   *     SCIP's start does not depend on which thread finished first. (SCIP's bound at the deadline
   *     still varies with timing: cusco-puno at 60 s, 67.01-67.13 M USD over six runs.)
   */
  BoundWorker(DesignNetwork net, DesignSolution start, CompletableFuture<DesignSolution> improved, long deadlineNanos,
      long seed, double cutShare, long commodityBudget) {
    executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dorsal-bound");
      t.setDaemon(true);
      return t;
    });
    bound = executor.submit(() -> compute(net, start, improved, deadlineNanos, seed, cutShare, commodityBudget));
  }

  private double compute(DesignNetwork net, DesignSolution start, CompletableFuture<DesignSolution> improved,
      long deadlineNanos, long seed, double cutShare, long commodityBudget) {
    long now = System.nanoTime();
    long cutDeadline = now + (long) ((deadlineNanos - now) * cutShare);
    CutsetCuts.Result cuts = cutShare > 0 ? new CutsetCuts(net).separate(cutDeadline)
        : new CutsetCuts.Result(List.of(), Double.NEGATIVE_INFINITY, 0);
    published = cuts.lpBoundUsd();
    double left = (deadlineNanos - System.nanoTime()) / 1e9;
    if (left < 1) {
      return cuts.lpBoundUsd();
    }
    // without a cut LP there is nothing to fix, and SCIP should not wait (SteinLib d06 needs 9 of 10 s)
    DesignSolution best = cutShare > 0 ? awaited(improved, start, (long) ((deadlineNanos - System.nanoTime()) * 0.1))
        : start;
    ReducedCostFixing.Fixed fixed = ReducedCostFixing.of(net, cuts, best.objectiveUsd());
    MipSolver.Outcome mip = new MipSolver(net).solve(best, left, 0, seed, commodityBudget, cuts.cuts(), fixed);
    if (mip.solution() != null && (mip.status() == SolveStatus.OPTIMAL || closed(mip))) {
      provenOptimal = mip.solution();
    }
    return Math.max(cuts.lpBoundUsd(), mip.boundUsd());
  }

  private static DesignSolution awaited(CompletableFuture<DesignSolution> improved, DesignSolution start, long waitNanos) {
    try {
      DesignSolution plan = improved.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
      return plan == null ? start : plan;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return start;
    } catch (Exception e) {
      return start;
    }
  }

  /**
   * Whether SCIP's plan meets its own bound (to a relative 1e-6) although SCIP stopped on its time
   * limit: it closed the gap in the last moment (SteinLib d06 at 10 s: bound 67 = plan 67, status
   * "feasible", and the dearer search plan, 70, was kept).
   */
  static boolean closed(MipSolver.Outcome mip) {
    double objective = mip.solution().objectiveUsd();
    return Double.isFinite(mip.boundUsd()) && objective - mip.boundUsd() <= 1e-6 * Math.max(1, Math.abs(objective));
  }

  /**
   * The bound, waiting for SCIP at most until the given time; else the cut LP's bound, or minus
   * infinity when there is none yet.
   */
  double boundUsd(long waitUntilNanos) {
    try {
      long wait = Math.max(0, waitUntilNanos - System.nanoTime());
      Double value = bound.get(wait, TimeUnit.NANOSECONDS);
      return value == null || Double.isNaN(value) ? published : Math.max(value, published);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return published;
    } catch (Exception e) {
      return published;
    }
  }

  /** SCIP's plan if it proved it optimal by the time {@link #boundUsd} returned, else null. */
  DesignSolution provenOptimalSolution() {
    return provenOptimal;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
