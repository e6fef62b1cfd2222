package org.dorsal.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;

/**
 * Generates candidate links once per distinct input: scenarios that leave the nodes, given
 * links, economics and rules of the base alone (most of them) reuse the base's candidates.
 */
public final class ExpansionCache {
  private record Key(List<Node> nodes, List<Link> links, Economics economics, CandidateRules rules) {}

  private final UnaryOperator<Instance> expand;
  private final Map<Key, List<Link>> links = new HashMap<>();

  /** @param expand generates an instance's candidates; returns null when it cannot */
  public ExpansionCache(UnaryOperator<Instance> expand) {
    this.expand = expand;
  }

  /** The instance with all its links, or null when {@code expand} gave null. */
  public Instance expanded(Instance instance) {
    if (!instance.needsCandidates()) {
      return instance;
    }
    Key key = new Key(instance.nodes(), instance.links(), instance.economics(), instance.candidateRules());
    List<Link> all = links.get(key);
    if (all == null) {
      Instance expanded = expand.apply(instance);
      if (expanded == null) {
        return null;
      }
      all = expanded.links();
      links.put(key, all);
    }
    return instance.expandedWith(all);
  }
}
