package org.dorsal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One planning problem: the nodes, the links that may carry traffic, money and limits. */
public record Instance(
    String name,
    String description,
    Economics economics,
    Constraints constraints,
    List<Node> nodes,
    List<Link> links) {

  public Instance {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
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
    return new Instance(name, description, economics, constraints, nodes, newLinks);
  }
}
