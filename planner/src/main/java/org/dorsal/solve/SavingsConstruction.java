package org.dorsal.solve;

import java.util.Arrays;

/**
 * Savings construction for capacitated forests, in the spirit of Esau and Williams. Every site
 * first gets its own cheapest path to an exit (a gateway or a satellite terminal). Then the forest
 * repeatedly takes the move with the largest saving for one component (a tree hanging from an
 * exit, known by its top node): drop its exit link and hang it from another component or another
 * exit instead, either
 *
 * <ul>
 *   <li>by its top, along the cheapest incremental path ({@link PathSearch}: free relays and
 *       junctions may be crossed, module upgrades, gateway uplinks and the microwave hop limit are
 *       priced and checked), or
 *   <li>by any other node of the component, over one existing link to a connected node outside
 *       it; the component is re-rooted at that node (the arcs up to the old top are reversed and
 *       re-equipped for their new flows). Only for components without microwave links, so the
 *       hop limit stays exact without re-walking the whole tree.
 * </ul>
 *
 * Savings are kept in a heap of primitive arrays and re-evaluated lazily: the best entry is
 * re-priced on the current forest and applied only if it is still at least as good as the next
 * one, else it goes back with its new value. Stops when no move saves, or at the deadline (the
 * forest is complete at every step). Deterministic: ties go to the lower node index.
 */
final class SavingsConstruction {
  private static final double EPSILON_USD = 1e-6;

  private final DesignNetwork net;
  private final PathSearch search;
  /** The arc of the same link in the other direction, -1 when there is none. */
  private final int[] reverseArc;

  private static final int MOVE_PATH = 0;
  private static final int MOVE_REROOT = 1;
  private int moveKind;
  private int[] movePath;
  private int moveNode;
  private int moveArc;

  private double[] heapKey = new double[16];
  private int[] heapNode = new int[16];
  private int[] heapVersion = new int[16];
  private int heapSize;
  private int[] version;

  SavingsConstruction(DesignNetwork net) {
    this.net = net;
    this.search = new PathSearch(net);
    reverseArc = net.reverseArcs();
  }

  /**
   * The savings forest, sites starting in the given order (without {@code satelliteAllowed}, on a
   * satellite terminal only where no terrestrial path exists), or null when some required site cannot
   * be connected at all.
   */
  ForestState build(int[] order, boolean satelliteAllowed, long deadlineNanos) {
    ForestState forest = star(order, satelliteAllowed);
    if (forest == null) {
      return null;
    }
    version = new int[net.nodeCount];
    // a component's saving may also grow after it was dropped, so when the heap runs dry every
    // component is priced again, until a whole scan finds no saving
    while (scan(forest, deadlineNanos)) {
      merge(forest, deadlineNanos);
    }
    insertOptionalSites(forest);
    return forest;
  }

