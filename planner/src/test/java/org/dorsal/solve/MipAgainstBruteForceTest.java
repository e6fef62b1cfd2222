package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** The exact solver must find the same optimum as exhaustive enumeration on small random instances. */
class MipAgainstBruteForceTest {

  @Test
  void sameOptimalCostOnRandomInstances() {
    int feasible = 0;
    int infeasible = 0;
    for (int seed = 1; seed <= 150; seed++) {
      Instance instance = randomInstance(new Random(seed));
      double expected = new BruteForcePlanner(instance).solve();
      PlanOutcome outcome = new Planner().plan(instance, new SolveOptions(20, 1e-9, 1, 1, true));
      if (expected == Double.POSITIVE_INFINITY) {
        assertThat(outcome.hasPlan()).as("seed %d should be infeasible", seed).isFalse();
        infeasible++;
      } else {
        assertThat(outcome.hasPlan()).as("seed %d should have a plan", seed).isTrue();
        assertThat(outcome.plan().stats().objectiveUsd())
            .as("seed %d objective", seed)
            .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-6));
        feasible++;
      }
    }
    // the generator must exercise both outcomes
    assertThat(feasible).isGreaterThan(100);
    assertThat(infeasible).isGreaterThan(3);
  }

  static Instance randomInstance(Random rnd) {
    List<Node> nodes = new ArrayList<>();
    int gateways = 1 + rnd.nextInt(2);
    int sites = 2 + rnd.nextInt(3);
    int relays = rnd.nextInt(2);
    for (int g = 0; g < gateways; g++) {
      nodes.add(TinyInstances.gateway("G" + g, rnd.nextBoolean() ? 10000 : 100 + 50 * rnd.nextInt(4), 5 + rnd.nextInt(30)));
    }
    for (int s = 0; s < sites; s++) {
      boolean required = rnd.nextInt(4) > 0;
      nodes.add(TinyInstances.site("S" + s, 10 + 10 * rnd.nextInt(10), required, required ? 0 : 20000 + 20000 * rnd.nextInt(10)));
    }
    for (int r = 0; r < relays; r++) {
      nodes.add(TinyInstances.relay("R" + r));
    }
    List<Link> links = new ArrayList<>();
    int linkCount = nodes.size() + rnd.nextInt(4);
    Technology[] techs = {Technology.MICROWAVE, Technology.MICROWAVE, Technology.FIBER_BUILD, Technology.FIBER_LEASE, Technology.FIBER_EXISTING};
    for (int i = 0; i < linkCount; i++) {
      int a = gateways + rnd.nextInt(nodes.size() - gateways);
      int b = rnd.nextInt(nodes.size());
      if (a == b) {
        continue;
      }
      Technology t = techs[rnd.nextInt(techs.length)];
      List<LinkOption> options = new ArrayList<>();
      int count = 1 + rnd.nextInt(3);
      for (int k = 0; k < count; k++) {
        double cap = 50 * (1 + rnd.nextInt(8));
        options.add(new LinkOption("o" + k, cap, 1000 * rnd.nextInt(60), 100 * rnd.nextInt(50),
            t == Technology.FIBER_LEASE ? rnd.nextInt(20) : 0, 0));
      }
      double perKm = t == Technology.FIBER_BUILD ? 1000 * rnd.nextInt(5) : 0;
      links.add(new Link("L" + i, nodes.get(a).id(), nodes.get(b).id(), t, 1 + rnd.nextInt(20), perKm, options));
    }
    for (int s = 0; s < sites; s++) {
      if (rnd.nextInt(3) == 0) {
        links.add(new Link("SAT" + s, "S" + s, null, Technology.SATELLITE, 0, 0,
            List.of(new LinkOption("sat", 50 + 50 * rnd.nextInt(3), 5000, 0, 50 + rnd.nextInt(200), 0))));
      }
    }
    return new Instance("random", "", new Economics("USD", 5 + rnd.nextInt(10), 0.05 * rnd.nextInt(3)),
        new Constraints(1 + rnd.nextInt(3), Double.POSITIVE_INFINITY), nodes, links);
  }
}
