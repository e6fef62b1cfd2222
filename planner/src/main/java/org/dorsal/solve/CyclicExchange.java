package org.dorsal.solve;

import java.util.Arrays;

/**
 * Cyclic and path exchanges of sites between branches: the multi-exchange neighbourhood of Ahuja,
 * Orlin and Sharma for capacitated trees, written for Dorsal's forests. A branch is everything
 * below one arc into an exit (a gateway or the satellite root); its cost is estimated as that of
 * a minimum spanning tree of its sites and its exit over direct links, each link priced at its
 * cheapest module for the branch's whole demand, plus the branch's transit. In the improvement
 * graph an arc x -> j means "site x joins j's branch and j leaves it"; its cost is the change in
 * that branch's estimate. Pseudo-nodes stand for "joins branch b, nobody leaves" and "forms a new
 * branch straight to an exit". A cycle whose branches all differ changes each of them once, so
 * its cost is the sum of its arcs; where capacities bind (every branch full) such cycles make the
 * moves that re-routes and pairwise swaps cannot.
 *
 * <p>The search is a depth-first walk from every node of the graph with the gain criterion (every
 * prefix has negative cost, which some rotation of every negative cycle has), up to {@link
 * #MAX_LENGTH} arcs and {@link #MAX_EXPANSIONS} steps: deterministic and bounded. The best cycle
 * is applied by re-spanning the branches it touches (their relays are dropped) and kept only when
 * the forest's own cost falls and gateway uplinks and microwave-hop limits still hold. Branches
 * whose sites have no direct links between them get no finite estimate and take no part, nor do
 * branches of more than {@link #MAX_BRANCH_SITES} sites; sites are swapped only into full branches
 * (others take them without an exchange). The search runs only where at least two branches, and at
 * least half of them, are full ({@link #fullBranches}).
 */
final class CyclicExchange {
  static final int MAX_LENGTH = Integer.getInteger("dorsal.cyclicLength", 5);
  static final int MAX_EXPANSIONS = Integer.getInteger("dorsal.cyclicExpansions", 100_000);
  /**
   * Branches with more sites take no part: re-spanning one costs time quadratic in its size for
   * every site that might join or leave it, and a spanning tree priced for the branch's whole
   * demand says little about a big branch whose links carry very different flows (peru-south,
   * 400-site regions with long trunks: 60 s plans 290 M -> 360 M USD without this limit).
   */
  static final int MAX_BRANCH_SITES = Integer.getInteger("dorsal.cyclicBranchSites", 40);
  private static final double EPSILON = 1e-6;

  private final DesignNetwork net;
  private final int[] reverseArc;

  // the forest's branches: per node its branch (-1: none), per branch its exit and sites
  private int[] branchOf;
  private int branchCount;
  private int[] exitOf;
  /** Whether the branch has no room for a typical site's demand ({@link #fullBranches}). */
  private boolean[] full;
  private double medianDemandMbps = -1;
  private int[][] sitesOf;

  // the improvement graph: nodes 0..n-1 (sites), n + b (joins branch b), n + B (new branch)
  private int graphSize;
  private int[][] arcTo;
  private double[][] arcCost;
  /** For an arc into the new-branch node: the exit arc of the site. */
  private int[][] arcExit;

  // depth-first search state
  private int[] path;
  private int[] pathArc;
  private boolean[] branchUsed;
  private boolean newBranchUsed;
  private int expansions;
  private double bestCost;
  private int[] bestCycle;
  private int[] bestArc;

  // scratch for spanning trees
  private final boolean[] inSet;
  private final boolean[] inTree;
  private final double[] key;
  private final int[] keyArc;

  CyclicExchange(DesignNetwork net) {
    this.net = net;
    this.reverseArc = net.reverseArcs();
    inSet = new boolean[net.nodeCount + 1];
    inTree = new boolean[net.nodeCount + 1];
    key = new double[net.nodeCount + 1];
    keyArc = new int[net.nodeCount + 1];
  }

