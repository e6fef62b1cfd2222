package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dorsal.model.Instance;
import org.dorsal.model.Uncertainty;
import org.dorsal.model.risk.RiskBase;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.RiskSettings;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.model.risk.TornadoBar;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;

/**
 * {@code dorsal risk}: plans the base instance (verified), then evaluates it under sampled
 * factors of the uncertain drivers, by repricing the base plan or by re-planning, and under each
 * driver alone at its P10 and P90 (the tornado). Evaluations run on a pool of worker threads; each
 * depends only on its own factors, so the report is the same whatever the thread count.
 */
public final class RiskAnalysis {
  /** P10 and P90 of each driver for the tornado, the median for the others. */
  static final double LOW = 0.1;
  static final double HIGH = 0.9;
  static final double MEDIAN = 0.5;
  /**
   * The base plan is made as {@code dorsal plan --threads 2} whatever the worker count, so the
   * plan (which comes from the first thread) does not depend on {@code --threads}.
   */
  static final int BASE_PLAN_THREADS = 2;

  /** Either a report or why there is none (the base could not be planned). */
  public record Outcome(RiskReport report, String failure) {}

  private final Instance base;
  private final Uncertainty uncertainty;
  private final RiskBase baseInfo;
  private final byte[] instanceBytes;

  /**
   * @param base the instance with all its links (candidates generated)
   * @param uncertainty the drivers to sample (the instance's own, or a scenario's)
   * @param baseInfo names the instance file in the report
   * @param instanceBytes the instance file's bytes (for the provenance the verifier checks)
   */
  public RiskAnalysis(Instance base, Uncertainty uncertainty, RiskBase baseInfo, byte[] instanceBytes) {
    if (base.needsCandidates()) {
      throw new IllegalArgumentException("generate the candidate links before the risk analysis");
    }
    this.base = base;
    this.uncertainty = uncertainty;
    this.baseInfo = baseInfo;
    this.instanceBytes = instanceBytes;
  }

  public Outcome run(RiskSettings settings, RiskProgress progress) {
    SolveOptions baseOptions = new SolveOptions(settings.timeLimitSeconds(), 1e-4, settings.seed(),
        BASE_PLAN_THREADS, settings.useMip());
    PlanRun basePlan = new PlanPipeline().run(base, baseInfo.file(), instanceBytes, baseOptions);
    if (!basePlan.outcome().hasPlan()) {
      return new Outcome(null, "the base instance has no plan: " + basePlan.outcome().message());
    }
    if (!basePlan.verified()) {
      return new Outcome(null, "the verifier rejected the base plan: " + String.join("; ", basePlan.violations()));
    }
    SampleEvaluator evaluator = settings.mode().equals(RiskSettings.REPRICE)
        ? new RepricingEvaluator(basePlan.outcome().plan(), instanceBytes, baseOptions)
        : new ReplanningEvaluator(instanceBytes,
            new SolveOptions(settings.timeLimitSeconds(), 1e-4, settings.seed(), 1, settings.useMip()));

    FactorDraws draws = new FactorDraws(uncertainty);
    List<Map<String, Double>> factorSets = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < settings.samples(); i++) {
      factorSets.add(draws.sample(settings.seed(), i));
      labels.add(baseInfo.file() + " sample " + i);
    }
    Map<String, Double> medians = draws.allAt(MEDIAN);
    for (int d = 0; d < uncertainty.drivers().size(); d++) {
      String name = uncertainty.drivers().get(d).multiplier();
      for (double p : new double[] {LOW, HIGH}) {
        Map<String, Double> factors = new LinkedHashMap<>(medians);
        factors.put(name, draws.quantile(d, p));
        factorSets.add(factors);
        labels.add(baseInfo.file() + " tornado " + name + " P" + Math.round(p * 100));
      }
    }
    List<SampleOutcome> outcomes = evaluateAll(evaluator, factorSets, labels, settings.threads(), progress);

    List<RiskSample> samples = new ArrayList<>();
    for (int i = 0; i < settings.samples(); i++) {
      samples.add(new RiskSample(i, factorSets.get(i), outcomes.get(i)));
    }
    List<TornadoBar> tornado = new ArrayList<>();
    for (int d = 0; d < uncertainty.drivers().size(); d++) {
      int at = settings.samples() + 2 * d;
      String name = uncertainty.drivers().get(d).multiplier();
      SampleOutcome low = outcomes.get(at);
      SampleOutcome high = outcomes.get(at + 1);
      tornado.add(new TornadoBar(name, factorSets.get(at).get(name), factorSets.get(at + 1).get(name), low, high,
          Math.abs(high.totalNpcUsd() - low.totalNpcUsd())));
    }
    tornado.sort(Comparator.comparingDouble((TornadoBar b) -> Double.isNaN(b.swingUsd()) ? 1 : 0)
        .thenComparing(Comparator.comparingDouble(TornadoBar::swingUsd).reversed()));
    return new Outcome(RiskReports.of(baseInfo, settings, uncertainty,
        RiskPlanFigures.of(base, basePlan.result(), true), samples, tornado), null);
  }

  private List<SampleOutcome> evaluateAll(SampleEvaluator evaluator, List<Map<String, Double>> factorSets,
      List<String> labels, int threads, RiskProgress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger done = new AtomicInteger();
      int total = factorSets.size();
      List<Future<SampleOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        Map<String, Double> factors = factorSets.get(i);
        String label = labels.get(i);
        futures.add(pool.submit(() -> {
          SampleOutcome outcome =
              evaluator.evaluate(InstanceScaling.apply(base, FactorDraws.multipliers(factors)), label);
          progress.finished(done.incrementAndGet(), total);
          return outcome;
        }));
      }
      List<SampleOutcome> outcomes = new ArrayList<>();
      for (Future<SampleOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the risk analysis was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sample failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
