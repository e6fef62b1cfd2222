package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.dorsal.solve.TinyInstances.gateway;
import static org.dorsal.solve.TinyInstances.link;
import static org.dorsal.solve.TinyInstances.option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.ResultJson;
import org.dorsal.model.Constraints;
import org.dorsal.model.Coverage;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Rollout;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.Technology;
import org.dorsal.model.result.CoverageReport;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.verify.PlanVerifier;
import org.dorsal.verify.RecordCopies;
import org.junit.jupiter.api.Test;

/** Coverage within a roll-out's yearly capex budget: worked example, exhaustive reference, verifier. */
class RolloutCoveragePlannerTest {
  private static final SolveOptions OPTIONS = new SolveOptions(10, 1e-9, 1, 1, true);

  /**
   * instances/tiny-rollout-coverage.json (docs/coverage.md): three years, 25,000 USD a year. S1
   * (required, 10,000) must be built in year 1; A (500 people, 15,000) and B (800, 12,000) are
   * online from year 1, C (300, 20,000) from year 2. All four fit three years of budget (57,000 of
   * 75,000), so that is the bound; but year 1 holds S1 and only one of A and B: the best is S1 + B
   * in year 1 and C in year 2 (3,100 people). Dropping by weight per capex alone would drop C
   * first (300 / 20,000 is the least) and lose it. NPC by hand (10 %, year-end running costs):
   * capex 22,000 + 20,000 / 1.1 = 40,181.82; opex 1,000 x 2.486852 x 2 + 1,000 x 1.577761 =
   * 6,551.47; transit 1,200 x 2.486852 + 600 x 1.577761 = 3,930.88; total 50,664.17.
   */
  @Test
  void theYearlyBudgetDropsTheSiteThatMakesRoomInTheYearItBinds() throws Exception {
    Path file = Path.of("instances/tiny-rollout-coverage.json");
    Instance instance = new InstanceReader().read(file);

    PlanOutcome outcome = new Planner().plan(instance, OPTIONS);
    PlanRun run = new PlanPipeline().check(instance, "yearly-coverage", Files.readAllBytes(file), OPTIONS, outcome);

    assertThat(run.violations()).isEmpty();
    assertThat(servedSites(outcome)).containsExactly("S1", "B", "C");
    assertThat(run.result().coverage().weightCovered()).isEqualTo(3100);
    assertThat(run.result().coverage().weightBound()).isEqualTo(3600);
    assertThat(run.result().coverage().capexBudgetUsdPerYear()).isEqualTo(25_000);
    assertThat(run.result().rollout().years().stream().map(RolloutYear::capexUsd).toList())
        .containsExactly(22_000.0, 20_000.0, 0.0);
    assertThat(run.result().summary().totalNpcUsd()).isCloseTo(50_664.17, offset(0.01));
    assertThat(outcome.plan().stats().solverName()).contains("1 of them dropped to keep the yearly budgets");
  }

  /** The committed reference result (results/) passes the verifier and is that plan. */
  @Test
  void theReferenceResultIsVerifiedAndIsTheWorkedPlan() throws Exception {
    Path file = Path.of("instances/tiny-rollout-coverage.json");
    Instance instance = new InstanceReader().read(file);
    Path reference = Path.of("results/tiny-rollout-coverage.result.json");
    PlanResult result = ResultJson.read(reference.toString(), Files.readAllBytes(reference));

    assertThat(new PlanVerifier().verify(instance, result, Files.readAllBytes(file)).violations()).isEmpty();
    assertThat(result.coverage().weightCovered()).isEqualTo(3100);
    assertThat(result.summary().totalNpcUsd()).isCloseTo(50_664.17, offset(0.01));
  }

  /** The verifier names a year whose capex exceeds the yearly budget the coverage block claims. */
  @Test
  void aYearAboveTheClaimedYearlyBudgetIsNamed() throws Exception {
    Path file = Path.of("instances/tiny-rollout-coverage.json");
    Instance instance = new InstanceReader().read(file);
    Path reference = Path.of("results/tiny-rollout-coverage.result.json");
    PlanResult result = ResultJson.read(reference.toString(), Files.readAllBytes(reference));
    CoverageReport claimed = result.coverage();
    PlanResult tighter = RecordCopies.with(result, "coverage", new CoverageReport(claimed.weight(),
        claimed.weightCovered(), claimed.weightBound(), claimed.weightGap(), claimed.capexBudgetUsd(), 21_000));

    assertThat(new PlanVerifier().verify(instance, tighter, Files.readAllBytes(file)).violations())
        .containsExactly("coverage: the plan's capex of year 1 is 22000 USD, more than the capexBudgetUsdPerYear"
            + " 21000 it was planned for");
  }

