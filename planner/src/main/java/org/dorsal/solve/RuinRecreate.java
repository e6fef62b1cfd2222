package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Ruin and recreate: a cheap, heuristic large-neighbourhood search. Each round picks a served
 * site at random (seeded), frees it and its nearest nodes by link cost together with everything
 * routed through them, re-inserts the freed sites one by one along their cheapest paths (as the
 * construction does, in random order), improves the result with the heuristic's local search and
 * keeps it when it is cheaper. Where capacities bind, freeing several neighbouring branches at once
 * lets their sites regroup, which moves of one or two subtrees cannot.
 *
 * <p>The work is a count of rounds, so the result depends only on the start, the seed and the
 * count, unless the deadline cuts the rounds short.
 */
final class RuinRecreate {
  /** Fewest and most nodes freed around a round's centre (before their subtrees are added). */
  static final int MIN_FREED = 3;
  static final int MAX_FREED = 12;

  private final DesignNetwork net;
  private final ShortestPathHeuristic heuristic;

  RuinRecreate(DesignNetwork net) {
    this.net = net;
    this.heuristic = new ShortestPathHeuristic(net);
  }

  /** The best forest after at most {@code rounds} rounds (start itself when none is cheaper). */
  DesignSolution improve(DesignSolution start, int rounds, long seed, long deadlineNanos) {
    Random random = new Random(seed);
    DesignSolution best = start;
    for (int round = 0; round < rounds && System.nanoTime() < deadlineNanos; round++) {
      Ruined ruined = ruin(best, random);
      if (ruined == null || !recreate(ruined, random)) {
        continue;
      }
      ForestState trial = ruined.forest();
      heuristic.improve(trial, deadlineNanos);
      if (trial.costUsd() < best.objectiveUsd() - 1e-6) {
        DesignSolution candidate = trial.snapshot();
        if (candidate.withinBudget(net)) {
          best = candidate;
        }
      }
    }
    return best;
  }

  /** A forest with some nodes freed (no parent arc): {@code freed} marks them. */
  private record Ruined(ForestState forest, boolean[] freed) {}

  /** The forest with a random centre's neighbourhood and everything below it freed; null if none. */
  private Ruined ruin(DesignSolution current, Random random) {
    List<Integer> served = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v] && current.parentArc()[v] >= 0) {
        served.add(v);
      }
    }
    if (served.isEmpty()) {
      return null;
    }
    int center = served.get(random.nextInt(served.size()));
    int size = MIN_FREED + random.nextInt(MAX_FREED - MIN_FREED + 1);
    boolean[] group = NeighbourhoodSearch.nearestByCost(net, center, size);
    ForestState forest = ForestState.fromParents(net, current.parentArc());
    int[] parents = current.parentArc().clone();
    boolean[] freed = new boolean[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (group[v] && !freed[v] && parents[v] >= 0) {
        boolean[] below = forest.subtreeOf(v);
        for (int x = 0; x < net.nodeCount; x++) {
          freed[x] |= below[x];
        }
      }
    }
    for (int x = 0; x < net.nodeCount; x++) {
      if (freed[x]) {
        parents[x] = -1;
      }
    }
    return new Ruined(ForestState.fromParents(net, parents), freed);
  }

  /** Re-inserts the freed sites in random order; false when a required site finds no way. */
  private boolean recreate(Ruined ruined, Random random) {
    ForestState forest = ruined.forest();
    List<Integer> sites = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (ruined.freed()[v] && net.site[v]) {
        sites.add(v);
      }
    }
    Collections.shuffle(sites, random);
    int[] order = new int[sites.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = sites.get(i);
    }
    return heuristic.insert(forest, order);
  }
}
