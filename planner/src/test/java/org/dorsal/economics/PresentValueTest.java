package org.dorsal.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dorsal.model.Economics;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** Net present cost against values computed by hand (payments at the end of each year). */
class PresentValueTest {

  @Test
  void annuityFactorIsTheSumOfDiscountFactors() {
    // 1/1.1 + 1/1.21 + ... + 1/1.1^10
    assertThat(PresentValue.annuityFactor(10, 0.10)).isCloseTo(6.144567105704681, within(1e-12));
    // three years at 8 %: 0.925926 + 0.857339 + 0.793832
    assertThat(PresentValue.annuityFactor(3, 0.08)).isCloseTo(2.577096987, within(1e-9));
    assertThat(PresentValue.annuityFactor(7, 0)).isEqualTo(7.0);
    assertThat(PresentValue.annuityFactor(1, 0.05)).isCloseTo(1 / 1.05, within(1e-15));
  }

  @Test
  void capexIsNotDiscountedAndRecurringPaymentsAre() {
    PresentValue pv = new PresentValue(new Economics("USD", 3, 0.08));
    LinkOption option = new LinkOption("o", 100, 10000, 1000, 0, 0);
    Link link = new Link("L", "a", "b", Technology.MICROWAVE, 12, 0, List.of(option));
    // 10,000 + 1,000 x 2.577097 = 12,577.10
    assertThat(pv.npcUsd(link, option)).isCloseTo(12577.096987, within(1e-5));
  }

  @Test
  void buildCostPerKmAndBothLeasesArePriced() {
    PresentValue pv = new PresentValue(new Economics("USD", 2, 0.0));
    // lease 10 USD/Mbps-month on 100 Mbps = 12,000 per year, plus 500 per pair-year; 2 years undiscounted
    LinkOption option = new LinkOption("o", 100, 2000, 300, 10, 500);
    Link link = new Link("L", "a", "b", Technology.FIBER_BUILD, 5, 20000, List.of(option));
    assertThat(link.capexUsd(option)).isEqualTo(102000.0);
    assertThat(pv.leaseNpcUsd(option)).isEqualTo(25000.0);
    assertThat(pv.opexNpcUsd(option)).isEqualTo(600.0);
    assertThat(pv.npcUsd(link, option)).isEqualTo(127600.0);
  }

  @Test
  void transitIsPricedPerMbpsMonth() {
    PresentValue pv = new PresentValue(new Economics("USD", 10, 0.10));
    // 27 USD/Mbps-month on 250 Mbps = 81,000 per year
    assertThat(pv.ofMonthlyPerMbps(27, 250)).isCloseTo(81000 * 6.144567105704681, within(1e-6));
  }
}
