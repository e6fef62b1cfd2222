package org.dorsal.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/** Computes the {@link PlanMetrics} of a result document and the instance it was planned on. */
public final class PlanMetricsCalculator {

  /**
   * @param instance the instance planned (for which sites are required)
   * @param verified whether the result passed the verifier
   */
  public PlanMetrics of(PlanResult result, Instance instance, boolean verified) {
    ResultSummary s = result.summary();
    Map<String, Double> byTechnology = new LinkedHashMap<>();
    for (String key : PlanMetrics.TECHNOLOGY_KEYS) {
      byTechnology.put(key, s.byTechnologyNpcUsd().getOrDefault(key, 0.0));
    }
    double fiberBuiltKm = 0;
    double fiberLeasedKm = 0;
    int microwaveHops = 0;
    for (ResultLink link : result.links()) {
      Technology t = Technology.fromJson(link.technology());
      if (t == Technology.FIBER_BUILD) {
        fiberBuiltKm += link.lengthKm();
      } else if (t == Technology.FIBER_LEASE) {
        fiberLeasedKm += link.lengthKm();
      } else if (t == Technology.MICROWAVE) {
        microwaveHops++;
      }
    }
    Map<String, Boolean> required = new HashMap<>();
    for (Node n : instance.nodes()) {
      required.put(n.id(), n.isRequiredSite());
    }
    int requiredServed = 0;
    int optionalServed = 0;
    int satelliteSites = 0;
    for (ResultRoute route : result.routes()) {
      if (route.exit().equals("unserved")) {
        continue;
      }
      if (required.getOrDefault(route.siteId(), true)) {
        requiredServed++;
      } else {
        optionalServed++;
      }
      if (route.exit().equals("satellite")) {
        satelliteSites++;
      }
    }
    SolverReport solver = result.solver();
    boolean bounded = Double.isFinite(solver.boundUsd()) && solver.boundUsd() > 0;
    return new PlanMetrics(solver.status(), verified, null, s.totalNpcUsd(), s.capexUsd(), s.opexNpcUsd(),
        s.leaseNpcUsd(), s.transitNpcUsd(), byTechnology, s.sitesTotal(), s.sitesServed(), requiredServed,
        optionalServed, s.populationServed(), perUnit(s.totalNpcUsd(), s.sitesServed()),
        perUnit(s.totalNpcUsd(), s.populationServed()), fiberBuiltKm, fiberLeasedKm, microwaveHops, satelliteSites,
        bounded ? solver.boundUsd() : null, bounded && Double.isFinite(solver.gap()) ? solver.gap() : null,
        solver.seconds());
  }

  private static Double perUnit(double usd, long count) {
    return count == 0 ? null : usd / count;
  }
}
