package org.dorsal.model.result;

import java.util.List;

/**
 * The result document ({@code "schema": "dorsal-result/1"}): everything a reporting tool reads.
 * Field names are the JSON names.
 *
 * @param coverage for a plan of the coverage objective, its weight figures; null (and not written)
 *     otherwise
 * @param rollout the year-by-year figures of a roll-out plan; null (and not written) for a plan
 *     without roll-out
 */
public record PlanResult(
    String schema,
    String instanceName,
    ResultSummary summary,
    List<ResultLink> links,
    List<ResultRoute> routes,
    List<GatewayLoad> gateways,
    SolverReport solver,
    Provenance provenance,
    CoverageReport coverage,
    RolloutReport rollout) {

  public static final String SCHEMA = "dorsal-result/1";

  public PlanResult {
    links = List.copyOf(links);
    routes = List.copyOf(routes);
    gateways = List.copyOf(gateways);
  }

  /** A result of the cost objective without roll-out (no coverage block, no roll-out block). */
  public PlanResult(String schema, String instanceName, ResultSummary summary, List<ResultLink> links,
      List<ResultRoute> routes, List<GatewayLoad> gateways, SolverReport solver, Provenance provenance) {
    this(schema, instanceName, summary, links, routes, gateways, solver, provenance, null, null);
  }
}
