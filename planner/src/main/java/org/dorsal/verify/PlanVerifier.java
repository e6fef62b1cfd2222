package org.dorsal.verify;

import static org.dorsal.verify.Violations.quote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;

/**
 * The independent checker: recomputes every constraint, flow and cost of a result from the
 * instance alone, without any solver or {@code org.dorsal.economics} code, and lists each
 * disagreement. Numbers match within a relative tolerance of 1e-6 (absolute 1e-6 near zero).
 */
public final class PlanVerifier {

  /** Checks {@code result} against {@code instance}. */
  public VerificationReport verify(Instance instance, PlanResult result) {
    Violations out = new Violations();
    PlanView view = new PlanView(instance, result);
    checkHeader(instance, result, out);
    new LinkChecker(view, out).check();
    new RouteChecker(view, out).check();
    new FlowChecker(view, out).check();
    new GatewayChecker(view, out).check();
    new RolloutChecker(view, out).check();
    if (result.summary() == null) {
      out.add("result: summary is missing");
    } else {
      new SummaryChecker(view, out).check();
      if (result.solver() == null) {
        out.add("result: solver is missing");
      } else {
        new SolverChecker(result.solver(), result.summary(), out).check();
      }
      if (result.coverage() != null) {
        new CoverageChecker(view, result.coverage(), out).check(result.summary(), result.rollout());
      }
    }
    return new VerificationReport(out.messages());
  }

  /**
   * As {@link #verify(Instance, PlanResult)}, and also checks that provenance.instanceSha256 is
   * the hex SHA-256 of {@code instanceBytes}, the instance file the plan was made from.
   */
  public VerificationReport verify(Instance instance, PlanResult result, byte[] instanceBytes) {
    VerificationReport report = verify(instance, result);
    String expected = sha256Hex(instanceBytes);
    String reported = result.provenance() == null ? null : result.provenance().instanceSha256();
    if (reported != null && reported.equalsIgnoreCase(expected)) {
      return report;
    }
    List<String> violations = new ArrayList<>(report.violations());
    violations.add(
        "provenance: instanceSha256 is "
            + quote(reported)
            + ", expected \""
            + expected
            + "\" (SHA-256 of the instance file)");
    return new VerificationReport(violations);
  }

  private static void checkHeader(Instance instance, PlanResult result, Violations out) {
    if (!PlanResult.SCHEMA.equals(result.schema())) {
      out.add(
          "result: schema is "
              + quote(result.schema())
              + ", expected "
              + quote(PlanResult.SCHEMA));
    }
    if (!instance.name().equals(result.instanceName())) {
      out.add(
          "result: instanceName is "
              + quote(result.instanceName())
              + ", expected "
              + quote(instance.name()));
    }
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
