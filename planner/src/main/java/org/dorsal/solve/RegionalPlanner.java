package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Plans a large network region by region. The regions ({@link RegionPartition}: gateway
 * catchments merged up to a site limit) share no node, no link and no gateway, so their plans,
 * found in parallel, together form a feasible plan of the whole. First every region is planned by
 * the shortest-path and savings constructions, then the exact-model neighbourhood search improves
 * each region in the time that is left (so a short time limit never costs the constructions). The
 * lower bound is the better of the whole network's {@link ArborescenceBound minimum arborescence}
 * and the sum over regions of the cut-LP bound of each region's relaxation
 * ({@link RegionInstance#relaxed}); both are valid bounds of the whole instance.
 *
 * <p>A capex budget couples every region: {@link #improveWithinBudget} shares it out over the
 * regions of a plan that keeps it ({@link BudgetedRegionalPlanner}).
 */
final class RegionalPlanner {
  /** Largest number of sites in one region. */
  static final int MAX_SITES_PER_REGION = Integer.getInteger("dorsal.regionSites", 400);
  /** Share of the time limit for planning the regions; bounding takes the rest. */
  static final double PLAN_SHARE = Double.parseDouble(System.getProperty("dorsal.regionPlanShare", "0.6"));
  /** Share of the bound phase for the hop-cover prices of the whole network's arborescence; the regions' LPs take the rest. */
  static final double HOP_COVER_SHARE = 0.25;
  /** Share of the planning time for the first round (regions planned from scratch); the second round (across the borders) takes the rest. */
  static final double FIRST_ROUND_SHARE = Double.parseDouble(System.getProperty("dorsal.firstRoundShare", "0.6"));
  /** Neighbourhood steps per region: one per this many sites, at least one, at most the planner's cap. */
  static final int SITES_PER_LNS_STEP = Integer.getInteger("dorsal.regionSitesPerStep", 10);

  /**
   * The combined plan (null when some region has none), the bound, the region count, and which
   * bound it is (null when there is none).
   */
  record Result(DesignSolution solution, double boundUsd, int regionCount, String boundMethod) {}

  /** A lower bound and what gave it. */
  private record Bound(double usd, String method) {}

  private final DesignNetwork net;
  private final int maxSitesPerRegion;
  private final SolveProgress progress;
  private final boolean firstStartOnly;

  RegionalPlanner(DesignNetwork net, int maxSitesPerRegion, SolveProgress progress) {
    this(net, maxSitesPerRegion, progress, false);
  }

  private RegionalPlanner(DesignNetwork net, int maxSitesPerRegion, SolveProgress progress, boolean firstStartOnly) {
    this.net = net;
    this.maxSitesPerRegion = maxSitesPerRegion;
    this.progress = progress;
    this.firstStartOnly = firstStartOnly;
  }

  /**
   * This planner with each region's constructions cut to the first start that plans it (improved
   * to its local optimum): several times faster, for searches that plan the network many times.
   */
  RegionalPlanner firstStartOnly() {
    return new RegionalPlanner(net, maxSitesPerRegion, progress, true);
  }

  Result solve(SolveOptions options, long deadlineNanos) {
    return solve(options, deadlineNanos, null, Double.POSITIVE_INFINITY);
  }

  /**
   * Improves a plan of this network that keeps a capex budget: each region starts from its part
   * of the plan and gets a budget of its own (the plan's capex there plus a share of the slack, by
   * sites), which the neighbourhood search keeps; no round across borders. The regions must be
   * those the heuristic-only {@link #solve} drew, so that no route of the plan crosses a border.
   */
  Result improveWithinBudget(DesignSolution start, double capexBudgetUsd, SolveOptions options, long deadlineNanos) {
    return solve(options, deadlineNanos, start, capexBudgetUsd);
  }

  private Result solve(SolveOptions options, long deadlineNanos, DesignSolution start, double capexBudgetUsd) {
    long started = System.nanoTime();
    int[] catchment = RegionPartition.catchments(net);
    RegionPartition partition = RegionPartition.merged(net, catchment, maxSitesPerRegion);
    Regions first = Regions.of(net, partition);
    double[] budgets = start == null ? null : budgetShares(first, start, capexBudgetUsd);
    int threads = Math.max(1, options.threads());
    long planDeadline = started + (long) ((deadlineNanos - started) * PLAN_SHARE);
    boolean borderRound = options.useMip() && start == null;
    long firstDeadline = borderRound ? started + (long) ((planDeadline - started) * FIRST_ROUND_SHARE) : planDeadline;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dorsal-region");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger planned = new AtomicInteger();
      // first every region's constructions, each until the end of the first round if it needs
      // that long (they take about 20 s nationally, unevenly: a share by site count cut some short
      // and left most unused), then the neighbourhood search shares what is left by site count
      List<RegionPlan> plans = runAll(pool, first.count(), first.sites(), r -> () -> {
        long taskDeadline = firstDeadline;
        RegionInstance region = budgets == null ? restricted(first, r)
            : RegionInstance.restricted(net, first.members()[r], "region " + (r + 1), budgets[r]);
        DesignNetwork regionNet = DesignNetwork.of(region.instance);
        DesignSolution plan = budgets != null ? region.localSolution(net, regionNet, start)
            : firstStartOnly ? new ShortestPathHeuristic(regionNet).solve(System.nanoTime(), taskDeadline)
            : new ShortestPathHeuristic(regionNet).solve(taskDeadline);
        if (budgets == null || !options.useMip()) {
          progress.update("regions planned: " + planned.incrementAndGet() + " of " + first.count(), Double.NaN,
              Double.NaN);
        }
        return new RegionPlan(region, regionNet, plan);
      });
      if (options.useMip() && plans.stream().allMatch(p -> p.solution() != null)) {
        List<RegionPlan> constructed = plans;
        AtomicInteger improvedCount = new AtomicInteger();
        long searchStart = System.nanoTime();
        plans = runAll(pool, first.count(), first.sites(), r -> () -> {
          long taskDeadline = share(searchStart, firstDeadline, first.sites()[r], first.totalSites(), threads);
          RegionPlan plan = constructed.get(r);
          DesignSolution improved = improveRegion(plan.net(), plan.solution(), options, taskDeadline);
          progress.update("regions improved: " + improvedCount.incrementAndGet() + " of " + first.count(), Double.NaN,
              Double.NaN);
          return new RegionPlan(plan.region(), plan.net(), improved);
        });
      }
      DesignSolution combined = combine(plans);
      if (combined == null) {
        return new Result(null, Double.NEGATIVE_INFINITY, first.count(), null);
      }
      progress.update("plan of all " + first.count() + " regions", combined.objectiveUsd(), Double.NaN);
      if (borderRound) {
        DesignSolution across = acrossBorders(pool, combined, catchment, partition, planDeadline, threads);
        if (across != null && across.objectiveUsd() < combined.objectiveUsd() - 1e-6) {
          combined = across;
        }
        progress.update("neighbourhoods across the region borders", combined.objectiveUsd(), Double.NaN);
      }
      // --heuristic-only promises no lower bound, and spends no time on one
      Bound bound = options.useMip()
          ? bound(pool, first.members(), first.sites(), threads, deadlineNanos, combined.objectiveUsd())
          : new Bound(Double.NEGATIVE_INFINITY, null);
      return new Result(combined, bound.usd(), first.count(), bound.method());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Membership and site count of every region of a partition. */
  private record Regions(boolean[][] members, int[] sites, int totalSites) {
    int count() {
      return sites.length;
    }

    static Regions of(DesignNetwork net, RegionPartition partition) {
      int regions = partition.regionCount();
      boolean[][] members = new boolean[regions][net.nodeCount];
      int[] sites = new int[regions];
      int total = 0;
      for (int v = 0; v < net.nodeCount; v++) {
        members[partition.regionOfNode()[v]][v] = true;
        sites[partition.regionOfNode()[v]] += net.site[v] ? 1 : 0;
        total += net.site[v] ? 1 : 0;
      }
      return new Regions(members, sites, total);
    }
  }

  private RegionInstance restricted(Regions regions, int r) {
    return RegionInstance.restricted(net, regions.members()[r], "region " + (r + 1), Double.POSITIVE_INFINITY);
  }

  /** The regions' plans as one plan of the whole network, or null when some region has none. */
  private DesignSolution combine(List<RegionPlan> plans) {
    int[] parents = new int[net.nodeCount];
    Arrays.fill(parents, -1);
    for (RegionPlan plan : plans) {
      if (plan.solution() == null) {
        return null;
      }
      plan.region().writeGlobalParents(net, plan.net(), plan.solution(), parents);
    }
    return ForestState.fromParents(net, parents).snapshot();
  }

  /**
   * The second round: regions re-drawn around the plan's own trees (each node with the gateway its
   * route ends at) and merged up to twice the size, so that former borders run through their
   * middle; in each, the neighbourhood search starts from the plan and centres its neighbourhoods
   * on the sites next to a former border, which the first round could not move across it.
   */
  private DesignSolution acrossBorders(ExecutorService pool, DesignSolution plan, int[] catchment,
      RegionPartition firstPartition, long deadlineNanos, int threads) {
    RegionPartition partition = RegionPartition.merged(net, exitOwners(plan, catchment), 2 * maxSitesPerRegion);
    Regions second = Regions.of(net, partition);
    boolean[] border = borderSites(firstPartition);
    long phaseStart = System.nanoTime();
    List<RegionPlan> plans = runAll(pool, second.count(), second.sites(), r -> () -> {
      long taskDeadline = share(phaseStart, deadlineNanos, second.sites()[r], second.totalSites(), threads);
      RegionInstance region = restricted(second, r);
      DesignNetwork regionNet = DesignNetwork.of(region.instance);
      DesignSolution start = region.localSolution(net, regionNet, plan);
      boolean[] centres = new boolean[regionNet.nodeCount];
      int borderCount = 0;
      for (int v = 0; v < regionNet.nodeCount; v++) {
        centres[v] = border[region.globalNode[v]];
        borderCount += centres[v] ? 1 : 0;
      }
      if (borderCount == 0) {
        return new RegionPlan(region, regionNet, start);
      }
      int steps = Math.min(Planner.LNS_MAX_STEPS, Math.max(1, borderCount / SITES_PER_LNS_STEP));
      DesignSolution improved = new NeighbourhoodSearch(regionNet, Planner.LNS_GROUP_SIZE, steps,
          Planner.LNS_STEP_SAFETY_SECONDS).centredOn(centres).improve(start, taskDeadline);
      return new RegionPlan(region, regionNet, improved);
    });
    return combine(plans);
  }

  /**
   * Each node's owner for the second round: the gateway its route ends at; for a tree that ends at
   * a satellite terminal, and for unserved nodes, the catchment of the tree's top node.
   */
  private int[] exitOwners(DesignSolution plan, int[] catchment) {
    int[] owner = new int[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      int x = v;
      owner[v] = catchment[v];
      while (plan.parentArc()[x] >= 0) {
        int head = net.arcHead[plan.parentArc()[x]];
        if (head == net.root()) {
          owner[v] = catchment[x];
          break;
        }
        if (net.gateway[head]) {
          owner[v] = head;
          break;
        }
        x = head;
      }
    }
    return owner;
  }

  /** Sites with a link to a node of another region. */
  private boolean[] borderSites(RegionPartition partition) {
    boolean[] border = new boolean[net.nodeCount];
    int[] region = partition.regionOfNode();
    for (int l = 0; l < net.linkCount; l++) {
      if (net.satellite[l] || region[net.linkA[l]] == region[net.linkB[l]]) {
        continue;
      }
      border[net.linkA[l]] |= net.site[net.linkA[l]];
      border[net.linkB[l]] |= net.site[net.linkB[l]];
    }
    return border;
  }

  private record RegionPlan(RegionInstance region, DesignNetwork net, DesignSolution solution) {}

  /** The neighbourhood search on a region's plan: one step per {@link #SITES_PER_LNS_STEP} sites. */
  private static DesignSolution improveRegion(DesignNetwork regionNet, DesignSolution plan, SolveOptions options,
      long deadlineNanos) {
    if (plan == null || !options.useMip()) {
      return plan;
    }
    int siteCount = 0;
    for (int v = 0; v < regionNet.nodeCount; v++) {
      siteCount += regionNet.site[v] ? 1 : 0;
    }
    int steps = Math.min(Planner.LNS_MAX_STEPS, Math.max(1, siteCount / SITES_PER_LNS_STEP));
    return new NeighbourhoodSearch(regionNet, Planner.LNS_GROUP_SIZE, steps, Planner.LNS_STEP_SAFETY_SECONDS)
        .improve(plan, deadlineNanos);
  }

  /**
   * Each region's capex budget: the plan's capex on the region's links plus the budget's slack
   * shared by site count.
   */
  private double[] budgetShares(Regions regions, DesignSolution plan, double capexBudgetUsd) {
    double[] shares = new double[regions.count()];
    double slack = capexBudgetUsd - plan.capexUsd(net);
    for (int l = 0; l < net.linkCount; l++) {
      int k = plan.linkOption()[l];
      if (k < 0) {
        continue;
      }
      for (int r = 0; r < regions.count(); r++) {
        if (regions.members()[r][net.linkA[l]]) {
          shares[r] += net.optionCapexUsd[k];
          break;
        }
      }
    }
    for (int r = 0; r < regions.count(); r++) {
      shares[r] += Math.max(0, slack) * regions.sites()[r] / Math.max(1, regions.totalSites());
    }
    return shares;
  }

  /**
   * The better of two bounds of the whole network: its minimum arborescence (no capacities or hop
   * limits, but no borders either) and the sum of the regions' relaxation bounds, each region's
   * its cut LP's or its degree bound.
   */
  private Bound bound(ExecutorService pool, boolean[][] members, int[] sites, int threads, long deadlineNanos,
      double costUsd) {
    long started = System.nanoTime();
    long hopCoverDeadline = started + (long) ((deadlineNanos - started) * HOP_COVER_SHARE);
    double arborescence = new HopCoverBound(net).solve(costUsd, hopCoverDeadline, 1000).boundUsd();
    progress.update("bound of the whole network (minimum arborescence with hop covers)", costUsd, arborescence);
    double regions = regionsBound(pool, members, sites, threads, deadlineNanos, costUsd);
    return regions > arborescence
        ? new Bound(regions, "sum of the regions' relaxation bounds (cut LP)")
        : new Bound(arborescence, "minimum arborescence of the whole network (capacities relaxed, hop limits priced)");
  }

  /** Sum of the regions' relaxation bounds; each region's is its cut LP's, or the degree bound. */
  private double regionsBound(ExecutorService pool, boolean[][] members, int[] sites, int threads, long deadlineNanos,
      double costUsd) {
    ExitLadders.Terms exits = ExitLadders.Terms.of(net);
    AtomicInteger bounded = new AtomicInteger();
    int regions = members.length;
    long phaseStart = System.nanoTime();
    List<Double> bounds = runAll(pool, regions, sites, r -> () -> {
      long taskDeadline = share(phaseStart, deadlineNanos, sites[r], totalOf(sites), threads);
      RegionInstance relaxed = RegionInstance.relaxed(net, members[r], "region " + (r + 1), exits);
      DesignNetwork relaxedNet = DesignNetwork.of(relaxed.instance);
      // without the hop limit: a further relaxation whose LP solves several times faster (on
      // cusco-puno-generated the bound is the same to 0.001 %)
      double lp = new CutsetCuts(relaxedNet).separate(taskDeadline, false, true).lpBoundUsd();
      double degree = new DegreeBound(relaxedNet).boundUsd();
      progress.update("regions bounded: " + bounded.incrementAndGet() + " of " + regions, costUsd, Double.NaN);
      return Double.isFinite(lp) ? Math.max(lp, degree) : degree;
    });
    double sum = 0;
    for (double b : bounds) {
      sum += b;
    }
    return sum;
  }

  /**
   * This region's deadline: its share, by site count, of the phase's thread-time from now, never
   * past the phase's deadline.
   */
  private static long share(long phaseStart, long deadlineNanos, int regionSites, int totalSites, int threads) {
    long now = System.nanoTime();
    double fraction = totalSites == 0 ? 1 : Math.min(1, (double) regionSites * threads / totalSites);
    long budget = Math.max((long) ((deadlineNanos - phaseStart) * fraction), 1_000_000_000L);
    return Math.min(deadlineNanos, now + budget);
  }

  private static int totalOf(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }

  /** Runs one task per region, largest first, and returns their results in region order. */
  private static <T> List<T> runAll(ExecutorService pool, int regions, int[] sites, IntFunction<Callable<T>> task) {
    Integer[] order = new Integer[regions];
    for (int r = 0; r < regions; r++) {
      order[r] = r;
    }
    Arrays.sort(order, (p, q) -> sites[p] != sites[q] ? Integer.compare(sites[q], sites[p]) : Integer.compare(p, q));
    List<Future<T>> futures = new ArrayList<>(java.util.Collections.nCopies(regions, null));
    for (int r : order) {
      futures.set(r, pool.submit(task.apply(r)));
    }
    List<T> results = new ArrayList<>(regions);
    for (Future<T> f : futures) {
      try {
        results.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while planning regions", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("planning a region failed: " + e.getCause(), e.getCause());
      }
    }
    return results;
  }
}
