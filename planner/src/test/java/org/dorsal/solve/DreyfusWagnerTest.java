package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class DreyfusWagnerTest {

  /** On random Steiner-like instances the program's plan costs the enumerated optimum. */
  @Test
  void findsTheEnumeratedOptimumOnRandomSteinerInstances() {
    int compared = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Instance instance = randomSteiner(new Random(seed), 1e9, 27);
      DesignNetwork net = DesignNetwork.of(instance);
      assertThat(DreyfusWagner.applies(net)).as("seed %d", seed).isTrue();
      double optimum = new BruteForcePlanner(instance).solve();
      DesignSolution exact = DreyfusWagner.solve(net);
      if (optimum == Double.POSITIVE_INFINITY) {
        assertThat(exact).as("seed %d", seed).isNull();
        continue;
      }
      compared++;
      assertThat(exact.objectiveUsd()).as("seed %d", seed).isCloseTo(optimum, Percentage.withPercentage(1e-9));
      assertThat(ForestState.fromParents(net, exact.parentArc()).costUsd()).isCloseTo(exact.objectiveUsd(),
          Percentage.withPercentage(1e-9));
    }
    assertThat(compared).isGreaterThanOrEqualTo(40);
  }

  /** The planner takes the program's plan, proven optimal. */
  @Test
  void plannerReportsTheProgramsPlanAsOptimal() {
    Instance instance = randomSteiner(new Random(3), 1e9, 27);
    double optimum = new BruteForcePlanner(instance).solve();
    PlanOutcome outcome = new Planner().plan(instance, new SolveOptions(10, 1e-6, 1, 2, true));
    assertThat(outcome.plan().stats().status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(optimum, Percentage.withPercentage(1e-9));
    assertThat(outcome.plan().stats().solverName()).startsWith("Dreyfus-Wagner");
  }

  /** Not where a capacity could bind, exits charge different transit, or a site is optional. */
  @Test
  void appliesOnlyWhereThePlanIsASteinerTree() {
    Random rnd = new Random(5);
    assertThat(DreyfusWagner.applies(DesignNetwork.of(randomSteiner(rnd, 1e9, 27)))).isTrue();
    // a link too small for the whole demand
    assertThat(DreyfusWagner.applies(DesignNetwork.of(randomSteiner(new Random(5), 15, 27)))).isFalse();
    assertThat(DreyfusWagner.applies(DesignNetwork.of(TinyInstances.tiny()))).isFalse();
    Instance optional = new Instance("opt", "", new Economics("USD", 10, 0.1), new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 1e9, 0), TinyInstances.site("S", 10, false, 100)),
        List.of(TinyInstances.link("L", "S", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 1e9, 5, 0))));
    assertThat(DreyfusWagner.applies(DesignNetwork.of(optional))).isFalse();
    Instance twoPrices = new Instance("two", "", new Economics("USD", 10, 0.1), new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G1", 1e9, 5), TinyInstances.gateway("G2", 1e9, 6), TinyInstances.site("S", 10, true, 0)),
        List.of(TinyInstances.link("L1", "S", "G1", Technology.FIBER_BUILD, TinyInstances.option("f", 1e9, 5, 0)),
            TinyInstances.link("L2", "S", "G2", Technology.FIBER_BUILD, TinyInstances.option("f", 1e9, 5, 0))));
    assertThat(DreyfusWagner.applies(DesignNetwork.of(twoPrices))).isFalse();
  }

  /**
   * One or two gateways at the same transit price, 2-5 sites of demand 10, 0-2 relays, random
   * fiber links each with one option of the given capacity.
   */
  private static Instance randomSteiner(Random rnd, double capacityMbps, double transit) {
    List<Node> nodes = new ArrayList<>();
    int gateways = 1 + rnd.nextInt(2);
    int sites = 2 + rnd.nextInt(4);
    int relays = rnd.nextInt(3);
    for (int g = 0; g < gateways; g++) {
      nodes.add(TinyInstances.gateway("G" + g, 1e9, transit));
    }
    for (int s = 0; s < sites; s++) {
      nodes.add(TinyInstances.site("S" + s, 10, true, 0));
    }
    for (int r = 0; r < relays; r++) {
      nodes.add(TinyInstances.relay("R" + r));
    }
    List<Link> links = new ArrayList<>();
    int count = nodes.size() + 2 + rnd.nextInt(5);
    for (int i = 0; i < count; i++) {
      int a = gateways + rnd.nextInt(nodes.size() - gateways);
      int b = rnd.nextInt(nodes.size());
      if (a != b) {
        links.add(TinyInstances.link("L" + i, nodes.get(a).id(), nodes.get(b).id(), Technology.FIBER_BUILD,
            TinyInstances.option("f", capacityMbps, 1000 + 1000 * rnd.nextInt(50), 10 * rnd.nextInt(20))));
      }
    }
    return new Instance("steiner", "", new Economics("USD", 10, 0.10), new Constraints(0, Double.POSITIVE_INFINITY),
        nodes, links);
  }
}
