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
 * found in parallel, together form a feasible plan of the whole; each region is planned by the
 * shortest-path and savings constructions and then the exact-model neighbourhood search. The
 * lower bound is the sum over regions of the cut-LP bound of each region's relaxation
 * ({@link RegionInstance#relaxed}), which is a valid bound of the whole instance.
 *
 * <p>Not used with a capex budget, which couples every region.
 */
final class RegionalPlanner {
  /** Largest number of sites in one region. */
  static final int MAX_SITES_PER_REGION = Integer.getInteger("dorsal.regionSites", 400);
  /** Share of the time limit for planning the regions; bounding takes the rest. */
  static final double PLAN_SHARE = Double.parseDouble(System.getProperty("dorsal.regionPlanShare", "0.6"));
  /** Neighbourhood steps per region: one per this many sites, at least one, at most the planner's cap. */
  static final int SITES_PER_LNS_STEP = Integer.getInteger("dorsal.regionSitesPerStep", 10);

  /** The combined plan (null when some region has none), the bound, and the region count. */
  record Result(DesignSolution solution, double boundUsd, int regionCount) {}

  private final DesignNetwork net;
  private final int maxSitesPerRegion;
  private final SolveProgress progress;

  RegionalPlanner(DesignNetwork net, int maxSitesPerRegion, SolveProgress progress) {
    this.net = net;
    this.maxSitesPerRegion = maxSitesPerRegion;
    this.progress = progress;
  }

  Result solve(SolveOptions options, long deadlineNanos) {
    long started = System.nanoTime();
    RegionPartition partition = RegionPartition.of(net, maxSitesPerRegion);
    int regions = partition.regionCount();
    boolean[][] members = new boolean[regions][net.nodeCount];
    int[] sites = new int[regions];
    for (int v = 0; v < net.nodeCount; v++) {
      members[partition.regionOfNode()[v]][v] = true;
      sites[partition.regionOfNode()[v]] += net.site[v] ? 1 : 0;
    }
    int threads = Math.max(1, options.threads());
    long planDeadline = started + (long) ((deadlineNanos - started) * PLAN_SHARE);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dorsal-region");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger planned = new AtomicInteger();
      long phaseStart = System.nanoTime();
      List<RegionPlan> plans = runAll(pool, regions, sites, r -> () -> {
        long taskDeadline = share(phaseStart, planDeadline, sites[r], totalOf(sites), threads);
        RegionInstance region = RegionInstance.restricted(net, members[r], "region " + (r + 1), Double.POSITIVE_INFINITY);
        DesignNetwork regionNet = DesignNetwork.of(region.instance);
        DesignSolution plan = planRegion(regionNet, options, taskDeadline);
        progress.update("regions planned: " + planned.incrementAndGet() + " of " + regions, Double.NaN, Double.NaN);
        return new RegionPlan(region, regionNet, plan);
      });
      int[] parents = new int[net.nodeCount];
      Arrays.fill(parents, -1);
      for (RegionPlan plan : plans) {
        if (plan.solution() == null) {
          return new Result(null, Double.NEGATIVE_INFINITY, regions);
        }
        int[] regionParents = plan.region().globalParents(net, plan.net(), plan.solution());
        for (int v = 0; v < net.nodeCount; v++) {
          if (regionParents[v] >= 0) {
            parents[v] = regionParents[v];
          }
        }
      }
      DesignSolution combined = ForestState.fromParents(net, parents).snapshot();
      progress.update("plan of all " + regions + " regions", combined.objectiveUsd(), Double.NaN);
      double bound = bound(pool, members, sites, threads, deadlineNanos, combined.objectiveUsd());
      return new Result(combined, bound, regions);
    } finally {
      pool.shutdownNow();
    }
  }

  private record RegionPlan(RegionInstance region, DesignNetwork net, DesignSolution solution) {}

  private DesignSolution planRegion(DesignNetwork regionNet, SolveOptions options, long deadlineNanos) {
    long now = System.nanoTime();
    long heuristicDeadline = now + (deadlineNanos - now) / 4;
    DesignSolution plan = new ShortestPathHeuristic(regionNet).solve(heuristicDeadline);
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

  /** Sum of the regions' relaxation bounds; each region's is its cut LP's, or the degree bound. */
  private double bound(ExecutorService pool, boolean[][] members, int[] sites, int threads, long deadlineNanos,
      double costUsd) {
    double exitTransit = cheapestTransitUsdPerMbpsMonth();
    AtomicInteger bounded = new AtomicInteger();
    int regions = members.length;
    long phaseStart = System.nanoTime();
    List<Double> bounds = runAll(pool, regions, sites, r -> () -> {
      long taskDeadline = share(phaseStart, deadlineNanos, sites[r], totalOf(sites), threads);
      RegionInstance relaxed = RegionInstance.relaxed(net, members[r], "region " + (r + 1), exitTransit);
      DesignNetwork relaxedNet = DesignNetwork.of(relaxed.instance);
      // without the hop limit: a further relaxation whose LP solves several times faster (on
      // cusco-puno-generated the bound is the same to 0.001 %)
      double lp = new CutsetCuts(relaxedNet).separate(taskDeadline, false).lpBoundUsd();
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

  private double cheapestTransitUsdPerMbpsMonth() {
    double min = Double.POSITIVE_INFINITY;
    for (var node : net.instance().nodes()) {
      if (node.isGateway()) {
        min = Math.min(min, node.transitUsdPerMbpsMonth());
      }
    }
    return Double.isFinite(min) ? min : 0;
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
