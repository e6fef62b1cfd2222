package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps a command from writing its output over the user's input file. */
final class OutputGuard {
  private OutputGuard() {}

  /** True (after printing why) when writing {@code output} would replace {@code input}. */
  static boolean wouldOverwrite(Path output, Path input, PrintWriter err) {
    return wouldOverwrite(output, input, "the instance", err);
  }

  /** As above; {@code what} names the input in the message ("the scenario file"). */
  static boolean wouldOverwrite(Path output, Path input, String what, PrintWriter err) {
    if (!sameFile(output, input)) {
      return false;
    }
    err.println(output + ": the output would overwrite " + what + "; choose another -o");
    return true;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
