package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a forest fit a roll-out's capex budgets by serving fewer optional sites.
 *
 * <ol>
 *   <li><b>Drop</b>: while {@link RolloutScheduler} finds no schedule of the forest within the
 *       budgets, the optional leaf site of least weight per USD of capex of the links only it uses
 *       (each at its cheapest option for the site's last-year demand) is cut off, with those links.
 *       When the scheduler proves that the capex needed by year t exceeds t years of budget, only
 *       sites online by year t are candidates (a later site costs nothing by then). Past the
 *       deadline, every candidate goes at once.
 *   <li><b>Add back</b>: each dropped site, most weight first, is joined again by its old path when
 *       the forest then still has a schedule (a site dropped before the one that made room may fit).
 * </ol>
 *
 * Required sites are never dropped. Deterministic (ties go to the lower node index).
 */
final class SitePruning {

  /**
   * @param parentArc the forest left
   * @param schedulable whether it has a schedule within the budgets
   * @param droppedSites how many optional sites the forest serves no more
   * @param failure why the forest left has no schedule, null when it has one
   */
  record Result(int[] parentArc, boolean schedulable, int droppedSites, String failure) {}

  /** A site cut off: the nodes of its path (the site first) and their parent arcs. */
  private record Cut(int site, int[] nodes, int[] arcs) {}

  private final RolloutNetwork rn;
  private final DesignNetwork net;
  private final double[] weight;
  private final int[] firstYear;
  private final RolloutScheduler scheduler;

  /** @param weight per node of {@code rn.net}, what serving it is worth */
  SitePruning(RolloutNetwork rn, double[] weight) {
    this.rn = rn;
    this.net = rn.net;
    this.weight = weight;
    this.scheduler = new RolloutScheduler(rn);
    firstYear = new int[net.nodeCount];
    for (int v = 0; v < net.nodeCount; v++) {
      int t = 0;
      while (t < rn.years && rn.demandMbps[v][t] <= 0) {
        t++;
      }
      firstYear[v] = t + 1;
    }
  }

  Result prune(int[] parentArc, long deadlineNanos) {
    int[] parent = parentArc.clone();
    int[] children = new int[net.nodeCount + 1];
    for (int v = 0; v < net.nodeCount; v++) {
      if (parent[v] >= 0) {
        children[net.arcHead[parent[v]]]++;
      }
    }
    List<Cut> cuts = new ArrayList<>();
    RolloutScheduler.Result scheduled;
    while ((scheduled = scheduler.schedule(parent)).failure() != null) {
      boolean late = System.nanoTime() > deadlineNanos;
      int byYear = scheduled.shortByYear() > 0 ? scheduled.shortByYear() : rn.years;
      int worst = -1;
      double worstRatio = Double.POSITIVE_INFINITY;
      int cutNow = 0;
      for (int v = 0; v < net.nodeCount; v++) {
        if (!droppable(v, parent, children) || firstYear[v] > byYear) {
          continue;
        }
        double capexUsd = exclusiveCapexUsd(v, parent, children);
        if (capexUsd <= 0) {
          continue;
        }
        if (late) {
          cuts.add(cutOff(v, parent, children));
          cutNow++;
        } else if (weight[v] / capexUsd < worstRatio) {
          worstRatio = weight[v] / capexUsd;
          worst = v;
        }
      }
      if (worst >= 0) {
        cuts.add(cutOff(worst, parent, children));
        cutNow++;
      }
      if (cutNow == 0) {
        return new Result(parent, false, cuts.size(), scheduled.failure());
      }
    }
    int dropped = cuts.size();
    cuts.sort((a, b) -> a.site() == b.site() ? 0 : weight[a.site()] != weight[b.site()]
        ? Double.compare(weight[b.site()], weight[a.site()]) : Integer.compare(a.site(), b.site()));
    for (Cut cut : cuts) {
      if (System.nanoTime() > deadlineNanos) {
        break;
      }
      if (!restorable(cut, parent)) {
        continue;
      }
      restore(cut, parent, children);
      if (scheduler.schedule(parent).failure() == null) {
        dropped--;
      } else {
        cutOff(cut.site(), parent, children);
      }
    }
    return new Result(parent, true, dropped, null);
  }

  private boolean droppable(int v, int[] parent, int[] children) {
    return net.site[v] && !net.required[v] && parent[v] >= 0 && children[v] == 0;
  }

  /** Capex of the links from leaf v up to the first node the forest needs for something else. */
  private double exclusiveCapexUsd(int leaf, int[] parent, int[] children) {
    double sum = 0;
    int x = leaf;
    while (true) {
      int a = parent[x];
      sum += cheapestCapexUsd(net.arcLink[a], net.demandMbps[leaf]);
      int y = net.arcHead[a];
      if (y == net.root() || net.gateway[y] || net.site[y] || children[y] > 1) {
        return sum;
      }
      x = y;
    }
  }

  private Cut cutOff(int leaf, int[] parent, int[] children) {
    List<Integer> nodes = new ArrayList<>();
    List<Integer> arcs = new ArrayList<>();
    int x = leaf;
    while (true) {
      int y = net.arcHead[parent[x]];
      nodes.add(x);
      arcs.add(parent[x]);
      parent[x] = -1;
      children[y]--;
      if (y == net.root() || net.gateway[y] || net.site[y] || children[y] > 0) {
        break;
      }
      x = y;
    }
    int[] n = new int[nodes.size()];
    int[] a = new int[arcs.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = nodes.get(i);
      a[i] = arcs.get(i);
    }
    return new Cut(leaf, n, a);
  }

  /** Whether the cut path is free again and ends at a node still in the forest. */
  private boolean restorable(Cut cut, int[] parent) {
    for (int x : cut.nodes()) {
      if (parent[x] >= 0) {
        return false;
      }
    }
    int end = net.arcHead[cut.arcs()[cut.arcs().length - 1]];
    return end == net.root() || net.gateway[end] || parent[end] >= 0;
  }

  private void restore(Cut cut, int[] parent, int[] children) {
    for (int i = 0; i < cut.nodes().length; i++) {
      parent[cut.nodes()[i]] = cut.arcs()[i];
      children[net.arcHead[cut.arcs()[i]]]++;
    }
  }

  private double cheapestCapexUsd(int link, double mbps) {
    double best = Double.POSITIVE_INFINITY;
    for (int k = net.optionStart[link]; k < net.optionStart[link + 1]; k++) {
      if (net.optionCapacityMbps[k] >= mbps - 1e-9) {
        best = Math.min(best, net.optionCapexUsd[k]);
      }
    }
    return Double.isFinite(best) ? best : 0;
  }
}