  /** Applies the best negative exchange found; whether the forest got cheaper. */
  boolean improve(ForestState forest) {
    findBranches(forest);
    int fullCount = fullBranches(forest);
    if (fullCount < 2 || 2 * fullCount < branchCount) {
      return false;
    }
    build(forest);
    search();
    return bestCycle != null && apply(forest);
  }

  private void findBranches(ForestState forest) {
    int n = net.nodeCount;
    branchOf = new int[n];
    Arrays.fill(branchOf, -1);
    int[] branchOfTop = new int[n];
    Arrays.fill(branchOfTop, -1);
    int[] exits = new int[n];
    int[] sizes = new int[n];
    branchCount = 0;
    for (int v = 0; v < n; v++) {
      if (net.gateway[v] || forest.parentArc[v] < 0) {
        continue;
      }
      int top = v;
      while (!isExit(net.arcHead[forest.parentArc[top]])) {
        top = net.arcHead[forest.parentArc[top]];
      }
      if (branchOfTop[top] < 0) {
        exits[branchCount] = net.arcHead[forest.parentArc[top]];
        branchOfTop[top] = branchCount++;
      }
      branchOf[v] = branchOfTop[top];
      if (net.site[v]) {
        sizes[branchOf[v]]++;
      }
    }
    exitOf = Arrays.copyOf(exits, branchCount);
    sitesOf = new int[branchCount][];
    for (int b = 0; b < branchCount; b++) {
      sitesOf[b] = new int[sizes[b]];
    }
    int[] fill = new int[branchCount];
    for (int v = 0; v < n; v++) {
      if (branchOf[v] >= 0 && net.site[v]) {
        sitesOf[branchOf[v]][fill[branchOf[v]]++] = v;
      }
    }
  }

