package org.dorsal.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.ProgramVersion;
import org.dorsal.economics.PlanAccounting;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ResultJson;
import org.dorsal.io.Sha256;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveProgress;
import org.dorsal.solve.SolveOptions;
import org.dorsal.verify.PlanVerifier;
import org.dorsal.verify.VerificationReport;

/**
 * Instance to verified result document: solve, account every cost, serialize, read the bytes
 * back and run the independent verifier on exactly what would be written.
 */
public final class PlanPipeline {

  public PlanRun run(Instance instance, String instanceLabel, byte[] instanceBytes, SolveOptions options) {
    return run(instance, instanceLabel, instanceBytes, options, SolveProgress.NONE);
  }

  /** As above, reporting the solver's progress. */
  public PlanRun run(Instance instance, String instanceLabel, byte[] instanceBytes, SolveOptions options,
      SolveProgress progress) {
    return check(instance, instanceLabel, instanceBytes, options, new Planner().plan(instance, options, progress));
  }

  /**
   * The accounting, serialization and verification of {@link #run}, for a plan any solver made
   * (the benchmark baselines use it, so their plans pass exactly the checks the planner's do).
   *
   * @param options what the solver was asked, for the result's provenance
   */
  public PlanRun check(Instance instance, String instanceLabel, byte[] instanceBytes, SolveOptions options,
      PlanOutcome outcome) {
    if (!outcome.hasPlan()) {
      return new PlanRun(outcome, null, null, List.of());
    }
    Map<String, String> used = new LinkedHashMap<>();
    used.put("timeLimitSeconds", Double.toString(options.timeLimitSeconds()));
    used.put("relativeGap", Double.toString(options.relativeGap()));
    used.put("useMip", Boolean.toString(options.useMip()));
    Provenance provenance = new Provenance(instanceLabel, Sha256.hex(instanceBytes), ProgramVersion.get(), used,
        options.seed(), options.threads());
    PlanResult result = new PlanAccounting(instance).account(outcome.plan(), provenance);
    byte[] json = ResultJson.write(result);
    PlanResult reread;
    try {
      reread = ResultJson.read(instanceLabel + " (result)", json);
    } catch (InvalidInputException e) {
      return new PlanRun(outcome, result, json, List.of("the result does not read back: " + e.getMessage()));
    }
    VerificationReport report = new PlanVerifier().verify(instance, reread, instanceBytes);
    return new PlanRun(outcome, result, json, report.violations());
  }
}
