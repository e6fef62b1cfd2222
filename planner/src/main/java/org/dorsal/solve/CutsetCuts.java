package org.dorsal.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cutset inequalities that strengthen the LP relaxation. For a set S of non-gateway nodes whose
 * required sites need D(S) Mbps, every plan carries D(S) out of S on the links that leave it, and
 * a module can carry no more than min(capacity, D(S)) of it:
 * sum over links l leaving S, options k of min(cap_k, D(S)) z_k >= D(S). The truncation is what
 * the plain flow model lacks: there a 10 Gbps fiber bought at 11 % carries 1.1 Gbps. Candidate
 * sets are balls of 1..{@link #MAX_RADIUS} links around each site; violated cuts are added to a
 * GLOP relaxation round after round until none is violated or the time is up.
 */
final class CutsetCuts {
  static final int MAX_RADIUS = 6;

  /**
   * One cut: the links leaving S and the demand D of S. With {@code unsplittable} S holds one
   * site whose traffic takes a single path, so only modules of at least D count.
   */
  record Cut(int[] links, double demandMbps, boolean unsplittable, int[] arcs) {
    Cut(int[] links, double demandMbps) {
      this(links, demandMbps, false, null);
    }

    Cut(int[] links, double demandMbps, boolean unsplittable) {
      this(links, demandMbps, unsplittable, null);
    }

    /** A directed cut: the parent-arc values of these arcs sum to at least 1. */
    static Cut directed(int[] arcs) {
      return new Cut(new int[0], 1, true, arcs);
    }

    boolean isDirected() {
      return arcs != null;
    }

    /** The coefficient of a module of this capacity. */
    double coefficient(double capacityMbps) {
      if (capacityMbps + 1e-9 >= demandMbps) {
        return demandMbps;
      }
      return unsplittable ? 0 : capacityMbps;
    }
  }

  /**
   * The cuts found and the bound of the last LP solved with them, with that LP's reduced costs of
   * the module variables z and the parent-arc variables y (null when no LP was solved).
   */
  record Result(List<Cut> cuts, double lpBoundUsd, int rounds, double[] optionReducedCostUsd,
      double[] arcReducedCostUsd) {
    Result(List<Cut> cuts, double lpBoundUsd, int rounds) {
      this(cuts, lpBoundUsd, rounds, null, null);
    }
  }

  /** Whether directed cuts on the parent arcs are separated too (off: -Ddorsal.directedCuts=false). */
  static final boolean DIRECTED_CUTS =
      Boolean.parseBoolean(System.getProperty("dorsal.directedCuts", "true"));

  /** The LP solver of the cut loop (an OR-Tools MPSolver id). */
  static final String LP_SOLVER = System.getProperty("dorsal.lpSolver", "GLOP");

  private final DesignNetwork net;

  CutsetCuts(DesignNetwork net) {
    this.net = net;
  }

  Result separate(long deadlineNanos) {
    return separate(deadlineNanos, true, false);
  }

  /**
   * As above. Without {@code hopLimit} the LP leaves out the microwave-hop limit (a weaker,
   * faster bound). With {@code strictDeadline} even the first LP stops at the deadline (and then
   * there is no bound); otherwise the first LP is solved to the end, however long it takes.
   */
  Result separate(long deadlineNanos, boolean hopLimit, boolean strictDeadline) {
    try (MipModel lp = new MipModel(net, LP_SOLVER, null, hopLimit)) {
      return separate(lp, deadlineNanos, strictDeadline);
    }
  }

  private Result separate(MipModel lp, long deadlineNanos, boolean strictDeadline) {

    List<Cut> cuts = new ArrayList<>();
    double[] z = new double[net.optionStart[net.linkCount]];
    double[] y = new double[net.arcCount];
    double bound = Double.NEGATIVE_INFINITY;
    double[] optionReducedCost = null;
    double[] arcReducedCost = null;
    int rounds = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    ConnectivityCuts connectivity = new ConnectivityCuts(net);
    while (System.nanoTime() < deadlineNanos) {
      // an LP cut short by the time limit is no bound: the last one solved stands
      long lpDeadline = rounds == 0 && !strictDeadline ? Long.MAX_VALUE : deadlineNanos;
      MPSolver.ResultStatus status = solveLp(lp.solver, lpDeadline);
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        break;
      }
      rounds++;
      bound = lp.solver.objective().value();
      optionReducedCost = reducedCosts(lp.z);
      arcReducedCost = reducedCosts(lp.y);
      for (int k = 0; k < z.length; k++) {
        z[k] = lp.z[k].solutionValue();
      }
      List<Cut> found = new ArrayList<>();
      for (int s = 0; s < net.nodeCount && System.nanoTime() < deadlineNanos; s++) {
        if (!net.site[s] || !net.required[s]) {
          continue;
        }
        boolean[] in = new boolean[net.nodeCount];
        List<Integer> frontier = List.of(s);
        in[s] = true;
        for (int radius = 0; radius <= MAX_RADIUS && !frontier.isEmpty(); radius++) {
          Cut cut = cutOf(in);
          if (cut != null && violation(cut, z) > 1e-3 * cut.demandMbps() && seen.add(Arrays.toString(cut.links()))) {
            found.add(cut);
          }
          frontier = grow(in, frontier);
        }
      }
      for (Cut cut : connectivity.separate(z)) {
        if (seen.add("u" + Arrays.toString(cut.links()) + cut.demandMbps())) {
          found.add(cut);
        }
      }
      if (DIRECTED_CUTS) {
        for (int a = 0; a < y.length; a++) {
          y[a] = lp.y[a].solutionValue();
        }
        for (Cut cut : connectivity.separateDirected(y)) {
          if (seen.add("d" + Arrays.toString(cut.arcs()))) {
            found.add(cut);
          }
        }
      }
      if (found.isEmpty()) {
        break;
      }
      for (Cut cut : found) {
        add(lp, cut);
        cuts.add(cut);
      }
    }
    return new Result(cuts, bound, rounds, optionReducedCost, arcReducedCost);
  }

  private static double[] reducedCosts(MPVariable[] variables) {
    double[] reduced = new double[variables.length];
    for (int i = 0; i < variables.length; i++) {
      reduced[i] = variables[i].reducedCost();
    }
    return reduced;
  }

  /**
   * Solves the LP within the deadline. GLOP's primal simplex gives up (ABNORMAL) on some of the
   * larger regional LPs; the dual simplex then solves most of them, so it gets a second try.
   */
  private static MPSolver.ResultStatus solveLp(MPSolver solver, long deadlineNanos) {
    limitTime(solver, deadlineNanos);
    MPSolver.ResultStatus status = solver.solve();
    if (status == MPSolver.ResultStatus.ABNORMAL && "GLOP".equals(LP_SOLVER) && System.nanoTime() < deadlineNanos) {
      solver.reset();
      solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
      limitTime(solver, deadlineNanos);
      status = solver.solve();
      solver.setSolverSpecificParametersAsString("");
    }
    return status;
  }

  private static void limitTime(MPSolver solver, long deadlineNanos) {
    if (deadlineNanos != Long.MAX_VALUE) {
      solver.setTimeLimit(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
    }
  }

  private List<Integer> grow(boolean[] in, List<Integer> frontier) {
    List<Integer> next = new ArrayList<>();
    for (int x : frontier) {
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int h = net.arcHead[net.outArcs[i]];
        if (h != net.root() && !net.gateway[h] && !in[h]) {
          in[h] = true;
          next.add(h);
        }
      }
    }
    return next;
  }

  private Cut cutOf(boolean[] in) {
    double demand = 0;
    for (int v = 0; v < net.nodeCount; v++) {
      if (in[v] && net.required[v]) {
        demand += net.demandMbps[v];
      }
    }
    if (demand <= 0) {
      return null;
    }
    List<Integer> links = new ArrayList<>();
    for (int l = 0; l < net.linkCount; l++) {
      boolean a = in[net.linkA[l]];
      boolean b = net.linkB[l] != net.root() && in[net.linkB[l]];
      if (a != b) {
        links.add(l);
      }
    }
    return new Cut(links.stream().mapToInt(Integer::intValue).toArray(), demand);
  }

  private double violation(Cut cut, double[] z) {
    double lhs = 0;
    for (int l : cut.links()) {
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        lhs += cut.coefficient(net.optionCapacityMbps[k]) * z[k];
      }
    }
    return cut.demandMbps() - lhs;
  }

  /** Adds the cut as a row of a model over the same network. */
  static void add(MipModel model, Cut cut) {
    DesignNetwork net = model.network();
    if (cut.isDirected()) {
      MPConstraint row = model.solver.makeConstraint(1, MPSolver.infinity());
      for (int a : cut.arcs()) {
        row.setCoefficient(model.y[a], 1);
      }
      return;
    }
    MPConstraint row = model.solver.makeConstraint(cut.demandMbps(), MPSolver.infinity());
    for (int l : cut.links()) {
      for (int k = net.optionStart[l]; k < net.optionStart[l + 1]; k++) {
        double coefficient = cut.coefficient(net.optionCapacityMbps[k]);
        if (coefficient != 0) {
          row.setCoefficient(model.z[k], coefficient);
        }
      }
    }
  }
}
