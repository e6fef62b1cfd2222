package org.dorsal.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dorsal.model.Economics;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.LinkSchedule;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** Present values of schedules against figures worked by hand (docs/rollout.md). */
class RolloutCostsTest {
  private final RolloutCosts costs = new RolloutCosts(new Economics("USD", 4, 0.10));

  @Test
  void discountFactorsAtTheStartAndEndOfEachYear() {
    assertThat(costs.capexFactor(1)).isEqualTo(1.0);
    assertThat(costs.capexFactor(3)).isCloseTo(1 / 1.21, within(1e-15));
    assertThat(costs.yearEndFactor(1)).isCloseTo(1 / 1.1, within(1e-15));
    assertThat(costs.yearEndFactor(4)).isCloseTo(1 / 1.4641, within(1e-15));
  }

  @Test
  void smallOptionThenUpgradeOnBuiltFiber() {
    // 10 km at 2,000 USD/km: the trench (20,000) is paid once, with the first install
    Link fiber = new Link("F", "A", "B", Technology.FIBER_BUILD, 10, 2_000, List.of(
        new LinkOption("1g", 1_000, 5_000, 500, 0, 0), new LinkOption("10g", 10_000, 12_000, 800, 0, 0)));
    LinkSchedule schedule = new LinkSchedule("F",
        List.of(new LinkSchedule.Step(2, "1g"), new LinkSchedule.Step(4, "10g")));

    RolloutCosts.LinkYears paid = costs.yearsOf(fiber, schedule);

    assertThat(paid.capexUsd()).containsExactly(0, 25_000, 0, 12_000);
    assertThat(paid.opexUsd()).containsExactly(0, 500, 500, 800);
    // 25,000 / 1.1 + 12,000 / 1.331 = 22,727.2727 + 9,015.7776
    assertThat(costs.capexNpcUsd(paid.capexUsd())).isCloseTo(31_743.05034, within(1e-5));
    // 500 / 1.21 + 500 / 1.331 + 800 / 1.4641 = 413.2231 + 375.6574 + 546.4108
    assertThat(costs.yearEndNpcUsd(paid.opexUsd())).isCloseTo(1_335.29131, within(1e-5));
  }

  @Test
  void leasesFollowTheActiveOptionsCapacity() {
    Link lease = new Link("P", "A", "B", Technology.FIBER_LEASE, 30, 0, List.of(
        new LinkOption("100m", 100, 0, 0, 10, 0), new LinkOption("300m", 300, 1_000, 0, 8, 600)));
    LinkSchedule schedule = new LinkSchedule("P",
        List.of(new LinkSchedule.Step(1, "100m"), new LinkSchedule.Step(3, "300m")));

    RolloutCosts.LinkYears paid = costs.yearsOf(lease, schedule);

    // 12 x 10 x 100 = 12,000 a year, then 600 + 12 x 8 x 300 = 29,400 a year
    assertThat(paid.leaseUsd()).containsExactly(12_000, 12_000, 29_400, 29_400);
    assertThat(paid.capexUsd()).containsExactly(0, 0, 1_000, 0);
    // 12,000 x (1/1.1 + 1/1.21) + 29,400 x (1/1.331 + 1/1.4641)
    assertThat(costs.yearEndNpcUsd(paid.leaseUsd())).isCloseTo(20_826.44628 + 42_169.25073, within(1e-4));
  }
}
