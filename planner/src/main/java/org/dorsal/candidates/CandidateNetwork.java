package org.dorsal.candidates;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Link;
import org.dorsal.model.Technology;
import org.dorsal.radio.RejectionReason;

/**
 * The candidate links of a network with what it took to make them.
 *
 * @param links microwave hops, then fiber builds, then satellite links, each group in node-index
 *     order of its ends
 * @param linksByTechnology how many links of each technology (every technology present, 0 if none)
 * @param microwaveHopsEngineered distinct node pairs within reach that went to the hop engineer
 * @param rejectionsByReason engineered hops that were not emitted, by reason (every reason except
 *     NONE present, 0 if none); emitted microwave links plus rejections equal hops engineered
 * @param optionsDominated options dropped because another option of the same link had at least
 *     the capacity at no more net present cost
 */
public record CandidateNetwork(
    List<Link> links,
    Map<Technology, Integer> linksByTechnology,
    int microwaveHopsEngineered,
    Map<RejectionReason, Integer> rejectionsByReason,
    long optionsDominated) {

  public CandidateNetwork {
    links = List.copyOf(links);
    linksByTechnology = java.util.Collections.unmodifiableMap(new EnumMap<>(linksByTechnology));
    rejectionsByReason = java.util.Collections.unmodifiableMap(new EnumMap<>(rejectionsByReason));
  }

  public int count(Technology technology) {
    return linksByTechnology.getOrDefault(technology, 0);
  }

  public int rejected(RejectionReason reason) {
    return rejectionsByReason.getOrDefault(reason, 0);
  }

  /** All rejected microwave hops. */
  public int microwaveHopsRejected() {
    int sum = 0;
    for (int v : rejectionsByReason.values()) {
      sum += v;
    }
    return sum;
  }
}
