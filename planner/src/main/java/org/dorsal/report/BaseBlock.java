package org.dorsal.report;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code base} block shared by the comparison, sweep and risk documents, in words. */
final class BaseBlock {
  private BaseBlock() {}

  static String describe(JsonNode root) {
    JsonNode base = root.path("base");
    String sha = JsonFields.text(base, "sha256");
    return "Base instance " + JsonFields.text(base, "instanceName") + " (" + JsonFields.text(base, "file")
        + (sha.isEmpty() ? "" : ", SHA-256 " + sha.substring(0, Math.min(12, sha.length())) + "...") + ").";
  }
}
