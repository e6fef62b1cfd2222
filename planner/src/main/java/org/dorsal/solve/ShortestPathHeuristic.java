package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.dorsal.model.Technology;

/**
 * Construction and improvement heuristic. Sites join the forest one at a time along their
 * cheapest incremental path (modules priced by the extra capacity they need), in several
 * orders; a {@link SavingsConstruction} gives further starts, built for capacitated trees. Then
 * every connected node is repeatedly detached with its subtree and re-attached along its
 * cheapest path while that lowers the cost. The best forest is kept. Deterministic.
 */
final class ShortestPathHeuristic {
  private final DesignNetwork net;
  private final PathSearch search;
  /** Reverse of each arc, built when first needed ({@link #rehang}). */
  private int[] reverseArc;
  /** The search of the starts without leases (null when the network has no lease to leave out). */
  private final PathSearch leaseFreeSearch;

  ShortestPathHeuristic(DesignNetwork net) {
    this.net = net;
    this.search = new PathSearch(net);
    boolean[] leases = new boolean[net.linkCount];
    boolean any = false;
    for (int l = 0; l < net.linkCount; l++) {
      leases[l] = net.instance().links().get(l).technology() == Technology.FIBER_LEASE;
      any |= leases[l];
    }
    this.leaseFreeSearch = any ? new PathSearch(net, leases) : null;
  }

  /**
   * The best forest found, or null when no construction connects every required site. The
   * deadline stops the improvement and further starts once some plan is found; until then every
   * construction is tried, so a short time box never turns a plannable network into "no plan".
   */
  DesignSolution solve(long deadlineNanos) {
    return solve(deadlineNanos, deadlineNanos);
  }

  /**
   * As {@link #solve(long)}, but the first plan found is improved until {@code hardDeadlineNanos}
   * (to its local optimum, if that comes first) and only further starts stop at
   * {@code softDeadlineNanos}: a tight share of the time then still yields one fully improved plan.
   */
  DesignSolution solve(long softDeadlineNanos, long hardDeadlineNanos) {
    boolean exchangesEachStart = net.nodeCount <= EXCHANGES_ON_BEST_ONLY_NODES;
    List<int[]> orders = orders();
    Deadlines deadlines = new Deadlines(softDeadlineNanos, Math.max(softDeadlineNanos, hardDeadlineNanos),
        exchangesEachStart);
    DesignSolution best = shortestPathStarts(orders, deadlines);
    // once a plan exists, the savings starts only get the soft time box
    DesignSolution savings = best == null ? savingsStarts(orders, deadlines)
        : System.nanoTime() <= softDeadlineNanos
            ? savingsStarts(orders, new Deadlines(softDeadlineNanos, softDeadlineNanos, exchangesEachStart)) : null;
    if (best == null || (savings != null && savings.objectiveUsd() < best.objectiveUsd() - 1e-6)) {
      best = savings;
    }
    if (NEAREST_FIRST && best != null && System.nanoTime() <= softDeadlineNanos) {
      best = improveAndKeepBetter(constructNearestFirst(softDeadlineNanos), best, softDeadlineNanos,
          exchangesEachStart);
    }
    if (!exchangesEachStart && best != null) {
      // the exchanges, left out of every start's improvement, once on the best start
      ForestState forest = ForestState.fromParents(net, best.parentArc());
      improve(forest, deadlines.hardNanos(), true);
      if (forest.costUsd() < best.objectiveUsd() - 1e-6) {
        best = forest.snapshot();
      }
    }
    return best;
  }

  /**
   * Networks with more nodes than this improve each start without the exchanges between branches
   * (pairwise and cyclic), and only the best start with them: each exchange runs two path searches
   * over the whole network, and with every start (and every satellite site's trial in
   * {@link #leaveSatellites}) improved that way the largest national regions took 20-130 s each.
   */
  static final int EXCHANGES_ON_BEST_ONLY_NODES = Integer.getInteger("dorsal.exchangesOnBestOnlyNodes", 1000);

  static final boolean NEAREST_FIRST = Boolean.parseBoolean(System.getProperty("dorsal.nearestFirst", "true"));