  @Test
  void requiredSitesThatDoNotFitTheFirstYearGiveNoPlanWithTheProof() {
    Instance instance = new Instance("too-tight", "", new Economics("USD", 3, 0.10),
        new Constraints(1, Double.POSITIVE_INFINITY),
        List.of(gateway("G1", 1000, 1), site("S1", 2000, true), site("A", 500, false)),
        List.of(link("L1", "S1", "G1", Technology.MICROWAVE, option("mw", 100, 10_000, 1000)),
            link("LA", "A", "G1", Technology.MICROWAVE, option("mw", 100, 5_000, 1000))))
        .withRollout(new Rollout(0, 9_000, List.of()))
        .withCoverage(Coverage.byPopulation());

    PlanOutcome outcome = new Planner().plan(instance, OPTIONS);

    assertThat(outcome.hasPlan()).isFalse();
    assertThat(outcome.message()).isEqualTo("no roll-out of the required sites within the budgets was found (the"
        + " coverage forest with 1 optional site(s) dropped, and the roll-out planner's forests): the planned network"
        + " needs at least 10000.00 USD of capex by year 1, more than 1 x capexBudgetUsdPerYear 9000.00 = 9000.00 USD");
  }

  /**
   * Random tiny roll-outs with a coverage section against enumeration: every set of optional sites
   * made required (the others free to serve), each roll-out solved exhaustively ({@link RolloutBruteForce}); the most weight
   * of a set with a roll-out within the budgets is the optimum. The planner never claims more,
   * its bound is never below it, every plan passes the verifier, and (measured: 27 plans, 5 of them
   * with sites dropped for the yearly budget) every seed reaches it.
   */
  @Test
  void coverageOverARolloutAgainstEnumeration() {
    int plans = 0;
    int optimal = 0;
    int budgetDrops = 0;
    for (int seed = 1; seed <= 100; seed++) {
      Random rnd = new Random(seed);
      Instance random = CoveragePlannerTest.coverageInstance(RolloutPlannerTest.randomRollout(rnd), rnd);
      Rollout rollout = random.rollout();
      // yearly budgets from tight to loose, often a total budget too
      Instance instance = random
          .withConstraints(new Constraints(1 + rnd.nextInt(2),
              rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 30_000 + 15_000 * rnd.nextInt(5)))
          .withRollout(new Rollout(rollout.demandGrowthPerYear(), 5_000 + 7_500 * rnd.nextInt(6), rollout.sites()));
      double best = bestWeight(instance);
      PlanOutcome outcome = new Planner().plan(instance, OPTIONS);
      if (best == Double.NEGATIVE_INFINITY) {
        assertThat(outcome.hasPlan()).as("seed %d has no plan", seed).isFalse();
        continue;
      }
      assertThat(outcome.hasPlan()).as("seed %d: %s", seed, outcome.message()).isTrue();
      PlanRun run = new PlanPipeline().check(instance, "random-" + seed, new byte[0], OPTIONS, outcome);
      assertThat(run.violations()).as("seed %d verified", seed).isEmpty();
      double covered = run.result().coverage().weightCovered();
      assertThat(covered).as("seed %d weight", seed).isLessThanOrEqualTo(best + 1e-6);
      assertThat(run.result().coverage().weightBound()).as("seed %d bound", seed).isGreaterThanOrEqualTo(best - 1e-6);
      plans++;
      optimal += covered >= best - 1e-6 ? 1 : 0;
      // the yearly budget cost coverage: the sites chosen within the years' budgets summed did not all fit
      budgetDrops += outcome.plan().stats().solverName().contains(" 0 of them dropped") ? 0 : 1;
    }
    assertThat(plans).isGreaterThanOrEqualTo(20);
    assertThat(budgetDrops).isGreaterThanOrEqualTo(4);
    assertThat(optimal).as("optimal in %d of %d", optimal, plans).isEqualTo(plans);
  }

  /** The most weight of a set of sites that has a roll-out within the budgets; -infinity for none. */
  private static double bestWeight(Instance instance) {
    List<Integer> optional = new ArrayList<>();
    for (int v = 0; v < instance.nodes().size(); v++) {
      if (instance.nodes().get(v).isOptionalSite()) {
        optional.add(v);
      }
    }
    Coverage coverage = instance.coverage();
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << optional.size(); mask++) {
      List<Node> nodes = new ArrayList<>();
      double weight = 0;
      for (int v = 0; v < instance.nodes().size(); v++) {
        Node n = instance.nodes().get(v);
        int bit = optional.indexOf(v);
        boolean serve = n.isSite() && (bit < 0 ? n.required() : (mask >> bit & 1) == 1);
        if (serve) {
          weight += coverage.weightOf(n);
        }
        if (bit >= 0) {
          // the set's sites required; the others free to serve (no penalty), so a plan found serves a superset
          n = new Node(n.id(), n.kind(), n.name(), n.lat(), n.lon(), n.elevationM(), n.demandMbps(), n.population(),
              serve, 0, 0, 0);
        }
        nodes.add(n);
      }
      if (weight <= best) {
        continue;
      }
      Instance fixed = instance.withNodesAndLinks(nodes, instance.links()).withCoverage(null);
      if (new RolloutBruteForce(fixed).solve() < Double.POSITIVE_INFINITY) {
        best = weight;
      }
    }
    return best;
  }

  private static List<String> servedSites(PlanOutcome outcome) {
    return outcome.plan().routes().stream().filter(SiteRoute::served).map(SiteRoute::siteId).toList();
  }

  private static Node site(String id, long population, boolean required) {
    return new Node(id, NodeKind.SITE, id, -13.5, -72, 0, 50, population, required, 0, 0, 0);
  }
}
