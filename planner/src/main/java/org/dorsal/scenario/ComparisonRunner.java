package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.dorsal.solve.Unservable;

/**
 * Plans the base and every scenario, several at a time, each through {@link PlanPipeline} (solve,
 * account, verify). Every plan gets the same solve options, its own solver threads included, so
 * a plan does not depend on how many run at once or in which order they finish. Then each
 * scenario is offered the others' plans ({@link CrossCosting}).
 */
public final class ComparisonRunner {
  /** Sites named in a no-plan reason before "and N more". */
  private static final int REASON_SITES = 5;

  private final SolveOptions perPlan;
  private final int parallelPlans;
  private final BatchProgress progress;

  /**
   * @param perPlan the options of every single plan
   * @param parallelPlans plans solved at the same time
   */
  public ComparisonRunner(SolveOptions perPlan, int parallelPlans, BatchProgress progress) {
    if (parallelPlans < 1) {
      throw new IllegalArgumentException("parallelPlans must be >= 1");
    }
    this.perPlan = perPlan;
    this.parallelPlans = parallelPlans;
    this.progress = progress;
  }

  /** The outcomes, in the order of {@code plans}. */
  public List<ScenarioOutcome> run(List<ScenarioPlan> plans) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelPlans, Math.max(1, plans.size())), r -> {
      Thread t = new Thread(r, "dorsal-compare");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<ScenarioOutcome>> futures = new ArrayList<>();
      for (ScenarioPlan plan : plans) {
        futures.add(pool.submit(() -> {
          ScenarioOutcome outcome = planOne(plan);
          progress.finished(plan.name(), outcome.metrics(), done.incrementAndGet(), plans.size());
          return outcome;
        }));
      }
      List<ScenarioOutcome> outcomes = new ArrayList<>();
      for (Future<ScenarioOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return new CrossCosting(perPlan).improve(outcomes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the comparison was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private ScenarioOutcome planOne(ScenarioPlan plan) {
    PlanRun run = new PlanPipeline().run(plan.instance(), plan.instanceLabel(), plan.instanceBytes(), perPlan);
    PlanMetrics metrics;
    if (!run.outcome().hasPlan()) {
      metrics = PlanMetrics.noPlan(noPlanReason(run));
    } else if (!run.verified()) {
      metrics = PlanMetrics.noPlan("the verifier rejected the plan: " + String.join("; ", run.violations()));
    } else {
      metrics = new PlanMetricsCalculator().of(run.result(), plan.instance(), true);
    }
    return new ScenarioOutcome(plan, run, metrics);
  }

  private static String noPlanReason(PlanRun run) {
    StringBuilder reason = new StringBuilder(run.outcome().message());
    List<Unservable> sites = run.outcome().unservable();
    for (int i = 0; i < Math.min(REASON_SITES, sites.size()); i++) {
      reason.append("; site ").append(sites.get(i).siteId()).append(": ").append(sites.get(i).reason());
    }
    if (sites.size() > REASON_SITES) {
      reason.append("; and ").append(sites.size() - REASON_SITES).append(" more sites");
    }
    return reason.toString();
  }
}
