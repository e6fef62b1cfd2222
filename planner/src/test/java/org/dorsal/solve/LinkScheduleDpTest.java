package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Rollout;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** The per-link dynamic programme is optimal: checked against every monotone schedule. */
class LinkScheduleDpTest {

  @Test
  void cheapestScheduleEqualsTheBestOfAllMonotoneSchedules() {
    int withSchedule = 0;
    for (int seed = 1; seed <= 300; seed++) {
      Random rnd = new Random(seed);
      Instance instance = oneLink(rnd);
      RolloutNetwork rn = new RolloutNetwork(instance);
      double[] flow = new double[rn.years];
      for (int t = 0; t < rn.years; t++) {
        flow[t] = rn.demandMbps[1][t];
      }
      Link link = instance.links().get(0);
      List<MonotoneSchedules.Candidate> all = MonotoneSchedules.all(link, flow, instance.economics().discountRate());

      LinkScheduleDp.Schedule dp = LinkScheduleDp.solve(rn, 0, flow, rn.capexFactor);

      if (all.isEmpty()) {
        assertThat(dp).as("seed %d has no schedule", seed).isNull();
        continue;
      }
      MonotoneSchedules.Candidate best = all.stream().min(Comparator.comparingDouble(MonotoneSchedules.Candidate::npcUsd))
          .orElseThrow();
      assertThat(dp.weightedUsd()).as("seed %d", seed).isCloseTo(best.npcUsd(), Percentage.withPercentage(1e-9));
      // the schedule returned costs what the programme says
      int[] asIndices = new int[rn.years];
      for (int t = 0; t < rn.years; t++) {
        asIndices[t] = dp.optionByYear()[t] < 0 ? -1 : dp.optionByYear()[t] - rn.net.optionStart[0];
      }
      assertThat(all.stream().filter(c -> java.util.Arrays.equals(c.option(), asIndices)).findFirst())
          .as("seed %d schedule is a valid one", seed)
          .hasValueSatisfying(c -> assertThat(c.npcUsd()).isCloseTo(best.npcUsd(), Percentage.withPercentage(1e-9)));
      withSchedule++;
    }
    assertThat(withSchedule).isGreaterThan(200);
  }

  /** One site on one link to one gateway, 2..5 years, 1..3 options, a random first year and growth. */
  private static Instance oneLink(Random rnd) {
    int years = 2 + rnd.nextInt(4);
    List<LinkOption> options = new ArrayList<>();
    int count = 1 + rnd.nextInt(3);
    for (int k = 0; k < count; k++) {
      options.add(new LinkOption("o" + k, 50 + 50 * rnd.nextInt(6), 1000 * rnd.nextInt(40), 100 * rnd.nextInt(30),
          rnd.nextInt(4) == 0 ? rnd.nextInt(10) : 0, rnd.nextInt(4) == 0 ? 500 * rnd.nextInt(5) : 0));
    }
    Technology technology = rnd.nextBoolean() ? Technology.FIBER_BUILD : Technology.MICROWAVE;
    double perKm = technology == Technology.FIBER_BUILD ? 1000 * rnd.nextInt(6) : 0;
    Link link = new Link("L", "S", "G", technology, 1 + rnd.nextInt(10), perKm, options);
    Instance instance = new Instance("one-link", "", new Economics("USD", years, 0.04 * rnd.nextInt(4)),
        new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 10000, 0), TinyInstances.site("S", 40 + 10 * rnd.nextInt(6), true, 0)),
        List.of(link));
    int firstYear = 1 + rnd.nextInt(years);
    return instance.withRollout(new Rollout(0.3, Double.POSITIVE_INFINITY,
        List.of(new Rollout.SiteRollout("S", 0.1 * rnd.nextInt(6), firstYear))));
  }
}
