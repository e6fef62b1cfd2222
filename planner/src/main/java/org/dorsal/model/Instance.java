package org.dorsal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One planning problem: the nodes, the links that may carry traffic, money and limits.
 *
 * @param candidateRules when not null, candidate links are still to be generated from the nodes
 *     by these rules and added to {@link #links()} before planning
 * @param rollout when not null, the plan is a roll-out over the horizon's years (demand grows)
 * @param coverage when not null, optional sites compete for a capex budget: coverage is maximised
 * @param uncertainty when not null, the uncertain inputs that {@code dorsal risk} samples
 */
public record Instance(
    String name,
    String description,
    Economics economics,
    Constraints constraints,
    List<Node> nodes,
    List<Link> links,
    CandidateRules candidateRules,
    Rollout rollout,
    Coverage coverage,
    Uncertainty uncertainty) {

  public Instance {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /** An instance with no roll-out, coverage objective or uncertainty. */
  public Instance(
      String name,
      String description,
      Economics economics,
      Constraints constraints,
      List<Node> nodes,
      List<Link> links,
      CandidateRules candidateRules) {
    this(name, description, economics, constraints, nodes, links, candidateRules, null, null, null);
  }

  /** An instance whose links are all given. */
  public Instance(
      String name,
      String description,
      Economics economics,
      Constraints constraints,
      List<Node> nodes,
      List<Link> links) {
    this(name, description, economics, constraints, nodes, links, null);
  }

  /** Whether candidate links are still to be generated ({@link #candidateRules()} is set). */
  public boolean needsCandidates() {
    return candidateRules != null;
  }

  /** Node index by id (the position in {@link #nodes()}). */
  public Map<String, Integer> nodeIndexById() {
    Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    return index;
  }

  /** Link index by id (the position in {@link #links()}). */
  public Map<String, Integer> linkIndexById() {
    Map<String, Integer> index = new HashMap<>(links.size() * 2);
    for (int i = 0; i < links.size(); i++) {
      index.put(links.get(i).id(), i);
    }
    return index;
  }

  public Instance withLinks(List<Link> newLinks) {
    return new Instance(name, description, economics, constraints, nodes, newLinks, candidateRules, rollout, coverage,
        uncertainty);
  }

  public Instance withConstraints(Constraints newConstraints) {
    return new Instance(name, description, economics, newConstraints, nodes, links, candidateRules, rollout, coverage,
        uncertainty);
  }

  /** This instance with these nodes and links (same ids' meaning left to the caller), all else kept. */
  public Instance withNodesAndLinks(List<Node> newNodes, List<Link> newLinks) {
    return new Instance(name, description, economics, constraints, newNodes, newLinks, candidateRules, rollout,
        coverage, uncertainty);
  }

  public Instance withRollout(Rollout newRollout) {
    return new Instance(name, description, economics, constraints, nodes, links, candidateRules, newRollout, coverage,
        uncertainty);
  }

  public Instance withCoverage(Coverage newCoverage) {
    return new Instance(name, description, economics, constraints, nodes, links, candidateRules, rollout, newCoverage,
        uncertainty);
  }

  public Instance withUncertainty(Uncertainty newUncertainty) {
    return new Instance(name, description, economics, constraints, nodes, links, candidateRules, rollout, coverage,
        newUncertainty);
  }

  /** This instance with these links and nothing left to generate. */
  public Instance expandedWith(List<Link> allLinks) {
    return new Instance(name, description, economics, constraints, nodes, allLinks, null, rollout, coverage,
        uncertainty);
  }
}
