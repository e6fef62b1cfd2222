package org.dorsal.model.result;

import java.util.List;

/**
 * The result document ({@code "schema": "dorsal-result/1"}): everything a reporting tool reads.
 * Field names are the JSON names.
 */
public record PlanResult(
    String schema,
    String instanceName,
    ResultSummary summary,
    List<ResultLink> links,
    List<ResultRoute> routes,
    List<GatewayLoad> gateways,
    SolverReport solver,
    Provenance provenance) {

  public static final String SCHEMA = "dorsal-result/1";

  public PlanResult {
    links = List.copyOf(links);
    routes = List.copyOf(routes);
    gateways = List.copyOf(gateways);
  }
}
