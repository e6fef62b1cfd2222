package org.dorsal.cli;

import org.dorsal.ProgramVersion;
import picocli.CommandLine.IVersionProvider;

/** Reports the program version baked in at build time. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dorsal " + ProgramVersion.get()};
  }
}