  /**
   * The nearest-first construction (Takahashi and Matsuyama's for Steiner trees): required sites,
   * then optional ones, each time the site nearest to the forest grown so far joins it along its
   * cheapest path ({@link PathSearch}, modules and hop limits priced exactly). "Nearest" is kept
   * up to date by a Dijkstra from the nodes each new path adds, over every link's cheapest option
   * (capacities and hop limits ignored for the choice alone). Past the deadline the remaining
   * sites join in the order of their last known distance. Null when a required site has no way.
   */
  private ForestState constructNearestFirst(long deadlineNanos) {
    ForestState forest = new ForestState(net);
    double[] arcUsd = new double[net.arcCount];
    for (int a = 0; a < net.arcCount; a++) {
      arcUsd[a] = net.cheapestNpcUsd(net.arcLink[a]);
    }
    double[] dist = new double[net.nodeCount + 1];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    CostHeap nodes = new CostHeap(1024);
    List<Integer> sources = new ArrayList<>();
    sources.add(net.root());
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        sources.add(v);
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      boolean required = pass == 0;
      CostHeap sites = new CostHeap(1024);
      grow(sources, dist, arcUsd, nodes, null, required);
      for (int v = 0; v < net.nodeCount; v++) {
        if (net.site[v] && net.required[v] == required && !forest.connected(v)) {
          sites.push(dist[v], v);
        }
      }
      while (!sites.isEmpty()) {
        int v = sites.pop();
        if (forest.connected(v) || sites.poppedCost() > dist[v] + 1e-9) {
          continue;
        }
        PathSearch.Found found = search.searchOrSatellite(forest, v, net.demandMbps[v], true);
        if (found != null) {
          forest.serveIfWorthIt(v, found);
        } else if (required && !search.serveThroughSites(forest, v)) {
          return null;
        }
        if (!forest.connected(v) || System.nanoTime() > deadlineNanos) {
          continue;
        }
        List<Integer> added = new ArrayList<>();
        for (int x = v; x != net.root() && !net.gateway[x] && dist[x] > 0; x = net.arcHead[forest.parentArc[x]]) {
          added.add(x);
        }
        grow(added, dist, arcUsd, nodes, sites, required);
      }
      sources = new ArrayList<>();
      for (int v = 0; v < net.nodeCount; v++) {
        if (forest.connected(v)) {
          sources.add(v);
        }
      }
    }
    return forest;
  }

  /**
   * Lowers dist by a Dijkstra over reversed arcs from the given nodes (now at distance 0); sites
   * of the pass ({@code required} or optional) whose distance falls are pushed on {@code sites}
   * (when given). Paths do not pass through sites.
   */
  private void grow(List<Integer> from, double[] dist, double[] arcUsd, CostHeap heap, CostHeap sites,
      boolean required) {
    heap.clear();
    for (int x : from) {
      dist[x] = 0;
      heap.push(0, x);
    }
    while (!heap.isEmpty()) {
      int x = heap.pop();
      double d = heap.poppedCost();
      if (d > dist[x]) {
        continue;
      }
      boolean expand = x == net.root() || d == 0 || !net.site[x];
      if (!expand) {
        continue;
      }
      for (int i = net.inStart[x]; i < net.inStart[x + 1]; i++) {
        int a = net.inArcs[i];
        int t = net.arcTail[a];
        double nd = d + arcUsd[a];
        if (nd < dist[t] - 1e-12) {
          dist[t] = nd;
          heap.push(nd, t);
          if (sites != null && net.site[t] && net.required[t] == required) {
            sites.push(nd, t);
          }
        }
      }
    }
  }

  /** The time boxes of one solve: further starts stop at soft; the first plan's improvement at hard. */
  private record Deadlines(long softNanos, long hardNanos, boolean exchanges) {
    /** How long to improve a forest: to the hard deadline while there is no plan yet. */
    long improveUntil(DesignSolution best) {
      return best == null ? hardNanos : softNanos;
    }
  }

  /** The best of the shortest-path constructions, each improved; null when none connects every required site. */
  DesignSolution shortestPathStarts(List<int[]> orders, long deadlineNanos) {
    return shortestPathStarts(orders, new Deadlines(deadlineNanos, deadlineNanos, true));
  }

  private DesignSolution shortestPathStarts(List<int[]> orders, Deadlines deadlines) {
    DesignSolution best = null;
    int variants = (leaseFreeSearch == null ? 2 : 3) * orders.size();
    for (int variant = 0; variant < variants; variant++) {
      // every order once with satellites allowed, then once terrestrial-first: sites reach the
      // backbone by land where they can, so trunks shared by a cluster get built, and the
      // improvement moves single sites to satellite only where that is cheaper. Where there are
      // leases, every order once more terrestrial-first without them: leases priced per Mbps look
      // cheapest to each site alone, and a cluster built onto one pays per Mbps for all its traffic
      // where a trunk of its own would be cheaper; the improvement then moves single sites onto
      // leases where that is cheaper.
      boolean leaseFree = variant >= 2 * orders.size();
      ForestState forest = construct(orders.get(variant % orders.size()), variant < orders.size(),
          leaseFree ? leaseFreeSearch : search);
      best = improveAndKeepBetter(forest, best, deadlines.improveUntil(best), deadlines.exchanges());
      if (best != null && System.nanoTime() > deadlines.softNanos()) {
        break;
      }
    }
    return best;
  }

  /**
   * The best of the savings constructions (built for capacitated trees: every site on its own
   * path, then components merged by largest saving), once with satellites allowed and once
   * terrestrial-first, each improved; null when neither connects every required site. Past the
   * deadline, a variant is still built while none has connected every required site.
   */
  DesignSolution savingsStarts(List<int[]> orders, long deadlineNanos) {
    return savingsStarts(orders, new Deadlines(deadlineNanos, deadlineNanos, true));
  }

  private DesignSolution savingsStarts(List<int[]> orders, Deadlines deadlines) {
    DesignSolution best = null;
    SavingsConstruction savings = new SavingsConstruction(net);
    for (int variant = 0; variant < 2 && (best == null || System.nanoTime() <= deadlines.softNanos()); variant++) {
      long until = deadlines.improveUntil(best);
      ForestState forest = savings.build(orders.get(0), variant == 0, until);
      best = improveAndKeepBetter(forest, best, until, deadlines.exchanges());
    }
    return best;
  }

  /** Improves a constructed forest (null: none) and returns it if it beats {@code best}, else best. */
  private DesignSolution improveAndKeepBetter(ForestState forest, DesignSolution best, long deadlineNanos,
      boolean exchanges) {
    if (forest == null) {
      return best;
    }
    improve(forest, deadlineNanos, exchanges);
    forest = leaveSatellites(forest, deadlineNanos, exchanges);
    if (best == null || forest.costUsd() < best.objectiveUsd() - 1e-6) {
      return forest.snapshot();
    }
    return best;
  }

  /** Site orders to try: nearest to the backbone first, then largest demand first. */
  List<int[]> orders() {
    double[] distance = cheapestDistanceToExit();
    List<Integer> sites = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.site[v]) {
        sites.add(v);
      }
    }
    Comparator<Integer> requiredFirst = Comparator.comparing(v -> net.required[v] ? 0 : 1);
    List<int[]> orders = new ArrayList<>();
    List<Integer> byDistance = new ArrayList<>(sites);
    byDistance.sort(requiredFirst.thenComparingDouble(v -> distance[v]).thenComparingInt(v -> v));
    orders.add(toArray(byDistance));
    List<Integer> byDemand = new ArrayList<>(sites);
    byDemand.sort(requiredFirst.thenComparingDouble(v -> -net.demandMbps[v]).thenComparingDouble(v -> distance[v]).thenComparingInt(v -> v));
    orders.add(toArray(byDemand));
    return orders;
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** Cheapest-option distance from every node to a gateway or satellite exit, ignoring capacity. */
  private double[] cheapestDistanceToExit() {
    double[] dist = new double[net.nodeCount + 1];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0]).thenComparingDouble(e -> e[1]));
    dist[net.root()] = 0;
    queue.add(new double[] {0, net.root()});
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        dist[v] = 0;
        queue.add(new double[] {0, v});
      }
    }
    while (!queue.isEmpty()) {
      double[] e = queue.poll();
      int x = (int) e[1];
      if (e[0] > dist[x]) {
        continue;
      }
      for (int i = net.inStart[x]; i < net.inStart[x + 1]; i++) {
        int a = net.inArcs[i];
        double w = net.cheapestNpcUsd(net.arcLink[a]);
        int t = net.arcTail[a];
        if (e[0] + w < dist[t]) {
          dist[t] = e[0] + w;
          queue.add(new double[] {dist[t], t});
        }
      }
    }
    return dist;
  }

  private ForestState construct(int[] order, boolean satelliteAllowed, PathSearch paths) {
    ForestState forest = new ForestState(net);
    return insert(forest, order, satelliteAllowed, paths) ? forest : null;
  }

  /**
   * Joins the sites not yet connected, in this order, each along its cheapest path (an optional
   * site only when that costs less than its penalty); false when a required site has no way.
   */
  boolean insert(ForestState forest, int[] order) {
    return insert(forest, order, true, search);
  }

  private boolean insert(ForestState forest, int[] order, boolean satelliteAllowed, PathSearch paths) {
    for (int v : order) {
      if (forest.connected(v)) {
        continue; // served on the way of an earlier site (see PathSearch.serveThroughSites)
      }
      PathSearch.Found found = paths.searchOrSatellite(forest, v, net.demandMbps[v], satelliteAllowed);
      if (found != null) {
        forest.serveIfWorthIt(v, found);
      } else if (net.required[v] && !paths.serveThroughSites(forest, v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Re-routes nodes with their subtrees while that lowers the cost, and once that finds nothing
   * more, exchanges nodes between full branches; stops at the deadline.
   */
  void improve(ForestState forest, long deadlineNanos) {
    improve(forest, deadlineNanos, true);
  }

  /** As {@link #improve(ForestState, long)}; without {@code exchanges}, single moves only. */
  private void improve(ForestState forest, long deadlineNanos, boolean exchanges) {
    boolean improved = true;
    for (int pass = 0; pass < 50 && improved; pass++) {
      improved = false;
      for (int v = 0; v < net.nodeCount; v++) {
        if (System.nanoTime() > deadlineNanos) {
          return;
        }
        if (net.gateway[v] || forest.parentArc[v] < 0) {
          continue;
        }
        improved |= reroute(forest, v) || (REHANG && rehang(forest, v));
      }
      // exchanges (dearer to search) only once single moves find nothing more
      for (int v = 0; v < net.nodeCount && SWAP && exchanges && !improved; v++) {
        if (System.nanoTime() > deadlineNanos) {
          return;
        }
        if (!net.gateway[v] && forest.parentArc[v] >= 0) {
          improved = swapAny(forest, v);
        }
      }
      // cyclic exchanges of sites among several full branches (CyclicExchange): dearer still, so last
      if (CYCLIC && exchanges && !improved && System.nanoTime() <= deadlineNanos && capacitiesBind()) {
        if (cyclic == null) {
          cyclic = new CyclicExchange(net);
        }
        improved = cyclic.improve(forest);
      }
    }
  }

  static final boolean CYCLIC = Boolean.parseBoolean(System.getProperty("dorsal.cyclic", "true"));
  private CyclicExchange cyclic;
  private Boolean capacitiesBind;

  /** {@link #capacitiesCanBind()}, worked out once. */
  private boolean capacitiesBind() {
    if (capacitiesBind == null) {
      capacitiesBind = capacitiesCanBind();
    }
    return capacitiesBind;
  }

  static final boolean SWAP = Boolean.parseBoolean(System.getProperty("dorsal.swap", "true"));
  /** Nodes whose branches {@link #swapAny} tries: the heads of this many of v's cheapest arcs. */
  static final int SWAP_PARTNERS = Integer.getInteger("dorsal.swapPartners", 8);
  /** Each node's swap partners, built when first needed. */
  private int[][] partners;

  /**
   * Exchange, for when capacities bind: v's cheap way into the forest runs through a node h whose
   * way out has no room for v's traffic (on a capacitated tree: h's branch is full). Then v and a
   * node w of h's branch (h, one of h's children or one of h's ancestors) both leave with their
   * subtrees, v's subtree re-attaches along its cheapest path first (so it may take the room w
   * held), then w's. Kept when the forest gets cheaper. h is the head of one of v's cheapest arcs.
   */
  private boolean swapAny(ForestState forest, int v) {
    if (partners == null) {
      partners = capacitiesBind() ? nearestPartners() : new int[net.nodeCount][];
    }
    if (partners[v] == null) {
      return false;
    }
    double demandV = forest.subtreeDemandMbps(v);
    for (int h : partners[v]) {
      if (forest.parentArc[h] < 0 || forest.pushCost(h, demandV) != Double.POSITIVE_INFINITY) {
        continue;
      }
      for (int i = net.inStart[h]; i < net.inStart[h + 1]; i++) {
        int child = net.arcTail[net.inArcs[i]];
        if (forest.parentArc[child] == net.inArcs[i] && child != v && swap(forest, v, child)) {
          return true;
        }
      }
      for (int x = h; x != net.root() && !net.gateway[x]; x = net.arcHead[forest.parentArc[x]]) {
        if (x != v && swap(forest, v, x)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean swap(ForestState forest, int v, int w) {
    double demandV = forest.subtreeDemandMbps(v);
    double demandW = forest.subtreeDemandMbps(w);
    if (demandV <= 0 || demandW <= 0) {
      return false;
    }
    boolean[] subtreeV = forest.subtreeOf(v);
    if (subtreeV[w]) {
      return false;
    }
    boolean[] subtreeW = forest.subtreeOf(w);
    if (subtreeW[v]) {
      return false;
    }
    int runV = forest.longestRunInto(v, subtreeV);
    int runW = forest.longestRunInto(w, subtreeW);
    double before = forest.costUsd();
    int[] oldV = forest.detach(v, demandV);
    int[] oldW = forest.detach(w, demandW);
    boolean[] both = subtreeV.clone();
    for (int x = 0; x < both.length; x++) {
      both[x] |= subtreeW[x];
    }
    PathSearch.Found foundV = search.search(forest, v, demandV, runV, both);
    if (foundV != null && forest.costUsd() + foundV.costUsd() < before - 1e-6) {
      forest.attach(foundV.arcs(), foundV.arcs().length, demandV);
      PathSearch.Found foundW = search.search(forest, w, demandW, runW, subtreeW);
      if (foundW != null && forest.costUsd() + foundW.costUsd() < before - 1e-6) {
        forest.attach(foundW.arcs(), foundW.arcs().length, demandW);
        return true;
      }
      forest.detach(v, demandV);
    }
    forest.attach(oldW, oldW.length, demandW);
    forest.attach(oldV, oldV.length, demandV);
    return false;
  }

  /**
   * Whether some link or gateway uplink carries less than the total demand. When none does
   * (Steiner-like networks) no way out is ever full and exchanges are not tried at all: looking for
   * full branches walked every path in vain (SteinLib D: the heuristic's time 0.07 s -> 0.5 s).
   */
  private boolean capacitiesCanBind() {
    double total = net.totalDemandMbps();
    for (int l = 0; l < net.linkCount; l++) {
      if (net.maxCapacityMbps(l) < total) {
        return true;
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v] && net.uplinkMbps[v] < total) {
        return true;
      }
    }
    return false;
  }

  /** For each node, the non-gateway heads of its cheapest arcs (by cheapest option), nearest first. */
  private int[][] nearestPartners() {
    int[][] result = new int[net.nodeCount][];
    for (int v = 0; v < net.nodeCount; v++) {
      List<Integer> heads = new ArrayList<>();
      List<Double> costs = new ArrayList<>();
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int a = net.outArcs[i];
        if (net.arcHead[a] != net.root() && !net.gateway[net.arcHead[a]]) {
          heads.add(net.arcHead[a]);
          costs.add(net.cheapestNpcUsd(net.arcLink[a]));
        }
      }
      Integer[] order = new Integer[heads.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // stable: equal costs keep the arc order
      Arrays.sort(order, Comparator.comparingDouble(costs::get));
      result[v] = new int[Math.min(SWAP_PARTNERS, order.length)];
      for (int i = 0; i < result[v].length; i++) {
        result[v][i] = heads.get(order[i]);
      }
    }
    return result;
  }

  static final boolean REHANG = Boolean.parseBoolean(System.getProperty("dorsal.rehang", "true"));
  /** Subtrees up to this many nodes are tried by {@link #rehang}. */
  static final int REHANG_MAX_NODES = Integer.getInteger("dorsal.rehangMaxNodes", 200);

  /**
   * Key-path exchange, generalised: detaches v with its subtree and hangs the subtree from
   * whichever of its nodes connects to the rest most cheaply (the subtree re-rooted there, its
   * modules re-priced for the reversed flows), when that lowers the cost. Only for subtrees
   * without microwave links, so that every microwave run in them stays 0 after re-rooting.
   */
  private boolean rehang(ForestState forest, int v) {
    double demand = forest.subtreeDemandMbps(v);
    if (demand <= 0) {
      return false;
    }
    boolean[] subtree = forest.subtreeOf(v);
    int size = 0;
    for (int x = 0; x < net.nodeCount; x++) {
      if (!subtree[x]) {
        continue;
      }
      if (++size > REHANG_MAX_NODES || (x != v && net.microwave[net.arcLink[forest.parentArc[x]]])) {
        return false;
      }
    }
    if (size < 2) {
      return false;
    }
    if (reverseArc == null) {
      reverseArc = net.reverseArcs();
    }
    double before = forest.costUsd();
    int[] oldPath = forest.detach(v, demand);
    int[] starts = new int[size];
    double[] startCosts = new double[size];
    int n = 0;
    for (int x = 0; x < net.nodeCount; x++) {
      if (subtree[x]) {
        double cost = x == v ? 0 : forest.rerootCostUsd(x, reverseArc, demand);
        if (cost < Double.POSITIVE_INFINITY) {
          starts[n] = x;
          startCosts[n] = cost;
          n++;
        }
      }
    }
    PathSearch.Found found = search.searchFrom(forest, Arrays.copyOf(starts, n), Arrays.copyOf(startCosts, n),
        demand, subtree);
    if (found != null && forest.costUsd() + found.costUsd() < before - 1e-6) {
      int hang = net.arcTail[found.arcs()[0]];
      if (hang != v) {
        forest.reroot(hang, reverseArc, demand);
      }
      forest.attach(found.arcs(), found.arcs().length, demand);
      return true;
    }
    forest.attach(oldPath, oldPath.length, demand);
    return false;
  }

  /**
   * Satellite terminals are chosen site by site, where a shared terrestrial trunk may serve a
   * whole cluster more cheaply. For each node on satellite, try the cheapest terrestrial path,
   * let every other node re-route onto it, and keep the result when the total cost falls. The
   * trials are improved without the exchanges between branches (each exchange runs two path
   * searches, and every satellite site has a trial); a forest that changed gets them once at the
   * end when {@code exchanges} allows them.
   */
  private ForestState leaveSatellites(ForestState forest, long deadlineNanos, boolean exchanges) {
    ForestState current = forest;
    for (int v = 0; v < net.nodeCount; v++) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      int a = current.parentArc[v];
      if (a < 0 || net.arcHead[a] != net.root()) {
        continue;
      }
      ForestState trial = current.copy();
      double demand = trial.subtreeDemandMbps(v);
      boolean[] subtree = trial.subtreeOf(v);
      int startRun = trial.longestRunInto(v, subtree);
      trial.detach(v, demand);
      PathSearch.Found found = search.search(trial, v, demand, startRun, subtree, false);
      if (found == null) {
        continue;
      }
      trial.attach(found.arcs(), found.arcs().length, demand);
      improve(trial, deadlineNanos, false);
      if (trial.costUsd() < current.costUsd() - 1e-6) {
        current = trial;
      }
    }
    if (current != forest && exchanges) {
      improve(current, deadlineNanos, true);
    }
    return current;
  }

  private boolean reroute(ForestState forest, int v) {
    double demand = forest.subtreeDemandMbps(v);
    if (demand <= 0) {
      return false;
    }
    boolean[] subtree = forest.subtreeOf(v);
    int startRun = forest.longestRunInto(v, subtree);
    double before = forest.costUsd();
    int[] oldPath = forest.detach(v, demand);
    PathSearch.Found found = search.search(forest, v, demand, startRun, subtree);
    if (found != null && forest.costUsd() + found.costUsd() < before - 1e-6) {
      forest.attach(found.arcs(), found.arcs().length, demand);
      return true;
    }
    forest.attach(oldPath, oldPath.length, demand);
    return false;
  }
}
