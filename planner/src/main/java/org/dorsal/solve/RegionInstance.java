package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;

/**
 * One region of an instance as an instance of its own, with the maps from its node and link
 * indices back to the whole instance's.
 *
 * <p>{@link #restricted} is the region alone: its nodes, the links between them and their
 * satellite links; a plan of it is part of a plan of the whole instance. {@link #relaxed} is a
 * relaxation whose optimum, summed over a partition, is at most the whole instance's optimum: the
 * nodes outside the region are replaced by the exits of {@link ExitLadders} (which keep the
 * microwave hops a route still needs beyond the border and re-price satellite terminals, which
 * routes from other regions may share), each link that crosses the border costs its full price
 * (a link is the parent of at most one of its ends, so only that end's region pays for it), and
 * the budget is dropped. Restricting an optimal plan of the whole to the region (every route cut
 * at its first node outside) is a plan of the relaxation; the restrictions together cost no more
 * than the whole plan.
 */
final class RegionInstance {
  final Instance instance;
  /** Whole-instance index of each node of the region instance (-1 for a relaxation's exits). */
  final int[] globalNode;
  /** Whole-instance index of each link of the region instance (-1 for the rungs of an exit ladder). */
  final int[] globalLink;

  private RegionInstance(Instance instance, int[] globalNode, int[] globalLink) {
    this.instance = instance;
    this.globalNode = globalNode;
    this.globalLink = globalLink;
  }

  /** The region alone, its capex budget set to {@code capexBudgetUsd}. */
  static RegionInstance restricted(DesignNetwork whole, boolean[] inRegion, String label, double capexBudgetUsd) {
    Instance full = whole.instance();
    int[] members = members(inRegion);
    List<Link> links = new ArrayList<>();
    List<Integer> globalLinks = new ArrayList<>();
    for (int l = 0; l < whole.linkCount; l++) {
      Link link = full.links().get(l);
      if (inRegion[whole.linkA[l]] && (whole.satellite[l] || inRegion[whole.linkB[l]])) {
        links.add(link);
        globalLinks.add(l);
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int v : members) {
      nodes.add(full.nodes().get(v));
    }
    Constraints constraints = new Constraints(full.constraints().maxMicrowaveHops(), capexBudgetUsd);
    Instance region = new Instance(full.name() + " / " + label, "", full.economics(), constraints, nodes, links);
    return new RegionInstance(region, members, toArray(globalLinks));
  }

  /** The relaxation of the region described above. */
  static RegionInstance relaxed(DesignNetwork whole, boolean[] inRegion, String label) {
    return relaxed(whole, inRegion, label, ExitLadders.Terms.of(whole));
  }

  /** As above, with the exits' terms of the whole network computed once for all its regions. */
  static RegionInstance relaxed(DesignNetwork whole, boolean[] inRegion, String label, ExitLadders.Terms exits) {
    Instance full = whole.instance();
    int[] members = members(inRegion);
    double regionDemandMbps = 0;
    for (int v : members) {
      Node node = full.nodes().get(v);
      regionDemandMbps += node.isSite() ? node.demandMbps() : 0;
    }
    ExitLadders ladders = new ExitLadders(whole, exits, Math.max(1, regionDemandMbps));
    boolean border = false;
    for (int l = 0; l < whole.linkCount && !border; l++) {
      border = !whole.satellite[l] && inRegion[whole.linkA[l]] != inRegion[whole.linkB[l]];
    }
    List<Link> links = new ArrayList<>();
    List<Integer> globalLinks = new ArrayList<>();
    for (int l = 0; l < whole.linkCount; l++) {
      Link link = full.links().get(l);
      boolean fromIn = inRegion[whole.linkA[l]];
      if (whole.satellite[l]) {
        if (fromIn) {
          // with a border, traffic of other regions may end at this terminal too (see ExitLadders)
          links.add(border ? ladders.satellite(l) : link);
          globalLinks.add(l);
        }
        continue;
      }
      boolean toIn = inRegion[whole.linkB[l]];
      if (fromIn && toIn) {
        links.add(link);
        globalLinks.add(l);
      } else if (fromIn || toIn) {
        for (Link crossing : ladders.crossings(link, fromIn ? whole.linkB[l] : whole.linkA[l], !fromIn)) {
          links.add(crossing);
          globalLinks.add(l);
        }
      }
    }
    List<Node> nodes = new ArrayList<>();
    List<Integer> globalNodes = new ArrayList<>();
    for (int v : members) {
      nodes.add(full.nodes().get(v));
      globalNodes.add(v);
    }
    for (Node node : ladders.nodes()) {
      nodes.add(node);
      globalNodes.add(-1);
    }
    for (Link link : ladders.rungLinks()) {
      links.add(link);
      globalLinks.add(-1);
    }
    Constraints constraints = new Constraints(full.constraints().maxMicrowaveHops(), Double.POSITIVE_INFINITY);
    Instance region = new Instance(full.name() + " / " + label + " (relaxed)", "", full.economics(), constraints, nodes,
        links);
    return new RegionInstance(region, toArray(globalNodes), toArray(globalLinks));
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /**
   * Writes the region's solution into a whole-network parent array: every region node's parent
   * arc in whole-instance indices. Link options are left for the caller to size from the flows.
   */
  void writeGlobalParents(DesignNetwork whole, DesignNetwork region, DesignSolution solution, int[] parents) {
    for (int v = 0; v < region.nodeCount; v++) {
      int a = solution.parentArc()[v];
      if (a >= 0) {
        int tail = globalNode[v];
        parents[tail] = whole.arcOf(tail, globalLink[region.arcLink[a]]);
      }
    }
  }

  /**
   * A whole-network plan restricted to this region, in region indices, its links re-equipped for
   * the region's flows. Every route of a region node must stay inside the region (or end at its
   * satellite terminal).
   */
  DesignSolution localSolution(DesignNetwork whole, DesignNetwork region, DesignSolution plan) {
    int[] localLink = new int[whole.linkCount];
    Arrays.fill(localLink, -1);
    for (int j = 0; j < globalLink.length; j++) {
      localLink[globalLink[j]] = j;
    }
    int[] parents = new int[region.nodeCount];
    Arrays.fill(parents, -1);
    for (int v = 0; v < region.nodeCount; v++) {
      int a = plan.parentArc()[globalNode[v]];
      if (a >= 0) {
        int l = localLink[whole.arcLink[a]];
        if (l < 0) {
          throw new IllegalStateException("a route leaves region " + instance.name() + " by link "
              + whole.instance().links().get(whole.arcLink[a]).id());
        }
        parents[v] = region.arcOf(v, l);
      }
    }
    return ForestState.fromParents(region, parents).snapshot();
  }

  /** The region's nodes in index order. */
  private static int[] members(boolean[] inRegion) {
    int count = 0;
    for (boolean in : inRegion) {
      count += in ? 1 : 0;
    }
    int[] members = new int[count];
    int i = 0;
    for (int v = 0; v < inRegion.length; v++) {
      if (inRegion[v]) {
        members[i++] = v;
      }
    }
    return members;
  }
}
