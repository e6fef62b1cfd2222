package org.dorsal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, read from the filtered resource {@code dorsal-version.properties}. */
public final class ProgramVersion {
  private ProgramVersion() {}

  public static String get() {
    try (InputStream in = ProgramVersion.class.getResourceAsStream("/dorsal-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
