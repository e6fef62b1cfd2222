package org.dorsal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dorsal} command: plans, validates and verifies backhaul networks. */
@Command(
    name = "dorsal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plans fiber backbone and backhaul capacity at the lowest net present cost.",
    subcommands = {PlanCommand.class, CompareCommand.class, SweepCommand.class, RiskCommand.class, ReportCommand.class,
        CandidatesCommand.class, BenchCommand.class, ValidateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success; 1 no plan or a check failed; 2 bad input or usage (nothing written)."})
public final class DorsalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (usage errors give 2). */
  static int execute(String... args) {
    return new CommandLine(new DorsalCommand()).execute(args);
  }
}
