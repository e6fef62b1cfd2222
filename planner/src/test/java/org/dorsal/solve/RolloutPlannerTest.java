package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkSchedule;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;
import org.dorsal.model.SolveStatus;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.junit.jupiter.api.Test;

/** Roll-out planning against the hand-worked tiny-rollout (docs/rollout.md) and brute force. */
class RolloutPlannerTest {
  /** docs/rollout.md: L1 mw-200 in year 1 and eband-1g in year 3, L2 in year 2, plus transit. */
  static final double TINY_OPTIMUM_USD = 99_592.21725924198;
  /** docs/rollout.md: without the yearly budget L2 waits for year 3. */
  static final double TINY_UNBUDGETED_OPTIMUM_USD = 97_112.87841626677;

  static Instance tinyRollout() throws Exception {
    return new InstanceReader().read(Path.of("instances/tiny-rollout.json"));
  }

  private static SolveOptions exact() {
    return new SolveOptions(20, 1e-9, 1, 1, true);
  }

  private static SolveOptions heuristicOnly() {
    return new SolveOptions(5, 1e-9, 1, 1, false);
  }

  @Test
  void tinyRolloutMipFindsTheHandWorkedOptimum() throws Exception {
    Instance instance = tinyRollout();
    assertThat(new RolloutBruteForce(instance).solve()).isCloseTo(TINY_OPTIMUM_USD, Percentage.withPercentage(1e-9));

    PlanOutcome outcome = new Planner().plan(instance, exact());

    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(TINY_OPTIMUM_USD, Percentage.withPercentage(1e-7));
    assertThat(outcome.plan().stats().status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(outcome.plan().schedules()).containsExactly(
        new LinkSchedule("L1", List.of(new LinkSchedule.Step(1, "mw-200"), new LinkSchedule.Step(3, "eband-1g"))),
        new LinkSchedule("L2", List.of(new LinkSchedule.Step(2, "mw-100"))));
  }

  @Test
  void withTheYearlyBudgetBindingTheHeuristicPlanIsDearerButWithinIt() throws Exception {
    PlanRun run = new PlanPipeline().run(tinyRollout(), "tiny-rollout.json", new byte[0], heuristicOnly());

    assertThat(run.violations()).isEmpty();
    // eband-1g on L1 from year 1, L2 from year 3, transit 12 x 1 USD on each year's traffic
    double l1 = 60_000 + 3_000 * yearEndSum(1, 6);
    double l2 = 15_000 / 1.21 + 1_500 * yearEndSum(3, 6);
    double transit = 0;
    for (int t = 1; t <= 6; t++) {
      transit += 12 * (100 * Math.pow(1.3, t - 1) + (t >= 3 ? 40 : 0)) * Math.pow(1.1, -t);
    }
    assertThat(run.result().summary().objectiveUsd()).isCloseTo(l1 + l2 + transit, Percentage.withPercentage(1e-9));
    assertThat(run.result().rollout().years()).allSatisfy(y -> assertThat(y.capexUsd()).isLessThanOrEqualTo(70_000));
  }

  /** Sum of 1.1^-t for t = from..to: end-of-year payments at 10 %. */
  private static double yearEndSum(int from, int to) {
    double sum = 0;
    for (int t = from; t <= to; t++) {
      sum += Math.pow(1.1, -t);
    }
    return sum;
  }

  @Test
  void withoutTheYearlyBudgetTheDynamicProgrammeIsExactOnTheOptimalForest() throws Exception {
    Instance instance = tinyRollout();
    Rollout rollout = instance.rollout();
    Instance unbudgeted = instance.withRollout(new Rollout(rollout.demandGrowthPerYear(), Double.POSITIVE_INFINITY,
        rollout.sites()));
    assertThat(new RolloutBruteForce(unbudgeted).solve())
        .isCloseTo(TINY_UNBUDGETED_OPTIMUM_USD, Percentage.withPercentage(1e-9));

    PlanOutcome heuristic = new Planner().plan(unbudgeted, heuristicOnly());
    PlanOutcome mip = new Planner().plan(unbudgeted, exact());

    assertThat(heuristic.plan().stats().objectiveUsd())
        .isCloseTo(TINY_UNBUDGETED_OPTIMUM_USD, Percentage.withPercentage(1e-7));
    assertThat(mip.plan().stats().objectiveUsd()).isCloseTo(TINY_UNBUDGETED_OPTIMUM_USD, Percentage.withPercentage(1e-7));
    assertThat(heuristic.plan().schedules()).contains(new LinkSchedule("L2", List.of(new LinkSchedule.Step(3, "mw-100"))));
  }

  @Test
  void withoutGrowthARolloutCostsWhatTheStaticPlanCosts() throws Exception {
    // no growth, every site from year 1: everything is installed in year 1 (not discounted) and
    // every yearly payment is the static one, so the optimum is the static optimum of tiny.json
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny.json"));

    PlanOutcome staticPlan = new Planner().plan(tiny, exact());
    PlanOutcome rollout = new Planner().plan(tiny.withRollout(new Rollout(0)), exact());

    assertThat(rollout.plan().stats().objectiveUsd())
        .isCloseTo(staticPlan.plan().stats().objectiveUsd(), Percentage.withPercentage(1e-9));
    assertThat(rollout.plan().schedules()).allSatisfy(s -> assertThat(s.steps()).hasSize(1)
        .allSatisfy(step -> assertThat(step.year()).isEqualTo(1)));
  }

  @Test
  void aYearlyBudgetNoScheduleCanMeetGivesNoPlanWithTheReason() throws Exception {
    Instance instance = tinyRollout();
    Instance starved = instance.withRollout(new Rollout(0.3, 9_000, instance.rollout().sites()));

    PlanOutcome outcome = new Planner().plan(starved, heuristicOnly());

    assertThat(outcome.hasPlan()).isFalse();
    assertThat(outcome.message()).isEqualTo("no roll-out schedule: the planned network needs at least 10000.00 USD"
        + " of capex by year 1, more than 1 x capexBudgetUsdPerYear 9000.00 = 9000.00 USD");
  }

  @Test
  void mipMatchesBruteForceOnRandomTinyRollouts() {
    int checked = 0;
    for (int seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Instance instance = randomRollout(rnd);
      double expected = new RolloutBruteForce(instance).solve();
      PlanOutcome outcome = new Planner().plan(instance, new SolveOptions(10, 1e-9, 1, 1, true));
      if (expected == Double.POSITIVE_INFINITY) {
        assertThat(outcome.hasPlan()).as("seed %d should have no plan", seed).isFalse();
        continue;
      }
      assertThat(outcome.plan().stats().objectiveUsd()).as("seed %d objective", seed)
          .isCloseTo(expected, Percentage.withPercentage(1e-6));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(12);
  }

  /** A random static instance with a short horizon, random growth, first years and a yearly budget. */
  static Instance randomRollout(Random rnd) {
    Instance base = MipAgainstBruteForceTest.randomInstance(rnd);
    Instance shortHorizon = new Instance(base.name(), "", new Economics("USD", 3, 0.05 + 0.05 * rnd.nextInt(2)),
        base.constraints(), base.nodes(), base.links());
    List<Rollout.SiteRollout> sites = new ArrayList<>();
    for (Node n : base.nodes()) {
      if (n.isSite() && rnd.nextInt(3) == 0) {
        sites.add(new Rollout.SiteRollout(n.id(), 0.1 * rnd.nextInt(4), 1 + rnd.nextInt(3)));
      }
    }
    double budget = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 20_000 + 10_000 * rnd.nextInt(6);
    return shortHorizon.withRollout(new Rollout(0.1 * rnd.nextInt(5), budget, sites));
  }
}
