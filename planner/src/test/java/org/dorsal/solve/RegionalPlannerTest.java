package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.junit.jupiter.api.Test;

/** The decomposition: a valid bound from the regions' relaxations, and verified combined plans. */
class RegionalPlannerTest {

  /**
   * For any split of the nodes into two regions, the optima of the two relaxations sum to at most
   * the whole instance's optimum (all three by exhaustive enumeration, which shares no code with
   * the relaxation's solver).
   */
  @Test
  void relaxedRegionsNeverSumAboveTheOptimum() {
    int checked = 0;
    for (int seed = 1; seed <= 150; seed++) {
      Random rnd = new Random(seed);
      Instance instance = MipAgainstBruteForceTest.randomInstance(rnd);
      double optimum = new BruteForcePlanner(instance).solve();
      if (optimum == Double.POSITIVE_INFINITY) {
        continue;
      }
      DesignNetwork net = DesignNetwork.of(instance);
      boolean[] first = new boolean[net.nodeCount()];
      boolean[] second = new boolean[net.nodeCount()];
      for (int v = 0; v < net.nodeCount(); v++) {
        first[v] = rnd.nextBoolean();
        second[v] = !first[v];
      }
      double cheapestTransit = cheapestTransit(instance);
      double sum = 0;
      for (boolean[] region : new boolean[][] {first, second}) {
        Instance relaxed = RegionInstance.relaxed(net, region, "r", cheapestTransit).instance;
        double regionOptimum = new BruteForcePlanner(relaxed).solve();
        assertThat(regionOptimum).as("seed %d: a relaxation of a feasible instance is feasible", seed)
            .isLessThan(Double.POSITIVE_INFINITY);
        sum += regionOptimum;
      }
      assertThat(sum).as("seed %d", seed).isLessThanOrEqualTo(optimum * (1 + 1e-9) + 1e-6);
      // one region holding every node has no border: its relaxation is the instance itself
      boolean[] all = new boolean[net.nodeCount()];
      java.util.Arrays.fill(all, true);
      double whole = new BruteForcePlanner(RegionInstance.relaxed(net, all, "all", cheapestTransit).instance).solve();
      assertThat(whole).as("seed %d", seed).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6 * optimum + 1e-6));
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  /** Catchments planned apart (no merging): every plan verified, bound <= optimum <= cost. */
  @Test
  void regionalPlansAreVerifiedAndBracketTheOptimum() {
    int planned = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Instance instance = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      double optimum = new BruteForcePlanner(instance).solve();
      DesignNetwork net = DesignNetwork.of(instance);
      RegionalPlanner.Result result = new RegionalPlanner(net, 1, SolveProgress.NONE)
          .solve(new SolveOptions(5, 1e-6, 1, 2, true), System.nanoTime() + 5_000_000_000L);
      if (result.solution() == null) {
        continue; // some region cannot be served on its own: the planner falls back to the whole
      }
      assertThat(optimum).as("seed %d", seed).isLessThan(Double.POSITIVE_INFINITY);
      double cost = result.solution().objectiveUsd();
      assertThat(result.boundUsd()).as("seed %d bound", seed).isLessThanOrEqualTo(optimum * (1 + 1e-9) + 1e-6);
      assertThat(cost).as("seed %d cost", seed).isGreaterThanOrEqualTo(optimum * (1 - 1e-9) - 1e-6);
      double bound = Math.max(0, result.boundUsd());
      SolveStats stats = new SolveStats(SolveStatus.FEASIBLE, cost, bound, (cost - bound) / cost, 1, "regional", Double.NaN, 0);
      PlanOutcome outcome = new PlanOutcome(Planner.toPlan(net, result.solution(), stats), java.util.List.of(), null);
      PlanRun run = new PlanPipeline().check(instance, "random-" + seed, new byte[0], SolveOptions.defaults(), outcome);
      assertThat(run.violations()).as("seed %d", seed).isEmpty();
      planned++;
    }
    assertThat(planned).isGreaterThan(20);
  }

  private static double cheapestTransit(Instance instance) {
    double min = Double.POSITIVE_INFINITY;
    for (Node node : instance.nodes()) {
      if (node.isGateway()) {
        min = Math.min(min, node.transitUsdPerMbpsMonth());
      }
    }
    return min;
  }
}
