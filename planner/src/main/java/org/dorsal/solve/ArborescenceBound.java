package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lower bound over the whole network with no LP: a minimum-cost spanning arborescence
 * (Edmonds' problem, solved with mergeable heaps and contraction in O(m log n)). Every plan is a
 * forest hanging from gateways and satellite terminals, so adding a virtual root above them makes
 * it an arborescence; pricing each arc at no more than what the plan pays for it makes the
 * cheapest arborescence a bound. Capacities, uplinks and the microwave-hop limit are relaxed.
 *
 * <p>The price of a parent arc v → u:
 * <ul>
 *   <li>terrestrial: the cheapest option wide enough for v's own demand, plus v's transit at the
 *       cheapest gateway price τ (every site's traffic ends at a gateway or a satellite terminal);
 *   <li>satellite: min over options k wide enough for v of npc_k − (cap_k − d_v) τ, so that the
 *       terminal, carrying v and the D − d_v Mbps of v's subtree that pay no transit, costs the plan
 *       no less than the arborescence charges for v's arc and the subtree's transit;
 *   <li>from a site into a node r that is neither site nor gateway (a relay or junction): plus r's
 *       cheapest way out divided by r's in-degree. r's own arc is priced 0, since r pays nothing
 *       when unused (and hangs anywhere, so arcs from relays carry no share: the relay above may be
 *       unused too); a used r has at most in-degree children, so they carry at most its link's
 *       price together;
 *   <li>out of an optional site: at most its penalty (unserved, it can hang anywhere).
 * </ul>
 * An unserved optional site or an unused relay with no links hangs from the root at its penalty
 * or 0. Gateways hang from the root at 0.
 */
final class ArborescenceBound {
  private static final int NIL = -1;
  private final DesignNetwork net;
  private final double transit;
  private final double[] relayShare;
  /** Arborescence edges parent -> child; arc[e] is the design arc child -> parent, or -1 from the root. */
  private final int[] from;
  private final int[] to;
  private final int[] arc;
  /**
   * Each edge's price before rewards: a design arc's from {@link #arcPrice}; a root edge's 0 for a
   * gateway, a linkless optional site's penalty, 0 for a linkless relay.
   */
  private final double[] price;
  private final int edgeCount;

  ArborescenceBound(DesignNetwork net) {
    this.net = net;
    transit = net.cheapestTransitNpcUsdPerMbps();
    relayShare = relayShares();
    int capacity = net.arcCount + net.nodeCount;
    int[] f = new int[capacity];
    int[] t = new int[capacity];
    int[] a = new int[capacity];
    double[] w = new double[capacity];
    int count = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      int before = count;
      if (!net.gateway[v]) {
        for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
          int arcIndex = net.outArcs[i];
          double arcPrice = arcPrice(arcIndex);
          if (Double.isNaN(arcPrice)) {
            continue; // no option carries the tail's own demand
          }
          f[count] = net.arcHead[arcIndex];
          t[count] = v;
          a[count] = arcIndex;
          w[count++] = arcPrice;
        }
      }
      if (net.gateway[v] || (count == before && !(net.site[v] && net.required[v]))) {
        f[count] = net.root();
        t[count] = v;
        a[count] = NIL;
        w[count++] = net.site[v] ? net.penaltyUsd[v] : 0;
      }
    }
    from = Arrays.copyOf(f, count);
    to = Arrays.copyOf(t, count);
    arc = Arrays.copyOf(a, count);
    price = Arrays.copyOf(w, count);
    edgeCount = count;
  }

  /** The bound (USD, objective units incl. penalties); minus infinity when a required site has no way out. */
  double boundUsd() {
    return minimumArborescence(net.nodeCount + 1, net.root(), from, to, weights(null, null), edgeCount);
  }

  /**
   * A cheapest arborescence at prices lowered by rewards: its cost and, per node, the design arc it
   * hangs from where a plan would equip that arc (-1 at gateways, and for a node hung as unserved or
   * unused).
   */
  record Tree(double costUsd, int[] equippedParentArc) {}

  /**
   * The cheapest arborescence with each arc's price lowered by {@code arcRewardUsd[a]} (>= 0) where
   * the arc is equipped: a required site's arcs always, an optional site's when the lowered price is
   * below its penalty, a relay's when the reward is positive. Null when some node has no way in.
   */
  Tree solve(double[] arcRewardUsd) {
    boolean[] equipped = new boolean[edgeCount];
    double[] weight = weights(arcRewardUsd, equipped);
    Arborescence tree = solve(net.nodeCount + 1, net.root(), from, to, weight, edgeCount, true);
    if (tree == null) {
      return null;
    }
    int[] parentArc = new int[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      int e = tree.enteringEdge()[v];
      parentArc[v] = e != NIL && equipped[e] ? arc[e] : NIL;
    }
    return new Tree(tree.costUsd(), parentArc);
  }

  /**
   * Each edge's weight at prices lowered by the rewards (null: none), and in {@code equipped} (when
   * given) whether a plan would equip its arc: a required site's arcs always, an optional site's when
   * the lowered price is below its penalty (else it is unserved, hanging anywhere at its penalty), a
   * relay's when its reward is positive (else it is unused, hanging anywhere for free).
   */
  private double[] weights(double[] arcRewardUsd, boolean[] equipped) {
    double[] weight = new double[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      weight[e] = price[e];
      if (arc[e] == NIL) {
        continue;
      }
      int v = net.arcTail[arc[e]];
      double reward = arcRewardUsd == null ? 0 : arcRewardUsd[arc[e]];
      boolean equip;
      if (net.site[v] && net.required[v]) {
        equip = true;
        weight[e] -= reward;
      } else if (net.site[v]) {
        equip = price[e] - reward < net.penaltyUsd[v];
        weight[e] = equip ? price[e] - reward : net.penaltyUsd[v];
      } else {
        equip = reward > 0;
        weight[e] -= Math.max(0, reward);
      }
      if (equipped != null) {
        equipped[e] = equip;
      }
    }
    return weight;
  }

  /**
   * The price of parent arc a at the cheapest option that carries its tail's own demand; NaN when
   * none does. A relay's own arc costs 0 (unused, it has no module; used, its children pay).
   */
  private double arcPrice(int a) {
    int v = net.arcTail[a];
    int l = net.arcLink[a];
    double demand = net.demandMbps[v];
    double best = Double.NaN;
    for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
      if (net.optionCapacityMbps[k] + 1e-9 < demand) {
        continue;
      }
      double price;
      if (!net.site[v]) {
        price = 0;
      } else if (net.satellite[l]) {
        price = net.optionNpcUsd[k] - (net.optionCapacityMbps[k] - demand) * transit;
      } else {
        price = net.optionNpcUsd[k] + net.linkUsageNpcUsdPerMbps[l] * demand + demand * transit;
      }
      best = Double.isNaN(best) ? price : Math.min(best, price);
    }
    // a relay hangs under another for free: unused, neither of them pays anything
    return Double.isNaN(best) || !net.site[v] ? best : best + relayShare[net.arcHead[a]];
  }

  /** For each relay or junction: its cheapest way out divided by its in-degree; 0 for others. */
  private double[] relayShares() {
    double[] share = new double[net.nodeCount + 1];
    for (int r = 0; r < net.nodeCount; r++) {
      if (net.site[r] || net.gateway[r]) {
        continue;
      }
      double cheapest = Double.POSITIVE_INFINITY;
      for (int i = net.outStart[r]; i < net.outStart[r + 1]; i++) {
        int l = net.arcLink[net.outArcs[i]];
        for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
          cheapest = Math.min(cheapest, net.optionNpcUsd[k]);
        }
      }
      int inDegree = net.inStart[r + 1] - net.inStart[r];
      share[r] = Double.isFinite(cheapest) && inDegree > 0 ? Math.max(0, cheapest) / inDegree : 0;
    }
    return share;
  }

  /** A minimum spanning arborescence: its cost and each node's entering edge (-1 at the root). */
  record Arborescence(double costUsd, int[] enteringEdge) {}

  /**
   * The cost of a minimum spanning arborescence of nodes 0..n-1 rooted at {@code root}; minus
   * infinity when some node cannot be reached.
   */
  static double minimumArborescence(int n, int root, int[] from, int[] to, double[] weight, int edgeCount) {
    Arborescence a = solve(n, root, from, to, weight, edgeCount, false);
    return a == null ? Double.NEGATIVE_INFINITY : a.costUsd();
  }

  /**
   * The minimum spanning arborescence (null when some node cannot be reached). Each node's entering
   * edges sit in a leftist heap with a lazy offset; following cheapest entering edges back from
   * every node either reaches a finished node or closes a cycle, which is contracted (its heaps
   * merged, each edge reduced by the cost of the cycle edge it would replace). With
   * {@code edgesWanted} the contractions are undone in reverse order to name each node's edge.
   */
  static Arborescence solve(int n, int root, int[] from, int[] to, double[] weight, int edgeCount,
      boolean edgesWanted) {
    Heaps heaps = new Heaps(weight, edgeCount);
    int[] heapOf = new int[n];
    Arrays.fill(heapOf, NIL);
    for (int e = 0; e < edgeCount; e++) {
      if (from[e] != to[e]) {
        heapOf[to[e]] = heaps.merge(heapOf[to[e]], e);
      }
    }
    UnionFind sets = new UnionFind(n);
    final int done = -2;
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    seen[root] = done;
    int[] path = new int[n];
    int[] pathEdge = new int[n];
    int[] entering = new int[n];
    Arrays.fill(entering, NIL);
    // contractions in order: the node they made, the union-find time before, the cycle's edges
    List<int[]> cycles = new ArrayList<>();
    double total = 0;
    for (int s = 0; s < n; s++) {
      int len = 0;
      int u = sets.find(s);
      while (seen[u] == -1) {
        seen[u] = s;
        int h = heapOf[u];
        while (h != NIL && sets.find(from[h]) == u) {
          h = heaps.pop(h); // an edge from inside the contracted node
        }
        if (h == NIL) {
          return null;
        }
        double w = heaps.key(h);
        int e = h;
        h = heaps.pop(h);
        total += w;
        if (h != NIL) {
          heaps.add(h, -w);
        }
        heapOf[u] = h;
        path[len] = u;
        pathEdge[len++] = e;
        int p = sets.find(from[e]);
        if (seen[p] == s) {
          int end = len;
          int time = sets.time();
          int merged = NIL;
          int x;
          do {
            x = path[--len];
            merged = heaps.merge(merged, heapOf[x]);
            sets.union(x, p);
          } while (x != p);
          int rep = sets.find(p);
          heapOf[rep] = merged;
          seen[rep] = -1;
          if (edgesWanted) {
            int[] record = new int[2 + end - len];
            record[0] = rep;
            record[1] = time;
            System.arraycopy(pathEdge, len, record, 2, end - len);
            cycles.add(record);
          }
          u = rep;
        } else {
          u = p;
        }
      }
      for (int i = 0; i < len; i++) {
        seen[path[i]] = done;
        entering[sets.find(to[pathEdge[i]])] = pathEdge[i];
      }
    }
    if (!edgesWanted) {
      return new Arborescence(total, null);
    }
    for (int c = cycles.size() - 1; c >= 0; c--) {
      int[] record = cycles.get(c);
      int into = entering[record[0]];
      sets.rollback(record[1]);
      for (int i = 2; i < record.length; i++) {
        entering[sets.find(to[record[i]])] = record[i];
      }
      entering[sets.find(to[into])] = into;
    }
    entering[root] = NIL;
    return new Arborescence(total, entering);
  }

  /** Union by size without path compression, so that unions can be undone. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;
    private int[] history = new int[16];
    private int historyLength;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int v = 0; v < n; v++) {
        parent[v] = v;
        size[v] = 1;
      }
    }

    int find(int v) {
      while (parent[v] != v) {
        v = parent[v];
      }
      return v;
    }

    int time() {
      return historyLength;
    }

    void union(int a, int b) {
      a = find(a);
      b = find(b);
      if (a == b) {
        return;
      }
      if (size[a] < size[b]) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      size[a] += size[b];
      if (historyLength == history.length) {
        history = Arrays.copyOf(history, historyLength * 2);
      }
      history[historyLength++] = b;
    }

    void rollback(int time) {
      while (historyLength > time) {
        int b = history[--historyLength];
        int a = parent[b];
        size[a] -= size[b];
        parent[b] = b;
      }
    }
  }

  /** Leftist heaps over edge indices keyed by weight, with lazy additions. */
  private static final class Heaps {
    private final double[] key;
    private final double[] lazy;
    private final int[] left;
    private final int[] right;
    private final int[] rank;

    Heaps(double[] weight, int count) {
      key = Arrays.copyOf(weight, count);
      lazy = new double[count];
      left = new int[count];
      right = new int[count];
      rank = new int[count];
      Arrays.fill(left, NIL);
      Arrays.fill(right, NIL);
      Arrays.fill(rank, 1);
    }

    double key(int h) {
      push(h);
      return key[h];
    }

    void add(int h, double delta) {
      lazy[h] += delta;
    }

    int pop(int h) {
      push(h);
      return merge(left[h], right[h]);
    }

    private void push(int h) {
      if (lazy[h] != 0) {
        key[h] += lazy[h];
        if (left[h] != NIL) {
          lazy[left[h]] += lazy[h];
        }
        if (right[h] != NIL) {
          lazy[right[h]] += lazy[h];
        }
        lazy[h] = 0;
      }
    }

    /** Merges along the right spines (each O(log n) long), iteratively. */
    int merge(int a, int b) {
      if (a == NIL) {
        return b;
      }
      if (b == NIL) {
        return a;
      }
      int[] spine = new int[64];
      int depth = 0;
      int root = NIL;
      while (a != NIL && b != NIL) {
        push(a);
        push(b);
        if (key[b] < key[a]) {
          int t = a;
          a = b;
          b = t;
        }
        if (depth == spine.length) {
          spine = Arrays.copyOf(spine, depth * 2);
        }
        spine[depth++] = a;
        a = right[a];
      }
      int rest = a == NIL ? b : a;
      for (int i = depth - 1; i >= 0; i--) {
        int x = spine[i];
        right[x] = rest;
        int l = left[x];
        int rankLeft = l == NIL ? 0 : rank[l];
        int rankRight = rest == NIL ? 0 : rank[rest];
        if (rankLeft < rankRight) {
          left[x] = rest;
          right[x] = l;
        }
        rank[x] = 1 + (right[x] == NIL ? 0 : rank[right[x]]);
        rest = x;
      }
      return rest;
    }
  }
}
