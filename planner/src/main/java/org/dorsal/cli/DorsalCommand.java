package org.dorsal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dorsal} command: plans, validates and verifies backhaul networks. */
@Command(
    name = "dorsal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plans fiber backbone and backhaul capacity at the lowest net present cost.",
    subcommands = {CommandLine.HelpCommand.class})
public final class DorsalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new DorsalCommand()).execute(args));
  }
}
