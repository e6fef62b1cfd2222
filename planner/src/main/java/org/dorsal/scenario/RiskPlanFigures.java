package org.dorsal.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dorsal.economics.PlanAccounting;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.risk.PlanFigures;

/**
 * The shared {@code metrics} block of one verified plan (notes/contracts.md). The scenario work
 * brings {@code scenario.PlanMetrics} for the same block; when both are merged this class gives
 * way to it.
 */
final class RiskPlanFigures {
  private RiskPlanFigures() {}

  static PlanFigures of(Instance instance, PlanResult result, boolean verified) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    instance.nodes().forEach(n -> nodes.put(n.id(), n));
    int required = 0;
    int optional = 0;
    int satellite = 0;
    for (ResultRoute r : result.routes()) {
      if (r.exit().equals("unserved")) {
        continue;
      }
      if (nodes.get(r.siteId()).required()) {
        required++;
      } else {
        optional++;
      }
      if (r.exit().equals("satellite")) {
        satellite++;
      }
    }
    double builtKm = 0;
    double leasedKm = 0;
    int microwave = 0;
    for (ResultLink l : result.links()) {
      if (l.technology().equals(Technology.FIBER_BUILD.jsonName())) {
        builtKm += l.lengthKm();
      } else if (l.technology().equals(Technology.FIBER_LEASE.jsonName())) {
        leasedKm += l.lengthKm();
      } else if (l.technology().equals(Technology.MICROWAVE.jsonName())) {
        microwave++;
      }
    }
    Map<String, Double> byTechnology = new LinkedHashMap<>();
    for (Technology t : Technology.values()) {
      byTechnology.put(t.jsonName(), result.summary().byTechnologyNpcUsd().getOrDefault(t.jsonName(), 0.0));
    }
    byTechnology.put(PlanAccounting.TRANSIT_KEY,
        result.summary().byTechnologyNpcUsd().getOrDefault(PlanAccounting.TRANSIT_KEY, 0.0));
    var s = result.summary();
    var solver = result.solver();
    boolean hasBound = Double.isFinite(solver.boundUsd()) && solver.boundUsd() > 0;
    return new PlanFigures(solver.status(), verified, s.totalNpcUsd(), s.capexUsd(), s.opexNpcUsd(),
        s.leaseNpcUsd(), s.transitNpcUsd(), byTechnology, s.sitesTotal(), s.sitesServed(), required, optional,
        s.populationServed(), ratio(s.totalNpcUsd(), s.sitesServed()), ratio(s.totalNpcUsd(), s.populationServed()),
        builtKm, leasedKm, microwave, satellite, hasBound ? solver.boundUsd() : Double.NaN,
        hasBound ? solver.gap() : Double.NaN, solver.seconds());
  }

  private static double ratio(double usd, double count) {
    return count > 0 ? usd / count : Double.NaN;
  }
}
