package org.dorsal.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The single-sink capacitated fixed-charge design as a MIP (OR-Tools, SCIP backend).
 *
 * <p>Variables: z[k] per option (at most one per link), y[a] per arc (the arc is some node's
 * route to its parent), f[a] flow per arc, s[v] per optional site (served), u[g] uplink load per
 * gateway, h[v] microwave run length per node. Constraints: one parent arc per served site (at
 * most one per relay or junction), a node that receives a route forwards it, flow conservation
 * with the site's demand, flow only on parent arcs and within the chosen module, gateway uplink
 * capacity, runs of consecutive microwave arcs at most H, optional capex budget. Objective: NPC of
 * the chosen options plus transit plus penalties of unserved optional sites.
 */
final class MipModel implements AutoCloseable {
  static {
    Loader.loadNativeLibraries();
  }

  final MPSolver solver;
  final MPVariable[] z;
  final MPVariable[] y;
  final MPVariable[] f;
  final MPVariable[] served;
  final MPVariable[] uplink;
  /** level[a][r]: microwave arc a used with its tail r hops from fiber (null for other arcs). */
  final MPVariable[][] level;
  private final DesignNetwork net;

  MipModel(DesignNetwork net) {
    this(net, "SCIP", null);
  }

  MipModel(DesignNetwork net, String solverId, boolean[] commoditySites) {
    this(net, solverId, commoditySites, true);
  }

  /**
   * @param hopLevels false to leave out the microwave-hop limit (a relaxation: its LP is much
   *     smaller and still a valid bound)
   */
  MipModel(DesignNetwork net, String solverId, boolean[] commoditySites, boolean hopLevels) {
    this.net = net;
    solver = MPSolver.createSolver(solverId);
    if (solver == null) {
      throw new IllegalStateException("OR-Tools has no SCIP backend on this platform");
    }
    solver.suppressOutput();
    int optionCount = net.optionStart[net.linkCount];
    z = new MPVariable[optionCount];
    y = new MPVariable[net.arcCount];
    f = new MPVariable[net.arcCount];
    served = new MPVariable[net.nodeCount];
    uplink = new MPVariable[net.nodeCount];
    level = new MPVariable[net.arcCount][];
    build(hopLevels);
    if (commoditySites != null) {
      addSiteCommodities(commoditySites);
    }
  }