  /** Prices every component afresh; whether any saves. */
  private boolean scan(ForestState forest, long deadlineNanos) {
    heapSize = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      if (isTop(forest, v)) {
        version[v]++;
        double saving = evaluate(forest, v);
        if (saving > EPSILON_USD) {
          push(saving, v, version[v]);
        }
      }
    }
    return heapSize > 0;
  }

  /** Applies the largest saving, re-evaluated lazily, until none is left. */
  private void merge(ForestState forest, long deadlineNanos) {
    while (heapSize > 0 && System.nanoTime() <= deadlineNanos) {
      dropStale(forest);
      if (heapSize == 0) {
        break;
      }
      int r = heapNode[0];
      pop();
      double saving = evaluate(forest, r);
      if (saving <= EPSILON_USD) {
        continue;
      }
      dropStale(forest);
      if (heapSize > 0 && saving < heapKey[0] - 1e-9) {
        push(saving, r, version[r]);
        continue;
      }
      int top = topOf(forest, apply(forest, r));
      version[r]++;
      version[top]++;
      double next = evaluate(forest, top);
      if (next > EPSILON_USD) {
        push(next, top, version[top]);
      }
    }
  }

  /** Every site on its own cheapest path to an exit, where one exists; else onto the forest. */
  private ForestState star(int[] order, boolean satelliteAllowed) {
    ForestState forest = new ForestState(net);
    boolean[] taken = new boolean[net.nodeCount];
    for (int v : order) {
      if (forest.connected(v)) {
        continue; // served on the way of an earlier site (see PathSearch.serveThroughSites)
      }
      double demand = net.demandMbps[v];
      PathSearch.Found found = search.search(forest, v, demand, 0, taken, satelliteAllowed);
      if (found == null) {
        found = search.searchOrSatellite(forest, v, demand, satelliteAllowed);
      }
      if (found == null && net.required[v] && !search.serveThroughSites(forest, v)) {
        return null;
      }
      if (found == null || !forest.serveIfWorthIt(v, found)) {
        continue;
      }
      for (int a : found.arcs()) {
        taken[net.arcTail[a]] = true;
      }
    }
    return forest;
  }

  /** Optional sites left out by the star whose cheapest path onto the forest costs less than their penalty. */
  private void insertOptionalSites(ForestState forest) {
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || net.required[v] || forest.parentArc[v] >= 0) {
        continue;
      }
      PathSearch.Found found = search.search(forest, v, net.demandMbps[v], 0, null);
      if (found != null && found.costUsd() < net.penaltyUsd[v] - EPSILON_USD) {
        forest.attach(found.arcs(), found.arcs().length, net.demandMbps[v]);
        forest.markServed(v);
      }
    }
  }

  private boolean isTop(ForestState forest, int v) {
    int a = forest.parentArc[v];
    if (a < 0 || net.gateway[v]) {
      return false;
    }
    int h = net.arcHead[a];
    return h == net.root() || net.gateway[h];
  }

  private int topOf(ForestState forest, int v) {
    int x = v;
    while (!isTop(forest, x)) {
      x = net.arcHead[forest.parentArc[x]];
    }
    return x;
  }

  /**
   * The best saving of moving the component topped by r, with the move left in the move fields;
   * the forest is unchanged on return. Negative infinity when no move is feasible.
   */
  private double evaluate(ForestState forest, int r) {
    double demand = forest.subtreeDemandMbps(r);
    boolean[] component = forest.subtreeOf(r);
    int startRun = forest.longestRunInto(r, component);
    double before = forest.costUsd();
    int[] oldPath = forest.detach(r, demand);
    double gain = before - forest.costUsd();
    double best = Double.NEGATIVE_INFINITY;
    PathSearch.Found found = search.search(forest, r, demand, startRun, component);
    if (found != null) {
      best = gain - found.costUsd();
      moveKind = MOVE_PATH;
      movePath = found.arcs();
    }
    if (!hasMicrowave(forest, component)) {
      for (int i = 0; i < net.nodeCount; i++) {
        if (!component[i] || i == r) {
          continue;
        }
        double rerootUsd = rerootCost(forest, i, demand);
        if (rerootUsd == Double.POSITIVE_INFINITY || gain - rerootUsd <= best + 1e-9) {
          continue;
        }
        for (int k = net.outStart[i]; k < net.outStart[i + 1]; k++) {
          int a = net.outArcs[k];
          double attachUsd = directAttachCost(forest, a, demand, component);
          double saving = gain - rerootUsd - attachUsd;
          if (saving > best + 1e-9) {
            best = saving;
            moveKind = MOVE_REROOT;
            moveNode = i;
            moveArc = a;
          }
        }
      }
    }
    forest.attach(oldPath, oldPath.length, demand);
    return best;
  }

  /** Cost of hanging a floating component (no microwave inside) from arc a, infinity if not allowed. */
  private double directAttachCost(ForestState forest, int a, double demand, boolean[] component) {
    int h = net.arcHead[a];
    int l = net.arcLink[a];
    if (forest.linkArc[l] >= 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (h == net.root()) {
      return forest.upgradeCost(l, demand);
    }
    if (component[h] || !forest.connected(h)) {
      return Double.POSITIVE_INFINITY;
    }
    int run = net.microwave[l] ? 1 : 0;
    if (run + (net.gateway[h] ? 0 : forest.runToFiber(h)) > net.maxMicrowaveHops) {
      return Double.POSITIVE_INFINITY;
    }
    double link = forest.upgradeCost(l, demand);
    return link == Double.POSITIVE_INFINITY ? link : link + forest.pushCost(h, demand);
  }

  private double rerootCost(ForestState forest, int i, double demand) {
    return forest.rerootCostUsd(i, reverseArc, demand);
  }

  private boolean hasMicrowave(ForestState forest, boolean[] component) {
    for (int v = 0; v < net.nodeCount; v++) {
      if (component[v] && forest.parentArc[v] >= 0 && net.microwave[net.arcLink[forest.parentArc[v]]]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Re-prices the component topped by r and applies its best move; returns the node by which the
   * component now hangs (r, or the node it was re-rooted at: r itself may have left the forest).
   */
  private int apply(ForestState forest, int r) {
    evaluate(forest, r);
    double demand = forest.subtreeDemandMbps(r);
    forest.detach(r, demand);
    if (moveKind == MOVE_PATH) {
      forest.attach(movePath, movePath.length, demand);
      return r;
    }
    forest.reroot(moveNode, reverseArc, demand);
    forest.attach(new int[] {moveArc}, 1, demand);
    return moveNode;
  }

  private void dropStale(ForestState forest) {
    while (heapSize > 0) {
      int v = heapNode[0];
      if (heapVersion[0] == version[v] && isTop(forest, v)) {
        return;
      }
      pop();
    }
  }

  // a binary max-heap on (saving, then lower node first)

  private boolean above(int i, int j) {
    return heapKey[i] != heapKey[j] ? heapKey[i] > heapKey[j] : heapNode[i] < heapNode[j];
  }

  private void push(double key, int node, int nodeVersion) {
    if (heapSize == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, 2 * heapSize);
      heapNode = Arrays.copyOf(heapNode, 2 * heapSize);
      heapVersion = Arrays.copyOf(heapVersion, 2 * heapSize);
    }
    int i = heapSize++;
    heapKey[i] = key;
    heapNode[i] = node;
    heapVersion[i] = nodeVersion;
    while (i > 0 && above(i, (i - 1) / 2)) {
      swap(i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  }

  private void pop() {
    heapSize--;
    if (heapSize == 0) {
      return;
    }
    heapKey[0] = heapKey[heapSize];
    heapNode[0] = heapNode[heapSize];
    heapVersion[0] = heapVersion[heapSize];
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      int right = left + 1;
      int top = i;
      if (left < heapSize && above(left, top)) {
        top = left;
      }
      if (right < heapSize && above(right, top)) {
        top = right;
      }
      if (top == i) {
        return;
      }
      swap(i, top);
      i = top;
    }
  }

  private void swap(int i, int j) {
    double k = heapKey[i];
    heapKey[i] = heapKey[j];
    heapKey[j] = k;
    int n = heapNode[i];
    heapNode[i] = heapNode[j];
    heapNode[j] = n;
    int w = heapVersion[i];
    heapVersion[i] = heapVersion[j];
    heapVersion[j] = w;
  }
}
