package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.dorsal.economics.PresentValue;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Plan;
import org.dorsal.model.Technology;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.junit.jupiter.api.Test;

class CapexPricingTest {
  private static final double ANNUITY = PresentValue.annuityFactor(10, 0.10);

  /** One site: build fiber (capex 100,000) or lease 100 Mbps at 20 USD/Mbps-month (no capex). */
  private static Instance buildOrLease(double budgetUsd) {
    return new Instance("build-or-lease", "", new Economics("USD", 10, 0.10), new Constraints(4, budgetUsd),
        List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("S", 100, true, 0)),
        List.of(new Link("F", "S", "G", Technology.FIBER_BUILD, 5, 20000, List.of(TinyInstances.option("1g", 1000, 0, 0))),
            new Link("L", "S", "G", Technology.FIBER_LEASE, 5, 0, List.of(new LinkOption("100m", 100, 0, 0, 20, 0)))));
  }

  @Test
  void aBindingBudgetTurnsTheBuildIntoALease() {
    double lease = 20 * 100 * 12 * ANNUITY;
    Plan free = new Planner().plan(buildOrLease(Double.POSITIVE_INFINITY), new SolveOptions(5, 1e-9, 1, 1, false)).plan();
    assertThat(free.choices()).extracting(c -> c.linkId()).containsExactly("F");
    assertThat(free.stats().objectiveUsd()).isCloseTo(100_000, within(1e-6));
    for (boolean mip : new boolean[] {false, true}) {
      Plan budgeted = new Planner().plan(buildOrLease(50_000), new SolveOptions(5, 1e-9, 1, 1, mip)).plan();
      assertThat(budgeted.choices()).extracting(c -> c.linkId()).containsExactly("L");
      assertThat(budgeted.stats().objectiveUsd()).isCloseTo(lease, within(1e-6));
    }
  }

  @Test
  void thePriceSearchFindsTheLeastPriceThatKeepsTheBudget() {
    DesignNetwork net = DesignNetwork.of(buildOrLease(50_000));
    CapexPricing.Found found = new CapexPricing(net)
        .search((priced, until) -> new ShortestPathHeuristic(priced).solve(until), Long.MAX_VALUE);
    // the lease wins once 100,000 x (1 + price) exceeds the lease's NPC: price > 0.4747;
    // prices tried: 0, 1/16, 1/4 (over), 1 (within), then six bisections between 1/4 and 1
    double threshold = 20 * 100 * 12 * ANNUITY / 100_000 - 1;
    assertThat(found.price()).isGreaterThan(threshold).isLessThan(threshold + 0.75 / 64 + 1e-12);
    assertThat(found.solution().withinBudget(net)).isTrue();
  }

  /**
   * Random tiny instances with a budget below the unbudgeted plan's capex: the single-network
   * planner matches exhaustive search, and the budgeted regional planner's plans keep the budget,
   * pass the verifier and lie above the optimum, with a bound below it.
   */
  @Test
  void budgetedPlansMatchOrBracketExhaustiveSearch() {
    int budgeted = 0;
    int regional = 0;
    for (int seed = 1; seed <= 80; seed++) {
      Instance free = MipAgainstBruteForceTest.randomInstance(new Random(seed));
      PlanOutcome unbudgeted = new Planner().plan(free, new SolveOptions(5, 1e-9, 1, 1, true));
      if (!unbudgeted.hasPlan()) {
        continue;
      }
      DesignNetwork freeNet = DesignNetwork.of(free);
      double capex = capexOf(freeNet, unbudgeted.plan());
      if (capex <= 0) {
        continue;
      }
      Instance instance = free.withConstraints(new Constraints(free.constraints().maxMicrowaveHops(), 0.7 * capex));
      double optimum = new BruteForcePlanner(instance).solve();
      if (optimum == Double.POSITIVE_INFINITY) {
        continue;
      }
      budgeted++;
      PlanOutcome exact = new Planner().plan(instance, new SolveOptions(10, 1e-9, 1, 1, true));
      assertThat(exact.hasPlan()).as("seed %d", seed).isTrue();
      assertThat(exact.plan().stats().objectiveUsd()).as("seed %d", seed).isCloseTo(optimum, within(1e-6 * optimum + 1e-6));
      assertVerified(instance, exact, seed);

      DesignNetwork net = DesignNetwork.of(instance);
      PlanOutcome byRegion = new BudgetedRegionalPlanner(net, SolveProgress.NONE)
          .plan(new SolveOptions(5, 1e-9, 1, 2, true), System.nanoTime(), System.nanoTime() + 5_000_000_000L);
      if (byRegion == null) {
        continue;
      }
      regional++;
      assertThat(capexOf(net, byRegion.plan())).as("seed %d", seed).isLessThanOrEqualTo(0.7 * capex * (1 + 1e-9));
      assertThat(byRegion.plan().stats().objectiveUsd()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum * (1 - 1e-9));
      assertThat(byRegion.plan().stats().boundUsd()).as("seed %d", seed).isLessThanOrEqualTo(optimum * (1 + 1e-9));
      assertVerified(instance, byRegion, seed);
    }
    assertThat(budgeted).isGreaterThan(15);
    assertThat(regional).isGreaterThan(10);
  }

  private static double capexOf(DesignNetwork net, Plan plan) {
    double sum = 0;
    var index = net.instance().linkIndexById();
    for (var choice : plan.choices()) {
      Link link = net.instance().links().get(index.get(choice.linkId()));
      sum += link.capexUsd(link.option(choice.optionId()));
    }
    return sum;
  }

  private static void assertVerified(Instance instance, PlanOutcome outcome, int seed) {
    PlanRun run = new PlanPipeline().check(instance, "random-" + seed, new byte[0], SolveOptions.defaults(), outcome);
    assertThat(run.violations()).as("seed %d", seed).isEmpty();
  }
}
