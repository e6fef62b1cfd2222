package org.dorsal.scenario;

/** Scenario files over instances/tiny.json shared by the comparison tests. */
public final class TinyScenarios {
  /** No satellite links and S4 required: the plan adds L7 (docs/tiny-optimum.md). */
  public static final String NO_SATELLITE = """
      {
        "schema": "dorsal-scenario/1",
        "name": "no-satellite",
        "description": "no satellite links; S4 must be served",
        "dropLinks": { "technologies": ["satellite"] },
        "nodePatches": { "S4": { "required": true, "unservedPenaltyUsd": null } }
      }
      """;

  /** Twice the demand at half the transit price, without the long hop L6. */
  public static final String DEMAND_X2 = """
      {
        "schema": "dorsal-scenario/1",
        "name": "demand-x2",
        "multipliers": { "demand": 2, "transitPrice": 0.5 },
        "linkPatches": { "L6": null }
      }
      """;

  /** S1's only links are microwave hops: no plan. */
  public static final String NO_MICROWAVE = """
      {"schema": "dorsal-scenario/1", "name": "no-microwave", "dropLinks": {"technologies": ["microwave"]}}
      """;

  private TinyScenarios() {}
}
