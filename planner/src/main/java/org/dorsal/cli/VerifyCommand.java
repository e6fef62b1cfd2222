package org.dorsal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ResultJson;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.verify.PlanVerifier;
import org.dorsal.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal verify}: re-checks a result against its instance with the independent verifier. */
@Command(
    name = "verify",
    description = {
      "Re-checks a result file against its instance: flows, capacities, hop limits, tree"
          + " structure, every cost and the instance hash, recomputed independently of the solver.",
      "Exit codes: 0 the result is valid; 1 the verifier found violations (listed); 2 a file is"
          + " unreadable or not in its format."
    },
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INSTANCE", description = "Instance JSON file (dorsal-instance/1).")
  Path instancePath;

  @Parameters(index = "1", paramLabel = "RESULT", description = "Result JSON file (dorsal-result/1).")
  Path resultPath;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedInstance loaded = LoadedInstance.read(instancePath, err);
    LoadedFile resultFile = LoadedFile.read(resultPath, err);
    if (loaded == null || resultFile == null) {
      return ExitCodes.BAD_INPUT;
    }
    Instance instance = loaded.instance();
    LoadedFile instanceFile = loaded.file();
    PlanResult result;
    try {
      result = ResultJson.read(resultFile.label(), resultFile.bytes());
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return ExitCodes.BAD_INPUT;
    }
    VerificationReport report = new PlanVerifier().verify(instance, result, instanceFile.bytes());
    if (report.ok()) {
      out.println(resultPath + ": verified against " + instancePath);
      return ExitCodes.OK;
    }
    err.println(resultPath + ": " + report.violations().size() + " violation(s):");
    report.violations().forEach(v -> err.println("  " + v));
    return ExitCodes.NO_PLAN_OR_CHECK_FAILED;
  }
}
