package org.dorsal.scenario;

import java.util.List;
import org.dorsal.model.Uncertainty;
import org.dorsal.model.risk.PlanFigures;
import org.dorsal.model.risk.RiskBase;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.RiskSettings;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.model.risk.TornadoBar;

/** Assembles the report: the spreads over the samples that have a plan, and the counts. */
final class RiskReports {
  private RiskReports() {}

  static RiskReport of(RiskBase base, RiskSettings settings, Uncertainty uncertainty, PlanFigures baseMetrics,
      List<RiskSample> samples, List<TornadoBar> tornado) {
    List<SampleOutcome> withPlan = samples.stream().map(RiskSample::outcome).filter(SampleOutcome::hasPlan).toList();
    double[] cost = withPlan.stream().mapToDouble(SampleOutcome::totalNpcUsd).toArray();
    double[] population = withPlan.stream().mapToDouble(SampleOutcome::populationCovered).toArray();
    double[] sites = withPlan.stream().mapToDouble(SampleOutcome::sitesServed).toArray();
    int uncovered = (int) samples.stream().filter(s -> s.outcome().sitesUncovered() > 0).count();
    return new RiskReport(base, settings, uncertainty.drivers(), baseMetrics, NearestRank.spread(cost),
        NearestRank.spread(population), NearestRank.spread(sites), uncovered, samples.size() - withPlan.size(),
        samples, tornado);
  }
}
