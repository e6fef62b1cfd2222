package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.Technology;
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
    int checked = EnumeratedCases.forEachFeasible(150, c -> {
      int seed = c.seed();
      double optimum = c.optimumUsd();
      DesignNetwork net = DesignNetwork.of(c.instance());
      boolean[] first = new boolean[net.nodeCount()];
      boolean[] second = new boolean[net.nodeCount()];
      for (int v = 0; v < net.nodeCount(); v++) {
        first[v] = c.rnd().nextBoolean();
        second[v] = !first[v];
      }
      double sum = 0;
      for (boolean[] region : new boolean[][] {first, second}) {
        Instance relaxed = RegionInstance.relaxed(net, region, "r").instance;
        double regionOptimum = new BruteForcePlanner(relaxed).solve();
        assertThat(regionOptimum).as("seed %d: a relaxation of a feasible instance is feasible", seed)
            .isLessThan(Double.POSITIVE_INFINITY);
        sum += regionOptimum;
      }
      assertThat(sum).as("seed %d", seed).isLessThanOrEqualTo(optimum * (1 + 1e-9) + 1e-6);
      // one region holding every node has no border: its relaxation is the instance itself
      boolean[] all = new boolean[net.nodeCount()];
      java.util.Arrays.fill(all, true);
      double whole = new BruteForcePlanner(RegionInstance.relaxed(net, all, "all").instance).solve();
      assertThat(whole).as("seed %d", seed).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6 * optimum + 1e-6));
    });
    assertThat(checked).isGreaterThan(100);
  }

  /**
   * A route that leaves its region and ends at a satellite terminal with room to spare adds nothing
   * to the whole plan's cost. A is linked only to W (microwave, 1,000 USD) and, dearly, to G; W has a
   * terminal (5,000 USD, 100 Mbps, no lease). The optimum hangs A from W and W from its terminal:
   * 6,000 USD, no transit. The relaxation of {A} used to charge A the transit of 20 Mbps at its exit
   * (7,200 USD at 30 USD/Mbps-month over a year) and {W, G} the whole terminal: 12,700 USD in all.
   * Now A's exit costs the satellite's 50 USD per Mbps of capacity and W's terminal is charged less
   * that price on its whole capacity.
   */
  @Test
  void aTerminalSharedAcrossTheBorderIsNotPaidTwice() {
    Instance instance = new Instance("shared-terminal", "", new Economics("USD", 1, 0.0),
        new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 10_000, 30), TinyInstances.site("A", 20, true, 0),
            TinyInstances.site("W", 20, true, 0)),
        List.of(new Link("AW", "A", "W", Technology.MICROWAVE, 5, 0, List.of(new LinkOption("mw", 100, 1_000, 0, 0, 0))),
            new Link("AG", "A", "G", Technology.FIBER_BUILD, 5, 0, List.of(new LinkOption("fo", 1_000, 1_000_000, 0, 0, 0))),
            new Link("WG", "W", "G", Technology.FIBER_BUILD, 5, 0, List.of(new LinkOption("fo", 1_000, 1_000_000, 0, 0, 0))),
            new Link("SAT-W", "W", null, Technology.SATELLITE, 0, 0, List.of(new LinkOption("sat", 100, 5_000, 0, 0, 0)))));
    double optimum = new BruteForcePlanner(instance).solve();
    assertThat(optimum).isEqualTo(6_000, org.assertj.core.data.Offset.offset(1e-6));
    DesignNetwork net = DesignNetwork.of(instance);
    boolean[] a = {false, true, false};
    boolean[] rest = {true, false, true};
    double sum = new BruteForcePlanner(RegionInstance.relaxed(net, a, "A").instance).solve()
        + new BruteForcePlanner(RegionInstance.relaxed(net, rest, "W+G").instance).solve();
    // A: its link and 20 Mbps at 50 / 12 USD per Mbps-month; W: 100 Mbps of terminal at cost less 50 each, and its own 20 Mbps
    assertThat(sum).isEqualTo(1_000 + 1_000 + 0 + 1_000, org.assertj.core.data.Offset.offset(1e-6));
  }

  /**
   * A route that leaves its region by microwave keeps counting hops beyond the border: B's only way
   * out is two microwave hops, B-C inside its region and C-G beyond it, with a hop limit of 1 and no
   * terminal, so B must take its dear fiber, in the whole instance and in the relaxation of {B}.
   */
  @Test
  void theHopLimitHoldsBeyondTheBorder() {
    Instance instance = new Instance("hops", "", new Economics("USD", 1, 0.0), new Constraints(1, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 10_000, 0), TinyInstances.site("B", 20, true, 0),
            TinyInstances.site("C", 20, true, 0)),
        List.of(new Link("BC", "B", "C", Technology.MICROWAVE, 5, 0, List.of(new LinkOption("mw", 100, 1_000, 0, 0, 0))),
            new Link("CG", "C", "G", Technology.MICROWAVE, 5, 0, List.of(new LinkOption("mw", 100, 1_000, 0, 0, 0))),
            new Link("BG", "B", "G", Technology.FIBER_BUILD, 5, 0, List.of(new LinkOption("fo", 1_000, 50_000, 0, 0, 0)))));
    assertThat(new BruteForcePlanner(instance).solve()).isEqualTo(51_000, org.assertj.core.data.Offset.offset(1e-6));
    DesignNetwork net = DesignNetwork.of(instance);
    double b = new BruteForcePlanner(RegionInstance.relaxed(net, new boolean[] {false, true, false}, "B").instance)
        .solve();
    assertThat(b).isEqualTo(50_000, org.assertj.core.data.Offset.offset(1e-6));
  }

  /** The exits' ids never clash with the instance's: here a site is called like the first exit. */
  @Test
  void exitsTakeIdsTheInstanceDoesNotUse() {
    Instance instance = new Instance("clash", "", new Economics("USD", 1, 0.0), new Constraints(1, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 10_000, 0), TinyInstances.site("exit-terrestrial-0", 20, true, 0),
            TinyInstances.site("C", 20, true, 0)),
        List.of(new Link("BC", "exit-terrestrial-0", "C", Technology.MICROWAVE, 5, 0,
                List.of(new LinkOption("mw", 100, 1_000, 0, 0, 0))),
            new Link("CG", "C", "G", Technology.FIBER_BUILD, 5, 0, List.of(new LinkOption("fo", 100, 9_000, 0, 0, 0)))));
    DesignNetwork net = DesignNetwork.of(instance);
    Instance relaxed = RegionInstance.relaxed(net, new boolean[] {false, true, false}, "B").instance;
    assertThat(relaxed.nodes()).extracting(Node::id).doesNotHaveDuplicates()
        .contains("exit-terrestrial-0", "~exit-terrestrial-0");
    // B's link to C, whose run ends at once on the fiber: 1,000 USD
    assertThat(new BruteForcePlanner(relaxed).solve()).isEqualTo(1_000, org.assertj.core.data.Offset.offset(1e-6));
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
}
