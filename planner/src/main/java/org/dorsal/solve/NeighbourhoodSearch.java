package org.dorsal.solve;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Large-neighbourhood search with the exact model: free the routes of a small group of nodes
 * around a costly one (a satellite terminal, a long route), keep every other node's parent arc,
 * and let SCIP re-optimise the group, module sizes and flows included. A better forest replaces
 * the current one. Deterministic for a given start and time budget per step.
 */
final class NeighbourhoodSearch {
  static final String STEP_PARAMETERS = "limits/nodes = 50\nseparating/maxroundsroot = 3";

  private final DesignNetwork net;
  private final int groupSize;
  private final int maxSteps;
  private final double stepSafetySeconds;
  /** Nodes that may centre a neighbourhood (null: every served site). */
  private boolean[] eligibleCenters;

  /**
   * @param maxSteps neighbourhoods to try, in a fixed order: the work is bounded by this count and
   *     SCIP's node and separation limits, so the result does not depend on the machine's speed
   *     unless the deadline or a step's safety time box cuts it short
   */
  NeighbourhoodSearch(DesignNetwork net, int groupSize, int maxSteps, double stepSafetySeconds) {
    this.net = net;
    this.groupSize = groupSize;
    this.maxSteps = maxSteps;
    this.stepSafetySeconds = stepSafetySeconds;
  }

  /** Centres neighbourhoods only on these nodes (for example the sites along a former region border). */
  NeighbourhoodSearch centredOn(boolean[] eligible) {
    this.eligibleCenters = eligible;
    return this;
  }

  DesignSolution improve(DesignSolution start, long deadlineNanos) {
    return improve(start, deadlineNanos, () -> false);
  }

  /** As above, stopping before the next step once {@code stop} says so. */
  DesignSolution improve(DesignSolution start, long deadlineNanos, BooleanSupplier stop) {
    DesignSolution current = start;
    List<Integer> centers = centers(current);
    for (int center : centers.subList(0, Math.min(maxSteps, centers.size()))) {
      double left = (deadlineNanos - System.nanoTime()) / 1e9;
      if (left < 0.5 || stop.getAsBoolean()) {
        break;
      }
      boolean[] free = group(center);
      DesignSolution candidate = solveGroup(current, free, Math.min(stepSafetySeconds, left));
      if (candidate == null) {
        continue;
      }
      ForestState polished = ForestState.fromParents(net, candidate.parentArc());
      new ShortestPathHeuristic(net).improve(polished, deadlineNanos);
      // the polish re-equips links by net present cost alone, which may break a capex budget
      // that the step's own plan keeps
      DesignSolution polishedPlan = polished.snapshot();
      DesignSolution better = polishedPlan.withinBudget(net) ? polishedPlan : candidate;
      if (better.withinBudget(net) && better.objectiveUsd() < current.objectiveUsd() - 1e-6) {
        current = better;
      }
    }
    return current;
  }

  /** Sites to centre neighbourhoods on, by the cost of the links on their route, descending. */
  private List<Integer> centers(DesignSolution s) {
    double[] score = new double[net.nodeCount];
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || s.parentArc()[v] < 0 || (eligibleCenters != null && !eligibleCenters[v])) {
        continue;
      }
      int x = v;
      while (x != net.root() && !net.gateway[x]) {
        int a = s.parentArc()[x];
        score[v] += net.optionNpcUsd[s.linkOption()[net.arcLink[a]]];
        x = net.arcHead[a];
      }
      order.add(v);
    }
    order.sort((p, q) -> score[p] != score[q] ? Double.compare(score[q], score[p]) : Integer.compare(p, q));
    return order;
  }

  /**
   * The centre and its nearest nodes, up to the group size: by the cheapest option's net present
   * cost (on dense networks, where every node is a link or two away, hops say nothing of nearness;
   * cm50 at 10 s: 3.38 % -> 2.75 % on five entries, cusco-puno 68,290,749 -> 68,279,771 USD), or by
   * number of links with {@code -Ddorsal.lnsGroupByCost=false}.
   */
  private boolean[] group(int center) {
    return GROUP_BY_COST ? groupByCost(center) : groupByHops(center);
  }

  static final boolean GROUP_BY_COST = Boolean.parseBoolean(System.getProperty("dorsal.lnsGroupByCost", "true"));

  private boolean[] groupByHops(int center) {
    boolean[] in = new boolean[net.nodeCount];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(center);
    in[center] = true;
    int size = 1;
    while (!queue.isEmpty() && size < groupSize) {
      int x = queue.poll();
      for (int i = net.outStart[x]; i < net.outStart[x + 1] && size < groupSize; i++) {
        int h = net.arcHead[net.outArcs[i]];
        if (h != net.root() && !in[h] && !net.gateway[h]) {
          in[h] = true;
          size++;
          queue.add(h);
        }
      }
    }
    return in;
  }

  private boolean[] groupByCost(int center) {
    return nearestByCost(net, center, groupSize);
  }

  /**
   * The centre and its nearest nodes (gateways excluded), up to {@code groupSize}, by the cheapest
   * option's net present cost along the links.
   */
  static boolean[] nearestByCost(DesignNetwork net, int center, int groupSize) {
    boolean[] in = new boolean[net.nodeCount];
    double[] dist = new double[net.nodeCount];
    java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
    CostHeap heap = new CostHeap(64);
    dist[center] = 0;
    heap.push(0, center);
    int size = 0;
    while (!heap.isEmpty() && size < groupSize) {
      int x = heap.pop();
      if (in[x] || heap.poppedCost() > dist[x]) {
        continue;
      }
      in[x] = true;
      size++;
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int h = net.arcHead[a];
        if (h == net.root() || net.gateway[h] || in[h]) {
          continue;
        }
        double w = net.cheapestNpcUsd(net.arcLink[a]);
        if (dist[x] + w < dist[h]) {
          dist[h] = dist[x] + w;
          heap.push(dist[h], h);
        }
      }
    }
    return in;
  }

  private DesignSolution solveGroup(DesignSolution current, boolean[] free, double seconds) {
    try (MipModel model = new MipModel(net)) {
      return solveGroup(model, current, free, seconds);
    }
  }

  private DesignSolution solveGroup(MipModel model, DesignSolution current, boolean[] free, double seconds) {
    for (int v = 0; v < net.nodeCount; v++) {
      if (free[v] || net.gateway[v]) {
        continue;
      }
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int a = net.outArcs[i];
        double fixed = current.parentArc()[v] == a ? 1 : 0;
        model.y[a].setBounds(fixed, fixed);
      }
      if (model.served[v] != null) {
        double served = current.parentArc()[v] >= 0 ? 1 : 0;
        model.served[v].setBounds(served, served);
      }
    }
    MipSolver solver = new MipSolver(net);
    solver.hint(model, current);
    model.solver.setTimeLimit(Math.max(100, (long) (seconds * 1000)));
    // bounded effort per step: without these, SCIP spends any time box on root cuts of the
    // (mostly fixed) model and returns the hint; with them steps finish in 1-7 s here
    model.solver.setSolverSpecificParametersAsString(STEP_PARAMETERS);
    MPSolverParameters params = new MPSolverParameters();
    params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-6);
    MPSolver.ResultStatus status = model.solver.solve(params);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return null;
    }
    return solver.extract(model);
  }
}
