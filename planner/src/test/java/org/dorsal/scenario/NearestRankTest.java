package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dorsal.model.risk.Spread;
import org.junit.jupiter.api.Test;

class NearestRankTest {

  @Test
  void tenValuesGiveTheFirstFifthAndNinthByRank() {
    // ranks ceil(0.1 * 10) = 1, ceil(0.5 * 10) = 5, ceil(0.9 * 10) = 9 of the sorted values
    Spread s = NearestRank.spread(new double[] {70, 10, 100, 40, 20, 90, 50, 30, 80, 60});
    assertThat(s).isEqualTo(new Spread(10, 50, 90, 55, 10, 100));
  }

  @Test
  void elevenValuesRoundTheRankUp() {
    // 10 % of 11 = 1.1 -> rank 2; 50 % -> 5.5 -> rank 6; 90 % -> 9.9 -> rank 10
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertThat(NearestRank.percentile(sorted, 10)).isEqualTo(2);
    assertThat(NearestRank.percentile(sorted, 50)).isEqualTo(6);
    assertThat(NearestRank.percentile(sorted, 90)).isEqualTo(10);
    assertThat(NearestRank.percentile(sorted, 100)).isEqualTo(11);
    assertThat(NearestRank.percentile(sorted, 1)).isEqualTo(1);
  }

  @Test
  void aSingleValueIsEveryPercentileAndNoValuesGiveNoSpread() {
    assertThat(NearestRank.spread(new double[] {7.5})).isEqualTo(new Spread(7.5, 7.5, 7.5, 7.5, 7.5, 7.5));
    assertThat(NearestRank.spread(new double[0])).isNull();
  }

  @Test
  void twoHundredSamplesTakeRanks20And100And180() {
    double[] values = new double[200];
    for (int i = 0; i < 200; i++) {
      values[i] = 199 - i; // descending input: 0..199 once sorted
    }
    Spread s = NearestRank.spread(values);
    assertThat(s.p10()).isEqualTo(19);
    assertThat(s.p50()).isEqualTo(99);
    assertThat(s.p90()).isEqualTo(179);
    assertThat(s.mean()).isEqualTo(99.5);
  }

  @Test
  void percentilesOutsideOneToHundredAreRefused() {
    assertThatThrownBy(() -> NearestRank.percentile(new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
