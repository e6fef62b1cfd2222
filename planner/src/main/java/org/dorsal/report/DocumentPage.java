package org.dorsal.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.JsonDocument;

/**
 * The documents of contracts.md that render to one HTML page (comparison, sweep, risk), the
 * parts each must have, and the page of a document.
 */
public enum DocumentPage {
  COMPARISON("dorsal-comparison/1", "scenarios"),
  SWEEP("dorsal-sweep/1", "points"),
  RISK("dorsal-risk/1", "sampleTable");

  /** The schema of a plan result (rendered to several files, not by this class). */
  public static final String RESULT_SCHEMA = "dorsal-result/1";

  private final String schema;
  private final String requiredArray;

  DocumentPage(String schema, String requiredArray) {
    this.schema = schema;
    this.requiredArray = requiredArray;
  }

  public String schema() {
    return schema;
  }

  /** The page kind of a schema, or null when it has none. */
  public static DocumentPage of(String schema) {
    for (DocumentPage p : values()) {
      if (p.schema.equals(schema)) {
        return p;
      }
    }
    return null;
  }

  /** Every schema {@code dorsal report} renders, result first. */
  public static List<String> schemas() {
    return List.of(RESULT_SCHEMA, COMPARISON.schema, SWEEP.schema, RISK.schema);
  }

  /**
   * The page of a document of this kind.
   *
   * @throws InvalidInputException when the array the page is drawn from is missing
   */
  public byte[] render(JsonDocument document) throws InvalidInputException {
    JsonNode root = document.root();
    if (!root.path(requiredArray).isArray()) {
      throw document.error("/" + requiredArray, "missing array \"" + requiredArray + "\"; a " + schema
          + " document lists its " + requiredArray + " there (docs/reports.md)");
    }
    return switch (this) {
      case COMPARISON -> ComparisonPage.render(root, document.label());
      case SWEEP -> SweepPage.render(root, document.label());
      case RISK -> RiskPage.render(root, document.label());
    };
  }
}
