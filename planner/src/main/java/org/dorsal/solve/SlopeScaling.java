package org.dorsal.solve;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Dynamic slope scaling (Kim and Pardalos) for split routing: the fixed charge of each link is
 * spread over the flow it carried last time (at first over its whole capacity), every link then
 * costs a price per Mbps, and a linear program (GLOP) routes all sites at those prices. Each
 * solution is costed exactly (every link with flow gets its cheapest option that fits) and the
 * cheapest kept. When the flows stop changing, the prices of the links in use are perturbed (seeded)
 * and the scaling goes on, for a fixed number of rounds. Serves every site, optional ones too.
 */
final class SlopeScaling {
  static {
    Loader.loadNativeLibraries();
  }

  /** Linear programs solved at most, all rounds together. */
  static final int MAX_SOLVES = Integer.getInteger("dorsal.slopeScalingSolves", 200);

  private final DesignNetwork net;

  SlopeScaling(DesignNetwork net) {
    this.net = net;
  }

  /** The cheapest solution found by the deadline (nanoTime), or null when the LP has none. */
  SplitFlowSolution solve(long seed, long deadlineNanos) {
    MPSolver lp = MPSolver.createSolver("GLOP");
    try {
      MPVariable[] f = build(lp);
      double[] fixedPerMbps = new double[net.linkCount];
      double totalDemand = net.totalDemandMbps();
      for (int l = 0; l < net.linkCount; l++) {
        fixedPerMbps[l] = net.cheapestNpcUsd(l) / Math.max(1e-9, Math.min(net.maxCapacityMbps(l), totalDemand));
      }
      boolean[] served = new boolean[net.nodeCount];
      for (int v = 0; v < net.nodeCount; v++) {
        served[v] = net.site[v];
      }
      SplittableRandom random = new SplittableRandom(seed);
      SplitFlowSolution best = null;
      double[] previous = null;
      for (int solve = 0; solve < MAX_SOLVES && System.nanoTime() < deadlineNanos; solve++) {
        MPObjective objective = lp.objective();
        for (int a = 0; a < net.arcCount; a++) {
          objective.setCoefficient(f[a], fixedPerMbps[net.arcLink[a]] + net.arcNpcUsdPerMbps(a));
        }
        MPSolver.ResultStatus status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
          return best;
        }
        double[] flow = new double[net.arcCount];
        for (int a = 0; a < net.arcCount; a++) {
          double value = f[a].solutionValue();
          flow[a] = value > SplitFlowSolution.FLOW_EPSILON_MBPS ? value : 0;
        }
        flow = FlowCycles.cancel(net, flow);
        SplitFlowSolution found = SplitFlowSolution.of(net, flow, served);
        if (found != null && (best == null || found.objectiveUsd() < best.objectiveUsd() - 1e-9)) {
          best = found;
        }
        double[] linkFlow = SplitFlowSolution.linkFlows(net, flow);
        boolean settled = previous != null && Arrays.equals(used(previous), used(linkFlow));
        for (int l = 0; l < net.linkCount; l++) {
          if (linkFlow[l] > SplitFlowSolution.FLOW_EPSILON_MBPS) {
            double npc = net.cheapestNpcUsdFor(l, linkFlow[l] - 1e-9);
            fixedPerMbps[l] = Double.isFinite(npc) ? npc / linkFlow[l] : fixedPerMbps[l];
            if (settled) {
              fixedPerMbps[l] *= 0.5 + random.nextDouble();
            }
          }
        }
        previous = linkFlow;
      }
      return best;
    } finally {
      lp.delete();
    }
  }

  private static boolean[] used(double[] linkFlow) {
    boolean[] used = new boolean[linkFlow.length];
    for (int l = 0; l < linkFlow.length; l++) {
      used[l] = linkFlow[l] > SplitFlowSolution.FLOW_EPSILON_MBPS;
    }
    return used;
  }


  private MPVariable[] build(MPSolver lp) {
    double infinity = MPSolver.infinity();
    double totalDemand = net.totalDemandMbps();
    MPVariable[] f = new MPVariable[net.arcCount];
    for (int a = 0; a < net.arcCount; a++) {
      f[a] = lp.makeNumVar(0, Math.min(net.maxCapacityMbps(net.arcLink[a]), totalDemand), "f" + a);
    }
    MPConstraint[] capacity = new MPConstraint[net.linkCount];
    for (int a = 0; a < net.arcCount; a++) {
      int l = net.arcLink[a];
      if (capacity[l] == null) {
        capacity[l] = lp.makeConstraint(-infinity, net.maxCapacityMbps(l));
      }
      capacity[l].setCoefficient(f[a], 1);
    }
    for (int v = 0; v < net.nodeCount; v++) {
      MPConstraint row = net.gateway[v] ? lp.makeConstraint(-infinity, net.uplinkMbps[v])
          : lp.makeConstraint(net.demandMbps[v], net.demandMbps[v]);
      if (!net.gateway[v]) {
        for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
          row.setCoefficient(f[net.outArcs[i]], 1);
        }
      }
      for (int i = net.inStart[v]; i < net.inStart[v + 1]; i++) {
        row.setCoefficient(f[net.inArcs[i]], net.gateway[v] ? 1 : -1);
      }
    }
    lp.objective().setMinimization();
    return f;
  }
}