  /** Per-site routing variables x[s][a] <= y[a]: the strong (directed-cut-like) formulation. */
  private void addSiteCommodities(boolean[] commoditySites) {
    double infinity = MPSolver.infinity();
    MPConstraint[] link = new MPConstraint[net.arcCount];
    for (int a = 0; a < net.arcCount; a++) {
      // the aggregated flow carries at least the demand of the disaggregated sites on it
      link[a] = solver.makeConstraint(-infinity, 0);
      link[a].setCoefficient(f[a], -1);
    }
    for (int s = 0; s < net.nodeCount; s++) {
      if (!net.site[s] || !commoditySites[s]) {
        continue;
      }
      MPVariable[] x = new MPVariable[net.arcCount];
      for (int a = 0; a < net.arcCount; a++) {
        x[a] = solver.makeNumVar(0, 1, "");
        MPConstraint cap = solver.makeConstraint(-infinity, 0);
        cap.setCoefficient(x[a], 1);
        cap.setCoefficient(y[a], -1);
        link[a].setCoefficient(x[a], net.demandMbps[s]);
      }
      for (int v = 0; v < net.nodeCount; v++) {
        if (net.gateway[v]) {
          continue;
        }
        double rhs = v == s && net.required[s] ? 1 : 0;
        MPConstraint c = solver.makeConstraint(rhs, rhs);
        if (v == s && !net.required[s]) {
          c.setCoefficient(served[s], -1);
        }
        for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
          c.setCoefficient(x[net.outArcs[i]], 1);
        }
        for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
          c.setCoefficient(x[net.inArcs[i]], -1);
        }
      }
    }
  }

  DesignNetwork network() {
    return net;
  }

  /**
   * Frees the solver's native memory now. OR-Tools frees it only when the garbage collector
   * finalizes the solver, which a small Java heap rarely triggers: the national run, planning
   * hundreds of neighbourhoods, grew to 18.8 GB of resident memory with under 1 GB of heap.
   */
  @Override
  public void close() {
    solver.delete();
  }

  private void build(boolean hopLevels) {
    double infinity = MPSolver.infinity();
    double totalDemand = net.totalDemandMbps();
    int hops = net.maxMicrowaveHops;
    MPObjective objective = solver.objective();
    MPConstraint budget =
        net.capexBudgetUsd == Double.POSITIVE_INFINITY ? null : solver.makeConstraint(-infinity, net.capexBudgetUsd, "budget");
    for (int k = 0; k < z.length; k++) {
      z[k] = solver.makeBoolVar("z" + k);
      objective.setCoefficient(z[k], net.optionNpcUsd[k]);
      if (budget != null) {
        budget.setCoefficient(z[k], net.optionCapexUsd[k]);
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      int l = net.arcLink[a];
      y[a] = solver.makeBoolVar("y" + a);
      f[a] = solver.makeNumVar(0, Math.min(net.maxCapacityMbps(l), totalDemand), "f" + a);
      // flow only on a parent arc
      MPConstraint onArc = solver.makeConstraint(-infinity, 0);
      onArc.setCoefficient(f[a], 1);
      onArc.setCoefficient(y[a], -Math.min(net.maxCapacityMbps(l), totalDemand));
      // a site's own arc carries at least its demand, so it needs a module that large
      int tail = net.arcTail[a];
      if (net.site[tail]) {
        MPConstraint own = solver.makeConstraint(0, infinity);
        own.setCoefficient(f[a], 1);
        own.setCoefficient(y[a], -net.demandMbps[tail]);
        MPConstraint largeEnough = solver.makeConstraint(-infinity, 0);
        largeEnough.setCoefficient(y[a], 1);
        for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
          if (net.optionCapacityMbps[k] + 1e-9 >= net.demandMbps[tail]) {
            largeEnough.setCoefficient(z[k], -1);
          }
        }
      }
    }
    for (int l = 0; l < net.linkCount; l++) {
      MPConstraint one = solver.makeConstraint(-infinity, 1, "one" + l);
      MPConstraint arcsNeedModule = solver.makeConstraint(-infinity, 0);
      MPConstraint capacity = solver.makeConstraint(-infinity, 0);
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        one.setCoefficient(z[k], 1);
        arcsNeedModule.setCoefficient(z[k], -1);
        capacity.setCoefficient(z[k], -net.optionCapacityMbps[k]);
      }
      for (int a : arcsOf(l)) {
        arcsNeedModule.setCoefficient(y[a], 1);
        capacity.setCoefficient(f[a], 1);
      }
    }
    for (int v = 0; v < net.nodeCount; v++) {
      if (net.gateway[v]) {
        uplink[v] = solver.makeNumVar(0, net.uplinkMbps[v], "u" + v);
        objective.setCoefficient(uplink[v], net.transitNpcUsdPerMbps[v]);
        MPConstraint load = solver.makeConstraint(0, 0);
        load.setCoefficient(uplink[v], 1);
        for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
          load.setCoefficient(f[net.inArcs[i]], -1);
        }
        continue;
      }
      MPConstraint outDegree;
      MPConstraint conservation;
      if (net.site[v] && net.required[v]) {
        outDegree = solver.makeConstraint(1, 1);
        conservation = solver.makeConstraint(net.demandMbps[v], net.demandMbps[v]);
      } else if (net.site[v]) {
        served[v] = solver.makeBoolVar("s" + v);
        objective.setCoefficient(served[v], -net.penaltyUsd[v]);
        outDegree = solver.makeConstraint(0, 0);
        outDegree.setCoefficient(served[v], -1);
        conservation = solver.makeConstraint(0, 0);
        conservation.setCoefficient(served[v], -net.demandMbps[v]);
      } else {
        outDegree = solver.makeConstraint(-infinity, 1);
        conservation = solver.makeConstraint(0, 0);
      }
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        int a = net.outArcs[i];
        outDegree.setCoefficient(y[a], 1);
        conservation.setCoefficient(f[a], 1);
      }
      for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
        int a = net.inArcs[i];
        conservation.setCoefficient(f[a], -1);
        // a node that receives a route forwards it
        if (!(net.site[v] && net.required[v])) {
          MPConstraint forwards = solver.makeConstraint(-infinity, 0);
          forwards.setCoefficient(y[a], 1);
          for (int j = net.outStart[v]; j < net.outStart[v + 1]; j++) {
            forwards.setCoefficient(y[net.outArcs[j]], -1);
          }
        }
      }
    }
    double penaltyConstant = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      penaltyConstant += net.penaltyUsd[v];
    }
    objective.setOffset(penaltyConstant);
    if (hopLevels) {
      addRunLevels(hops);
    }
    objective.setMinimization();
  }

  /**
   * Hop limit as run levels instead of big-M labels: a used microwave arc v->u carries its tail
   * at level r (1..H) only if u itself stands at level r-1 (level 0: u leaves by a non-microwave
   * arc; into a gateway r must be 1). Levels follow the tree exactly, so they may be continuous,
   * and the LP relaxation is much tighter than with h[v] >= h[u] + 1 - (H+1)(1-y).
   */
  private void addRunLevels(int hops) {
    double infinity = MPSolver.infinity();
    for (int a = 0; a < net.arcCount; a++) {
      if (!net.microwave[net.arcLink[a]]) {
        continue;
      }
      level[a] = new MPVariable[hops + 1];
      MPConstraint split = solver.makeConstraint(0, 0);
      split.setCoefficient(y[a], -1);
      int head = net.arcHead[a];
      for (int r = 1; r <= hops; r++) {
        if (net.gateway[head] && r > 1) {
          break;
        }
        level[a][r] = solver.makeNumVar(0, 1, "");
        split.setCoefficient(level[a][r], 1);
      }
    }
    for (int a = 0; a < net.arcCount; a++) {
      int head = net.arcHead[a];
      if (level[a] == null || net.gateway[head]) {
        continue;
      }
      for (int r = 1; r <= hops; r++) {
        // level[a][r] <= sum over u's out-arcs b of their use at level r-1
        MPConstraint chain = solver.makeConstraint(-infinity, 0);
        chain.setCoefficient(level[a][r], 1);
        for (int i = net.outStart[head]; i < net.outStart[head + 1]; i++) {
          int b = net.outArcs[i];
          if (level[b] == null) {
            if (r == 1) {
              chain.setCoefficient(y[b], -1);
            }
          } else if (r - 1 >= 1 && level[b][r - 1] != null) {
            chain.setCoefficient(level[b][r - 1], -1);
          }
        }
      }
    }
  }

  int[] arcsOf(int l) {
    int count = 0;
    int[] found = new int[2];
    int tail = net.linkA[l];
    for (int i = net.outStart[tail]; i < net.outStart[tail + 1]; i++) {
      if (net.arcLink[net.outArcs[i]] == l) {
        found[count++] = net.outArcs[i];
      }
    }
    int other = net.linkB[l];
    if (other != net.root()) {
      for (int i = net.outStart[other]; i < net.outStart[other + 1]; i++) {
        if (net.arcLink[net.outArcs[i]] == l) {
          found[count++] = net.outArcs[i];
        }
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }
}
