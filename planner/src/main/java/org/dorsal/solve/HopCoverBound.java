package org.dorsal.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link ArborescenceBound minimum arborescence} strengthened by the microwave-hop limit, moved
 * into its prices by Lagrangian relaxation. For a required site v, let B(v) be the nodes within H
 * microwave arcs of v (H the hop limit), following microwave arcs in the direction of routes and
 * stopping at gateways. v's route takes at most H microwave arcs before a gateway or a link of
 * another technology (fiber, lease, satellite), so when B(v) holds no gateway some non-microwave
 * parent arc out of B(v) is in every plan: sum over non-microwave arcs a with tail in B(v) of
 * y_a >= 1. With multipliers u_v >= 0 every such arc's price is lowered by the sum of u_v over the
 * balls that hold its tail, and the arborescence at those prices plus sum u_v bounds every plan from
 * below (every plan keeps every inequality, and every arc the relaxation rewards is one the plan
 * equips). Unlike a path inequality, which the arborescence dodges by any other run, the ball
 * inequality holds for whatever run the site takes. The multipliers follow subgradient steps; each
 * iteration's value is a valid bound and the best is reported.
 */
final class HopCoverBound {
  private final DesignNetwork net;
  private final ArborescenceBound arborescence;
  /** Nodes of each site's ball, concatenated: ballNodes[ballStart[i] .. ballStart[i+1]). */
  private final int[] ballNodes;
  private final int[] ballStart;
  private final int balls;
  /** Balls are kept up to this many nodes in all (any subset of the inequalities is still valid). */
  static final int MAX_BALL_ENTRIES = Integer.getInteger("dorsal.hopCoverEntries", 20_000_000);

  /** The bound, the plain arborescence's, and the work done. */
  record Result(double boundUsd, double plainBoundUsd, int iterations, int balls) {}

  HopCoverBound(DesignNetwork net) {
    this.net = net;
    this.arborescence = new ArborescenceBound(net);
    List<int[]> found = new ArrayList<>();
    int total = 0;
    int[] depth = new int[net.nodeCount];
    Arrays.fill(depth, -1);
    int[] queue = new int[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      if (!net.site[v] || !net.required[v]) {
        continue;
      }
      int[] ball = ballOf(v, depth, queue);
      if (ball != null && total + ball.length <= MAX_BALL_ENTRIES) {
        found.add(ball);
        total += ball.length;
      }
    }
    balls = found.size();
    ballStart = new int[balls + 1];
    ballNodes = new int[total];
    for (int i = 0; i < balls; i++) {
      int[] ball = found.get(i);
      System.arraycopy(ball, 0, ballNodes, ballStart[i], ball.length);
      ballStart[i + 1] = ballStart[i] + ball.length;
    }
  }

  /** The nodes within H microwave arcs of v, or null when a gateway is among them. */
  private int[] ballOf(int v, int[] depth, int[] queue) {
    int hops = net.maxMicrowaveHops;
    int head = 0;
    int tail = 0;
    queue[tail++] = v;
    depth[v] = 0;
    boolean gatewayReached = false;
    while (head < tail && !gatewayReached) {
      int x = queue[head++];
      if (depth[x] == hops) {
        continue;
      }
      for (int i = net.outStart[x]; i < net.outStart[x + 1]; i++) {
        int a = net.outArcs[i];
        int h = net.arcHead[a];
        if (!net.microwave[net.arcLink[a]] || h >= net.nodeCount || depth[h] >= 0) {
          continue;
        }
        if (net.gateway[h]) {
          gatewayReached = true;
          break;
        }
        depth[h] = depth[x] + 1;
        queue[tail++] = h;
      }
    }
    int[] ball = Arrays.copyOf(queue, tail);
    for (int x : ball) {
      depth[x] = -1;
    }
    return gatewayReached ? null : ball;
  }

  /**
   * Subgradient steps (Polyak's, toward {@code targetUsd}, the cost of a known plan) until the
   * deadline or the iteration limit, or until the step size has halved ten times.
   */
  Result solve(double targetUsd, long deadlineNanos, int maxIterations) {
    double[] multiplier = new double[balls];
    double[] nodeReward = new double[net.nodeCount];
    double[] arcReward = new double[net.arcCount];
    double best = Double.NEGATIVE_INFINITY;
    double plain = Double.NEGATIVE_INFINITY;
    double step = 0.2;
    int halvings = 0;
    int sinceImprovement = 0;
    int iterations = 0;
    double[] gradient = new double[balls];
    while (iterations < maxIterations && halvings < 10
        && (iterations == 0 || System.nanoTime() < deadlineNanos)) {
      ArborescenceBound.Tree tree = arborescence.solve(arcReward);
      if (tree == null) {
        break;
      }
      double value = tree.costUsd();
      for (double u : multiplier) {
        value += u;
      }
      iterations++;
      if (iterations == 1) {
        plain = value;
      }
      if (value > best + 1e-9 * Math.abs(value)) {
        best = value;
        sinceImprovement = 0;
      } else if (++sinceImprovement >= 20) {
        step /= 2;
        halvings++;
        sinceImprovement = 0;
      }
      if (best >= targetUsd) {
        break;
      }
      double norm = 0;
      for (int i = 0; i < balls; i++) {
        int covered = 0;
        for (int j = ballStart[i]; j < ballStart[i + 1]; j++) {
          int a = tree.equippedParentArc()[ballNodes[j]];
          if (a >= 0 && !net.microwave[net.arcLink[a]]) {
            covered++;
          }
        }
        double g = 1 - covered;
        gradient[i] = multiplier[i] <= 0 && g < 0 ? 0 : g;
        norm += gradient[i] * gradient[i];
      }
      if (norm == 0) {
        break; // every ball is covered exactly where its multiplier is positive: optimal multipliers
      }
      double t = step * Math.max(targetUsd - value, 1e-6 * Math.abs(targetUsd)) / norm;
      Arrays.fill(nodeReward, 0);
      for (int i = 0; i < balls; i++) {
        multiplier[i] = Math.max(0, multiplier[i] + t * gradient[i]);
        for (int j = ballStart[i]; j < ballStart[i + 1]; j++) {
          nodeReward[ballNodes[j]] += multiplier[i];
        }
      }
      for (int a = 0; a < net.arcCount; a++) {
        arcReward[a] = net.microwave[net.arcLink[a]] ? 0 : nodeReward[net.arcTail[a]];
      }
    }
    return new Result(best, plain, iterations, balls);
  }
}
