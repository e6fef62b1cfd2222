package org.dorsal.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Coverage;

/**
 * Reads the top-level {@code coverage} section and the sites' {@code priority} fields: a site's
 * priority needs the section (it is what the coverage objective may weigh).
 */
final class CoverageReader {
  static final List<String> WEIGHTS = List.of(Coverage.POPULATION, Coverage.PRIORITY);

  private final ValidationErrors errors;

  CoverageReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The coverage section, or null when {@code object} (the section) is absent. */
  Coverage read(ObjectValue object, List<ReadNode> nodes) {
    Map<String, Double> priorities = priorities(nodes, object != null);
    if (object == null) {
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.COVERAGE);
    String weight = fields.optionalString("weight", Coverage.POPULATION);
    if (weight != null && !WEIGHTS.contains(weight)) {
      errors.add(fields.value("weight").at(), "unknown coverage weight '" + weight
          + "'; use \"population\" (people served) or \"priority\" (the sites' priority, default 1)");
    }
    return new Coverage(weight, priorities);
  }

  private Map<String, Double> priorities(List<ReadNode> nodes, boolean allowed) {
    Map<String, Double> priorities = new LinkedHashMap<>();
    for (ReadNode read : nodes) {
      if (!read.node().isSite() || !read.source().members().containsKey("priority")) {
        continue;
      }
      ObjectFields fields = new ObjectFields(read.source(), errors);
      if (!allowed) {
        errors.add(fields.value("priority").at(), "priority is only used by the coverage objective; add a top-level"
            + " \"coverage\": {\"weight\": \"priority\"}, or remove it");
        continue;
      }
      priorities.put(read.node().id(), fields.optionalNumber("priority", 1, NumberRule.NON_NEGATIVE));
    }
    return priorities;
  }
}
