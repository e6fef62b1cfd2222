package org.dorsal.model.result;

import java.util.Map;

/** Where a result came from: the instance bytes, the program and the options used. */
public record Provenance(
    String instanceFile,
    String instanceSha256,
    String programVersion,
    Map<String, String> options,
    long seed,
    int threads) {

  public Provenance {
    options = Map.copyOf(options);
  }
}
