package org.dorsal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Uncertainty;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;

/**
 * Turns a located JSON tree into an {@link Instance}, checking the top level and delegating the
 * parts. The result is only meaningful when no error was added.
 */
final class InstanceMapper {
  private final ValidationErrors errors;

  InstanceMapper(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The instance, or null when the root is not an object. */
  Instance map(LocatedValue root) {
    if (!(root instanceof ObjectValue object)) {
      errors.add(
          root.at(),
          ObjectFields.typeMessage(
              "the instance", root, "a JSON object", "wrap the instance in { ... }"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.TOP_LEVEL);
    checkSchemaTag(fields);
    String name = fields.requiredString("name", "a short name for the instance, used in results");
    String description = fields.optionalString("description", "");

    SettingsReader settings = new SettingsReader(errors);
    ObjectValue economicsObject =
        fields.requiredObject("economics", "an object with horizonYears and discountRate");
    Economics economics = economicsObject == null ? null : settings.readEconomics(economicsObject);
    ObjectValue constraintsObject = fields.optionalObject("constraints");
    Constraints constraints = settings.readConstraints(constraintsObject);

    ObjectValue rulesObject = fields.optionalObject("candidateRules");
    CandidateRules rules =
        rulesObject == null ? null : new CandidateRulesReader(errors).read(rulesObject);
    boolean generating = rulesObject != null;

    ArrayValue nodesArray = fields.requiredArray("nodes", "an array of nodes");
    ArrayValue linksArray =
        generating && !fields.has("links")
            ? new ArrayValue(fields.at(), List.of())
            : fields.requiredArray(
                "links", "an array of links (or candidateRules to generate them)");
    List<ReadNode> nodes = readAll(nodesArray, new NodeReader(errors)::read);
    List<ReadLink> links = readAll(linksArray, new LinkReader(errors)::read);
    if (nodesArray != null) {
      new ReferenceChecks(errors)
          .check(nodesArray, nodes, linksArray == null ? null : links, generating);
    }
    new RoutingChecks(errors).check(constraints, constraintsObject, object, links);
    List<Node> nodeList = nodes.stream().map(ReadNode::node).toList();
    ObjectValue uncertaintyObject = fields.optionalObject("uncertainty");
    Uncertainty uncertainty =
        uncertaintyObject == null ? null : new UncertaintyReader(errors).read(uncertaintyObject);
    Coverage coverage = new CoverageReader(errors).read(fields.optionalObject("coverage"), nodes);
    ObjectValue rolloutObject = fields.optionalObject("rollout");
    Rollout rollout =
        rolloutObject == null
            ? null
            : new RolloutReader(errors)
                .read(rolloutObject, economics == null ? 0 : economics.horizonYears(), nodeList);
    return new Instance(
            name,
            description,
            economics,
            constraints,
            nodeList,
            links.stream().map(ReadLink::link).toList(),
            rules)
        .withUncertainty(uncertainty)
        .withCoverage(coverage)
        .withRollout(rollout);
  }

  private void checkSchemaTag(ObjectFields fields) {
    String tag =
        fields.requiredString("schema", "\"schema\": \"" + InstanceFields.SCHEMA_TAG + "\"");
    if (tag != null && !tag.equals(InstanceFields.SCHEMA_TAG)) {
      errors.add(
          fields.value("schema").at(),
          "schema is '"
              + tag
              + "' but this reader understands only \""
              + InstanceFields.SCHEMA_TAG
              + "\"; convert the file to format v1 and set \"schema\": \""
              + InstanceFields.SCHEMA_TAG
              + "\"");
    }
  }

  private static <T> List<T> readAll(
      ArrayValue array, Function<LocatedValue, T> reader) {
    List<T> read = new ArrayList<>();
    if (array != null) {
      for (LocatedValue entry : array.items()) {
        T item = reader.apply(entry);
        if (item != null) {
          read.add(item);
        }
      }
    }
    return read;
  }
}