  /**
   * Branches without room for the median site's demand, on their top link or at their gateway's
   * uplink. Exchanges exist to get around full branches: where few are full, re-routes reach what
   * they would (peru-south: 513 searches in a 60 s plan found 1 exchange and took 8.9 s).
   */
  private int fullBranches(ForestState forest) {
    double typicalDemand = medianSiteDemandMbps();
    boolean[] counted = new boolean[branchCount];
    full = new boolean[branchCount];
    int fullCount = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      int b = branchOf[v];
      if (b < 0 || counted[b] || !isExit(net.arcHead[forest.parentArc[v]])) {
        continue;
      }
      counted[b] = true;
      int l = net.arcLink[forest.parentArc[v]];
      double room = net.maxCapacityMbps(l) - forest.linkFlowMbps[l];
      int exit = exitOf[b];
      if (exit != net.root()) {
        room = Math.min(room, net.uplinkMbps[exit] - forest.gatewayLoadMbps[exit]);
      }
      if (room < typicalDemand - 1e-9) {
        full[b] = true;
        fullCount++;
      }
    }
    return fullCount;
  }

  private double medianSiteDemandMbps() {
    if (medianDemandMbps < 0) {
      double[] demands = new double[net.nodeCount];
      int count = 0;
      for (int v = 0; v < net.nodeCount; v++) {
        if (net.site[v]) {
          demands[count++] = net.demandMbps[v];
        }
      }
      Arrays.sort(demands, 0, count);
      medianDemandMbps = count == 0 ? 0 : demands[count / 2];
    }
    return medianDemandMbps;
  }

  private boolean isExit(int v) {
    return v == net.root() || net.gateway[v];
  }

  private void build(ForestState forest) {
    int n = net.nodeCount;
    graphSize = n + branchCount + 1;
    int newBranch = n + branchCount;
    ArcLists lists = new ArcLists(graphSize);
    double[] current = new double[branchCount];
    for (int b = 0; b < branchCount; b++) {
      current[b] = sitesOf[b].length > MAX_BRANCH_SITES ? Double.POSITIVE_INFINITY
          : spanningCost(sitesOf[b], -1, -1, exitOf[b], null);
    }
    int[] stamp = new int[n];
    int[] neighbours = new int[n];
    for (int b = 0; b < branchCount; b++) {
      if (current[b] == Double.POSITIVE_INFINITY) {
        continue;
      }
      int[] sites = sitesOf[b];
      // only sites with a direct link into the branch can join it
      int neighbourCount = 0;
      for (int v : sites) {
        for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
          int x = net.arcHead[net.outArcs[i]];
          if (x != net.root() && net.site[x] && branchOf[x] >= 0 && branchOf[x] != b && stamp[x] != b + 1) {
            stamp[x] = b + 1;
            neighbours[neighbourCount++] = x;
          }
        }
      }
      Arrays.sort(neighbours, 0, neighbourCount);
      for (int j : sites) {
        // j leaves b: nobody joins (from a pseudo-node) or x joins (from x)
        double leave = spanningCost(sites, j, -1, exitOf[b], null) - current[b];
        if (leave < Double.POSITIVE_INFINITY) {
          for (int p = 0; p <= branchCount; p++) {
            if (p != b) {
              lists.add(n + p, j, leave, -1);
            }
          }
        }
        // a site joins a branch with room without anyone leaving (the pseudo-node's arcs)
        for (int c = 0; c < neighbourCount && full[b]; c++) {
          int x = neighbours[c];
          double swap = spanningCost(sites, j, x, exitOf[b], null) - current[b];
          if (swap < Double.POSITIVE_INFINITY) {
            lists.add(x, j, swap, -1);
          }
        }
      }
      for (int c = 0; c < neighbourCount; c++) {
        int x = neighbours[c];
        double join = spanningCost(sites, -1, x, exitOf[b], null) - current[b];
        if (join < Double.POSITIVE_INFINITY) {
          lists.add(x, n + b, join, -1);
        }
      }
    }
    for (int x = 0; x < n; x++) {
      if (!net.site[x] || branchOf[x] < 0) {
        continue;
      }
      int exitArc = cheapestExitArc(x);
      if (exitArc >= 0 && exitArc != forest.parentArc[x]) {
        lists.add(x, newBranch, exitCost(exitArc, net.demandMbps[x]), exitArc);
      }
    }
    arcTo = new int[graphSize][];
    arcCost = new double[graphSize][];
    arcExit = new int[graphSize][];
    for (int v = 0; v < graphSize; v++) {
      arcTo[v] = Arrays.copyOf(lists.to[v], lists.size[v]);
      arcCost[v] = Arrays.copyOf(lists.cost[v], lists.size[v]);
      arcExit[v] = Arrays.copyOf(lists.exit[v], lists.size[v]);
    }
  }

  /** The site's cheapest direct arc into an exit that carries its own demand, -1 if none. */
  private int cheapestExitArc(int x) {
    int best = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
      int a = net.outArcs[i];
      if (isExit(net.arcHead[a])) {
        double cost = exitCost(a, net.demandMbps[x]);
        if (cost < bestCost) {
          bestCost = cost;
          best = a;
        }
      }
    }
    return best;
  }

  private double exitCost(int arc, double demandMbps) {
    int exit = net.arcHead[arc];
    double transit = exit == net.root() ? 0 : demandMbps * net.transitNpcUsdPerMbps[exit];
    return net.cheapestNpcUsdFor(net.arcLink[arc], demandMbps) + transit;
  }

  /**
   * Estimated cost of a branch of these sites, less {@code leaving}, plus {@code joining} (-1:
   * none), spanning them and the exit over direct links (Prim's algorithm), each link at its
   * cheapest module for the branch's demand, plus transit. Infinity when they cannot be spanned.
   * With {@code parents}, writes each site's parent arc there.
   */
  private double spanningCost(int[] sites, int leaving, int joining, int exit, int[] parents) {
    double demand = 0;
    int count = 0;
    for (int v : sites) {
      if (v != leaving) {
        inSet[v] = true;
        demand += net.demandMbps[v];
        count++;
      }
    }
    if (joining >= 0) {
      inSet[joining] = true;
      demand += net.demandMbps[joining];
      count++;
    }
    double total = exit == net.root() ? 0 : demand * net.transitNpcUsdPerMbps[exit];
    if (count == 0) {
      clear(sites, joining);
      return 0;
    }
    // keys: the cheapest arc from each site into the tree, which first holds only the exit
    for (int v : sites) {
      initialKey(v, exit, demand);
    }
    if (joining >= 0) {
      initialKey(joining, exit, demand);
    }
    for (int added = 0; added < count; added++) {
      int next = -1;
      for (int v : sites) {
        next = better(v, next);
      }
      if (joining >= 0) {
        next = better(joining, next);
      }
      if (next < 0 || key[next] == Double.POSITIVE_INFINITY) {
        clear(sites, joining);
        return Double.POSITIVE_INFINITY;
      }
      inTree[next] = true;
      total += key[next];
      if (parents != null) {
        parents[next] = keyArc[next];
      }
      for (int i = net.outStart[next]; i < net.outStart[next + 1]; i++) {
        int a = net.outArcs[i];
        int h = net.arcHead[a];
        if (h == net.root() || !inSet[h] || inTree[h] || reverseArc[a] < 0) {
          continue;
        }
        double w = net.cheapestNpcUsdFor(net.arcLink[a], demand);
        if (w < key[h]) {
          key[h] = w;
          keyArc[h] = reverseArc[a];
        }
      }
    }
    clear(sites, joining);
    return total;
  }

  private void initialKey(int v, int exit, double demand) {
    if (!inSet[v]) {
      return;
    }
    key[v] = Double.POSITIVE_INFINITY;
    keyArc[v] = -1;
    for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
      int a = net.outArcs[i];
      if (net.arcHead[a] == exit) {
        double w = net.cheapestNpcUsdFor(net.arcLink[a], demand);
        if (w < key[v]) {
          key[v] = w;
          keyArc[v] = a;
        }
      }
    }
  }

  private int better(int v, int best) {
    if (!inSet[v] || inTree[v]) {
      return best;
    }
    return best < 0 || key[v] < key[best] ? v : best;
  }

  private void clear(int[] sites, int joining) {
    for (int v : sites) {
      inSet[v] = false;
      inTree[v] = false;
    }
    if (joining >= 0) {
      inSet[joining] = false;
      inTree[joining] = false;
    }
  }

  private void search() {
    path = new int[MAX_LENGTH + 1];
    pathArc = new int[MAX_LENGTH + 1];
    branchUsed = new boolean[branchCount];
    newBranchUsed = false;
    expansions = 0;
    bestCost = -EPSILON;
    bestCycle = null;
    for (int s = 0; s < graphSize && expansions < MAX_EXPANSIONS; s++) {
      if (arcTo[s].length == 0) {
        continue;
      }
      path[0] = s;
      claim(s);
      walk(1, 0);
      release(s);
    }
  }

  private void walk(int length, double sum) {
    int from = path[length - 1];
    for (int i = 0; i < arcTo[from].length && expansions < MAX_EXPANSIONS; i++) {
      int to = arcTo[from][i];
      double total = sum + arcCost[from][i];
      if (total >= -EPSILON) {
        continue;
      }
      expansions++;
      pathArc[length - 1] = i;
      if (to == path[0]) {
        if (length >= 2 && total < bestCost) {
          bestCost = total;
          bestCycle = Arrays.copyOf(path, length);
          bestArc = Arrays.copyOf(pathArc, length);
        }
        continue;
      }
      if (length == MAX_LENGTH || !claim(to)) {
        continue;
      }
      path[length] = to;
      walk(length + 1, total);
      release(to);
    }
  }

  /** Marks the branch of a graph node used; false when it already is. */
  private boolean claim(int node) {
    int n = net.nodeCount;
    if (node == n + branchCount) {
      boolean free = !newBranchUsed;
      newBranchUsed = true;
      return free;
    }
    int b = node < n ? branchOf[node] : node - n;
    boolean free = !branchUsed[b];
    branchUsed[b] = true;
    return free;
  }

  private void release(int node) {
    int n = net.nodeCount;
    if (node == n + branchCount) {
      newBranchUsed = false;
    } else {
      branchUsed[node < n ? branchOf[node] : node - n] = false;
    }
  }

  /**
   * Re-spans the branches the best cycle touches with their new sites and keeps the result when it
   * is cheaper and keeps uplinks and hop limits; false (forest unchanged) otherwise.
   */
  private boolean apply(ForestState forest) {
    int n = net.nodeCount;
    int m = bestCycle.length;
    int[] target = new int[n];
    Arrays.fill(target, -2);
    boolean[] touched = new boolean[branchCount];
    int newSite = -1;
    int newExitArc = -1;
    for (int i = 0; i < m; i++) {
      int x = bestCycle[i];
      int next = bestCycle[(i + 1) % m];
      if (x < n) {
        touched[branchOf[x]] = true;
        if (next < n) {
          target[x] = branchOf[next];
        } else if (next < n + branchCount) {
          target[x] = next - n;
        } else {
          target[x] = -1;
          newSite = x;
          newExitArc = arcExit[x][bestArc[i]];
        }
      } else if (x < n + branchCount) {
        touched[x - n] = true;
      }
    }
    int[] parents = forest.parentArc.clone();
    for (int v = 0; v < n; v++) {
      if (branchOf[v] >= 0 && touched[branchOf[v]]) {
        parents[v] = -1;
      }
    }
    for (int b = 0; b < branchCount; b++) {
      if (!touched[b]) {
        continue;
      }
      int[] sites = newSites(b, target);
      if (spanningCost(sites, -1, -1, exitOf[b], parents) == Double.POSITIVE_INFINITY) {
        return false;
      }
    }
    if (newSite >= 0) {
      parents[newSite] = newExitArc;
    }
    ForestState trial = ForestState.fromParents(net, parents);
    if (trial.costUsd() >= forest.costUsd() - EPSILON || !keepsLimits(trial)) {
      return false;
    }
    forest.copyFrom(trial);
    return true;
  }

  /** Branch b's sites after the exchange ({@code target}: each moving site's new branch). */
  private int[] newSites(int b, int[] target) {
    int[] sites = new int[net.nodeCount];
    int count = 0;
    for (int v : sitesOf[b]) {
      if (target[v] == -2) {
        sites[count++] = v;
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (target[v] == b) {
        sites[count++] = v;
      }
    }
    return Arrays.copyOf(sites, count);
  }

  private boolean keepsLimits(ForestState trial) {
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v] && trial.gatewayLoadMbps[v] > net.uplinkMbps[v] + 1e-9) {
        return false;
      }
      if (net.site[v] && trial.parentArc[v] >= 0 && trial.runToFiber(v) > net.maxMicrowaveHops) {
        return false;
      }
    }
    return true;
  }

  /** Growable adjacency lists of the improvement graph. */
  private static final class ArcLists {
    final int[][] to;
    final double[][] cost;
    final int[][] exit;
    final int[] size;

    ArcLists(int nodes) {
      to = new int[nodes][4];
      cost = new double[nodes][4];
      exit = new int[nodes][4];
      size = new int[nodes];
    }

    void add(int from, int target, double c, int exitArc) {
      if (size[from] == to[from].length) {
        int grown = 2 * size[from];
        to[from] = Arrays.copyOf(to[from], grown);
        cost[from] = Arrays.copyOf(cost[from], grown);
        exit[from] = Arrays.copyOf(exit[from], grown);
      }
      to[from][size[from]] = target;
      cost[from][size[from]] = c;
      exit[from][size[from]] = exitArc;
      size[from]++;
    }
  }
}
