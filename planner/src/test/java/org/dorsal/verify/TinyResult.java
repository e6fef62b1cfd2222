package org.dorsal.verify;

import java.util.List;
import java.util.Map;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/**
 * The optimal result for instances/tiny.json, built by hand: L1 mw-200 (S1 -> G1, 200 Mbps), L2
 * mw-200 (S2 -> S1, 100 Mbps), L6 mw-long-200 (S3 -> G1, 50 Mbps), S4 unserved (penalty 50000),
 * 250 Mbps of transit at 27 USD/Mbps-month through G1; 10 years at 10 %.
 */
public final class TinyResult {
  public static final String INSTANCE_FILE = "instances/tiny.json";

  /** Sum over t = 1..10 of 1.1^-t. */
  public static final double A = 6.144567105704681;

  public static final double CAPEX_USD = 30_000 + 30_000 + 81_000;
  public static final double OPEX_NPC_USD = (3_000 + 3_000 + 8_100) * A;
  public static final double TRANSIT_NPC_USD = 12 * 27 * 250 * A;
  public static final double TOTAL_NPC_USD = CAPEX_USD + OPEX_NPC_USD + TRANSIT_NPC_USD;
  public static final double PENALTY_USD = 50_000;
  public static final double OBJECTIVE_USD = TOTAL_NPC_USD + PENALTY_USD;

  private TinyResult() {}

  public static ResultLink l1() {
    return new ResultLink(
        "L1", "microwave", "mw-200", "S1", "G1", 200, 200, 1.0, 10, 30_000, 3_000 * A, 0,
        30_000 + 3_000 * A);
  }

  public static ResultLink l2() {
    return new ResultLink(
        "L2", "microwave", "mw-200", "S2", "S1", 200, 100, 0.5, 8, 30_000, 3_000 * A, 0,
        30_000 + 3_000 * A);
  }

  public static ResultLink l6() {
    return new ResultLink(
        "L6", "microwave", "mw-long-200", "S3", "G1", 200, 50, 0.25, 45, 81_000, 8_100 * A, 0,
        81_000 + 8_100 * A);
  }

  public static ResultRoute s1() {
    return new ResultRoute("S1", "gateway", "G1", List.of("S1", "G1"), List.of("L1"), 1, 1, 1, 100);
  }

  public static ResultRoute s2() {
    return new ResultRoute(
        "S2", "gateway", "G1", List.of("S2", "S1", "G1"), List.of("L2", "L1"), 2, 2, 2, 100);
  }

  public static ResultRoute s3() {
    return new ResultRoute("S3", "gateway", "G1", List.of("S3", "G1"), List.of("L6"), 1, 1, 1, 50);
  }

  public static ResultRoute s4() {
    return new ResultRoute("S4", "unserved", null, List.of(), List.of(), 0, 0, 0, 20);
  }

  public static GatewayLoad g1() {
    return new GatewayLoad("G1", 250, 1000, 0.25, 3, TRANSIT_NPC_USD);
  }

  public static ResultSummary summary() {
    return new ResultSummary(
        TOTAL_NPC_USD,
        CAPEX_USD,
        OPEX_NPC_USD,
        0,
        TRANSIT_NPC_USD,
        Map.of("microwave", CAPEX_USD + OPEX_NPC_USD, "backbone-transit", TRANSIT_NPC_USD),
        PENALTY_USD,
        OBJECTIVE_USD,
        4,
        3,
        2_000 + 1_500 + 800,
        250);
  }

  public static SolverReport solver() {
    return new SolverReport(
        "optimal", "cp-sat", OBJECTIVE_USD, OBJECTIVE_USD, 0, 0.42, Double.NaN, 17);
  }

  public static Provenance provenance() {
    return new Provenance(
        INSTANCE_FILE,
        sha256(),
        "0.1.0",
        Map.of("timeLimitSeconds", "60", "gapTolerance", "1e-4"),
        1,
        1);
  }

  /** SHA-256 of instances/tiny.json as it is checked in. */
  public static String sha256() {
    return PlanVerifier.sha256Hex(TestInstances.bytes(INSTANCE_FILE));
  }

  public static PlanResult result() {
    return new PlanResult(
        PlanResult.SCHEMA,
        "tiny",
        summary(),
        List.of(l1(), l2(), l6()),
        List.of(s1(), s2(), s3(), s4()),
        List.of(g1()),
        solver(),
        provenance());
  }
}
