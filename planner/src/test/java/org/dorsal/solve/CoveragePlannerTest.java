package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Economics;
import org.dorsal.model.Technology;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The coverage planner against exhaustive enumeration, and its result checked by the verifier. */
class CoveragePlannerTest {
  private static final SolveOptions OPTIONS = new SolveOptions(10, 1e-9, 1, 1, true);

  @Test
  void mostWeightThenLeastCostWithinTheBudgetAsBruteForce() {
    int plans = 0;
    int noPlans = 0;
    int budgetBinds = 0;
    for (int seed = 1; seed <= 100; seed++) {
      Random rnd = new Random(seed);
      Instance instance = coverageInstance(MipAgainstBruteForceTest.randomInstance(rnd), rnd);
      BruteForceCoverage.Best expected = new BruteForceCoverage(instance).solve();
      PlanOutcome outcome = new Planner().plan(instance, OPTIONS);
      if (expected == null) {
        assertThat(outcome.hasPlan()).as("seed %d has no plan", seed).isFalse();
        noPlans++;
        continue;
      }
      assertThat(outcome.hasPlan()).as("seed %d has a plan: %s", seed, outcome.message()).isTrue();
      PlanRun run = new PlanPipeline().check(instance, "random-" + seed, new byte[0], OPTIONS, outcome);
      assertThat(run.violations()).as("seed %d verified", seed).isEmpty();
      assertThat(run.result().coverage().weightCovered()).as("seed %d weight", seed)
          .isCloseTo(expected.weight(), offset(1e-6));
      assertThat(run.result().summary().totalNpcUsd()).as("seed %d cost", seed)
          .isCloseTo(expected.npcUsd(), Percentage.withPercentage(1e-6));
      assertThat(run.result().coverage().weightBound()).as("seed %d bound", seed)
          .isGreaterThanOrEqualTo(expected.weight() - 1e-6);
      if (run.result().summary().sitesServed() < instance.nodes().stream().filter(Node::isSite).count()
          && instance.constraints().hasBudget()) {
        budgetBinds++;
      }
      plans++;
    }
    assertThat(plans).as("plans %d, no plans %d, budget binds %d", plans, noPlans, budgetBinds).isGreaterThan(55);
    assertThat(noPlans).isGreaterThan(20);
    assertThat(budgetBinds).isGreaterThan(4);
  }

  @Test
  void equalWeightGoesToTheCheaperSite() {
    // S1 is required; S2 and S3 (optional, 100 people each) each have one link to G1: S2's costs
    // 30,000 capex, S3's 20,000 capex but more opex; the budget of 55,000 leaves room for one of them
    Instance base = new Instance("ties", "", new Economics("USD", 10, 0.1), new Constraints(2, 55000),
        List.of(TinyInstances.gateway("G1", 1000, 0), TinyInstances.site("S1", 10, true, 0),
            TinyInstances.site("S2", 10, false, 0), TinyInstances.site("S3", 10, false, 0)),
        List.of(TinyInstances.link("L1", "S1", "G1", Technology.MICROWAVE, TinyInstances.option("a", 100, 25000, 0)),
            TinyInstances.link("L2", "S2", "G1", Technology.MICROWAVE, TinyInstances.option("a", 100, 30000, 0)),
            TinyInstances.link("L3", "S3", "G1", Technology.MICROWAVE, TinyInstances.option("a", 100, 20000, 2000))));
    Instance instance = base.withCoverage(Coverage.byPopulation());
    PlanOutcome outcome = new Planner().plan(instance, OPTIONS);
    PlanRun run = new PlanPipeline().check(instance, "ties", new byte[0], OPTIONS, outcome);
    assertThat(run.violations()).isEmpty();
    // S2: 55,000 capex, NPC 55,000; S3: 45,000 capex, NPC 45,000 + 2,000 x 6.1446 = 57,289
    assertThat(run.result().routes()).extracting(r -> r.siteId() + ":" + r.exit())
        .containsExactly("S1:gateway", "S2:gateway", "S3:unserved");
    assertThat(run.result().summary().totalNpcUsd()).isCloseTo(55000, offset(1e-6));
    assertThat(run.result().coverage().weightCovered()).isEqualTo(200);
    assertThat(run.result().solver().status()).isEqualTo("optimal");
  }

  /**
   * The random instance with a coverage section: population or priority weights, often equal (so
   * that ties in weight must go to the cheaper plan), and often a budget.
   */
  static Instance coverageInstance(Instance base, Random rnd) {
    boolean priority = rnd.nextBoolean();
    boolean equalWeights = rnd.nextInt(3) == 0;
    List<Node> nodes = new ArrayList<>();
    Map<String, Double> priorities = new java.util.TreeMap<>();
    for (Node n : base.nodes()) {
      long population = equalWeights ? 100 : 50 * (1 + rnd.nextInt(6));
      if (n.isSite()) {
        n = new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(), n.demandMbps(), population,
            n.required(), n.unservedPenaltyUsd(), 0, 0);
        if (priority && !equalWeights && rnd.nextBoolean()) {
          priorities.put(n.id(), (double) rnd.nextInt(4));
        }
      }
      nodes.add(n);
    }
    double budget = rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : 25000 * rnd.nextInt(10);
    return base.withNodesAndLinks(nodes, base.links())
        .withConstraints(new Constraints(base.constraints().maxMicrowaveHops(), budget))
        .withCoverage(new Coverage(priority ? Coverage.PRIORITY : Coverage.POPULATION, priorities));
  }
}
