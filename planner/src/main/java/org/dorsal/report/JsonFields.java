package org.dorsal.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads figures from the documents' JSON trees: a missing, null or non-numeric field is NaN. */
final class JsonFields {
  private JsonFields() {}

  static double number(JsonNode object, String field) {
    JsonNode v = object == null ? null : object.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  static String text(JsonNode object, String field) {
    JsonNode v = object == null ? null : object.get(field);
    return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
  }

  /** The base block's instance name, or "" when absent. */
  static String instanceName(JsonNode root) {
    return text(root.path("base"), "instanceName");
  }
}
