package org.dorsal.scenario;

import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.risk.PlanFigures;

/**
 * The risk report's {@code baseMetrics}: the shared metrics block ({@link PlanMetricsCalculator})
 * of a plan that exists, as the model record the risk report holds (missing figures as NaN).
 */
final class RiskPlanFigures {
  private RiskPlanFigures() {}

  static PlanFigures of(Instance instance, PlanResult result, boolean verified) {
    PlanMetrics m = new PlanMetricsCalculator().of(result, instance, verified);
    return new PlanFigures(m.status(), m.verified(), m.totalNpcUsd(), m.capexUsd(), m.opexNpcUsd(),
        m.leaseNpcUsd(), m.transitNpcUsd(), m.byTechnologyNpcUsd(), m.sitesTotal(), m.sitesServed(),
        m.requiredSitesServed(), m.optionalSitesServed(), m.populationCovered(), orNaN(m.costPerSiteUsd()),
        orNaN(m.costPerPersonUsd()), m.fiberBuiltKm(), m.fiberLeasedKm(), m.microwaveHops(), m.satelliteSites(),
        orNaN(m.lowerBoundUsd()), orNaN(m.gap()), m.seconds());
  }

  private static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }
}
