package org.dorsal.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;

/**
 * Checks that need all nodes and links at once: unique ids, links naming existing nodes, at
 * least one gateway and one site, and every site having some link.
 */
final class ReferenceChecks {
  private final ValidationErrors errors;

  ReferenceChecks(ValidationErrors errors) {
    this.errors = errors;
  }

  /**
   * @param nodesArray the {@code nodes} array, for locating "no gateway" and "no site"
   * @param links the links read, or null when {@code links} itself was missing or invalid (then
   *     link-dependent checks are skipped to avoid a flood of follow-on errors)
   * @param generating candidate links will be generated: given link ids may not look like
   *     generated ones, and a site without a given link is fine
   */
  void check(
      ArrayValue nodesArray, List<ReadNode> nodes, List<ReadLink> links, boolean generating) {
    Set<String> nodeIds = checkUniqueNodeIds(nodes);
    checkKindsPresent(nodesArray, nodes);
    if (links == null) {
      return;
    }
    checkUniqueLinkIds(links);
    Set<String> linked = new HashSet<>();
    for (ReadLink read : links) {
      Link link = read.link();
      checkReference(read, "from", link.fromId(), nodeIds);
      checkReference(read, "to", link.toId(), nodeIds);
      linked.add(link.fromId());
      linked.add(link.toId());
      if (generating) {
        checkNotGeneratedId(read);
      }
    }
    if (generating) {
      return;
    }
    for (ReadNode read : nodes) {
      Node node = read.node();
      if (node.kind() == NodeKind.SITE && node.id() != null && !linked.contains(node.id())) {
        errors.add(
            read.source().at(),
            "site "
                + node.id()
                + " has no link; add a microwave, fiber or satellite link from it, or remove it");
      }
    }
  }

  private void checkNotGeneratedId(ReadLink read) {
    String id = read.link().id();
    if (id == null) {
      return;
    }
    for (String prefix : InstanceFields.GENERATED_LINK_PREFIXES) {
      if (id.startsWith(prefix)) {
        errors.add(
            read.source().get("id").at(),
            "link id '" + id + "' starts with '" + prefix + "', which is kept for generated"
                + " candidates when candidateRules is present; rename the link");
        return;
      }
    }
  }

  private Set<String> checkUniqueNodeIds(List<ReadNode> nodes) {
    return checkUniqueIds(nodes, r -> r.node().id(), ReadNode::source, "node");
  }

  private void checkUniqueLinkIds(List<ReadLink> links) {
    checkUniqueIds(links, r -> r.link().id(), ReadLink::source, "link");
  }

  /** Reports every id used twice (at its second use) and returns the ids seen. */
  private <T> Set<String> checkUniqueIds(List<T> items, java.util.function.Function<T, String> id,
      java.util.function.Function<T, LocatedValue.ObjectValue> source, String what) {
    Map<String, String> pointerById = new HashMap<>();
    for (T item : items) {
      String value = id.apply(item);
      if (value == null) {
        continue;
      }
      String first = pointerById.putIfAbsent(value, source.apply(item).at().pointer());
      if (first != null) {
        errors.add(
            source.apply(item).get("id").at(),
            "duplicate " + what + " id '" + value + "', already used by " + first
                + "; give every " + what + " its own id");
      }
    }
    return pointerById.keySet();
  }

  private void checkKindsPresent(ArrayValue nodesArray, List<ReadNode> nodes) {
    if (nodes.stream().noneMatch(n -> n.node().kind() == NodeKind.GATEWAY)) {
      errors.add(
          nodesArray.at(),
          "there is no gateway; add at least one node with \"kind\": \"gateway\" where traffic"
              + " leaves the network");
    }
    if (nodes.stream().noneMatch(n -> n.node().kind() == NodeKind.SITE)) {
      errors.add(
          nodesArray.at(),
          "there is no site; add at least one node with \"kind\": \"site\" that has demand");
    }
  }

  private void checkReference(ReadLink read, String field, String nodeId, Set<String> nodeIds) {
    if (nodeId != null && !nodeIds.contains(nodeId)) {
      errors.add(
          read.source().get(field).at(),
          "no node has id '"
              + nodeId
              + "'; '"
              + field
              + "' must be the id of a node listed in 'nodes'");
    }
  }
}
