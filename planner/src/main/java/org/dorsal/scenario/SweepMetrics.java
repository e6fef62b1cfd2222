package org.dorsal.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;
import org.dorsal.pipeline.PlanRun;

/**
 * The {@code metrics} block of one plan (docs/coverage.md, the shared contract), in field order:
 * values are String, Boolean, Double, Integer, Long, a {@code Map<String, Double>} or null.
 *
 * <p>Private stand-in for {@code scenario.PlanMetrics} (the scenario work): when that is merged,
 * {@link BudgetSweep} takes its block instead and this class goes.
 */
final class SweepMetrics {
  /** Keys of byTechnologyNpcUsd, always all present. */
  static final String[] TECHNOLOGIES =
      {"fiber-build", "microwave", "satellite", "fiber-lease", "fiber-existing", "backbone-transit"};
  static final String[] FIGURES = {"totalNpcUsd", "capexUsd", "opexNpcUsd", "leaseNpcUsd", "transitNpcUsd",
      "byTechnologyNpcUsd", "sitesTotal", "sitesServed", "requiredSitesServed", "optionalSitesServed",
      "populationCovered", "costPerSiteUsd", "costPerPersonUsd", "fiberBuiltKm", "fiberLeasedKm", "microwaveHops",
      "satelliteSites", "lowerBoundUsd", "gap", "seconds"};

  private SweepMetrics() {}

  /** The block of a planning run: every figure null (and the reason) when there is no plan. */
  static Map<String, Object> of(PlanRun run, Instance instance) {
    PlanResult result = run.result();
    if (result == null) {
      return noPlan(run.outcome().message());
    }
    ResultSummary s = result.summary();
    SolverReport solver = result.solver();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", solver.status());
    m.put("verified", run.verified());
    m.put("totalNpcUsd", s.totalNpcUsd());
    m.put("capexUsd", s.capexUsd());
    m.put("opexNpcUsd", s.opexNpcUsd());
    m.put("leaseNpcUsd", s.leaseNpcUsd());
    m.put("transitNpcUsd", s.transitNpcUsd());
    Map<String, Double> byTechnology = new LinkedHashMap<>();
    for (String t : TECHNOLOGIES) {
      byTechnology.put(t, s.byTechnologyNpcUsd().getOrDefault(t, 0.0));
    }
    m.put("byTechnologyNpcUsd", byTechnology);
    Map<String, Node> nodes = new LinkedHashMap<>();
    instance.nodes().forEach(n -> nodes.put(n.id(), n));
    int required = 0;
    int optional = 0;
    int satellite = 0;
    for (ResultRoute r : result.routes()) {
      if ("unserved".equals(r.exit())) {
        continue;
      }
      if (nodes.get(r.siteId()).required()) {
        required++;
      } else {
        optional++;
      }
      satellite += "satellite".equals(r.exit()) ? 1 : 0;
    }
    double builtKm = 0;
    double leasedKm = 0;
    int microwaveHops = 0;
    for (ResultLink l : result.links()) {
      builtKm += "fiber-build".equals(l.technology()) ? l.lengthKm() : 0;
      leasedKm += "fiber-lease".equals(l.technology()) ? l.lengthKm() : 0;
      microwaveHops += "microwave".equals(l.technology()) ? 1 : 0;
    }
    m.put("sitesTotal", s.sitesTotal());
    m.put("sitesServed", s.sitesServed());
    m.put("requiredSitesServed", required);
    m.put("optionalSitesServed", optional);
    m.put("populationCovered", s.populationServed());
    m.put("costPerSiteUsd", s.sitesServed() > 0 ? s.totalNpcUsd() / s.sitesServed() : null);
    m.put("costPerPersonUsd", s.populationServed() > 0 ? s.totalNpcUsd() / s.populationServed() : null);
    m.put("fiberBuiltKm", builtKm);
    m.put("fiberLeasedKm", leasedKm);
    m.put("microwaveHops", microwaveHops);
    m.put("satelliteSites", satellite);
    // the solver's bound is on the objective (cost + penalties of unserved optional sites); the
    // coverage planner's penalties are those of the sites it chose, so cost bound = bound - penalties
    double lowerBound = solver.boundUsd() - s.unservedPenaltyUsd();
    boolean bounded = solver.boundUsd() > 0 && lowerBound > 0;
    m.put("lowerBoundUsd", bounded ? lowerBound : null);
    m.put("gap", bounded && s.totalNpcUsd() > 0 ? Math.max(0, (s.totalNpcUsd() - lowerBound) / s.totalNpcUsd()) : null);
    m.put("seconds", solver.seconds());
    m.put("reason", run.verified() ? null : "the verifier rejected the plan: " + String.join("; ", run.violations()));
    return m;
  }

  static Map<String, Object> noPlan(String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "no-plan");
    m.put("verified", false);
    for (String figure : FIGURES) {
      m.put(figure, null);
    }
    m.put("reason", reason);
    return m;
  }
}
