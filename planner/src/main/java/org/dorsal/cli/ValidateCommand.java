package org.dorsal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.model.Instance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal validate}: checks instance files and reports every error at once. */
@Command(
    name = "validate",
    description = {
      "Checks instance files against the dorsal-instance/1 format and reports every error with"
          + " file, line, column, JSON pointer and what to fix.",
      "Exit codes: 0 all files valid; 2 some file is invalid or unreadable."
    },
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INSTANCE", description = "Instance JSON file(s) to check.")
  List<Path> instances;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (Path path : instances) {
      LoadedFile file = LoadedFile.read(path, err);
      if (file == null) {
        exit = ExitCodes.BAD_INPUT;
        continue;
      }
      try {
        Instance instance = new InstanceReader().read(file.label(), file.bytes());
        out.printf("%s: valid (%s: %d nodes, %d links%s)%n", path, instance.name(), instance.nodes().size(),
            instance.links().size(), instance.needsCandidates() ? "; more links are generated from candidateRules" : "");
      } catch (InvalidInputException e) {
        LoadedFile.printErrors(e, err);
        exit = ExitCodes.BAD_INPUT;
      }
    }
    return exit;
  }
}
