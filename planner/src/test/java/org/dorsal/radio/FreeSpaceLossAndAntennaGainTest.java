package org.dorsal.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** microwave-links.md §3 (P.525) and §8 antenna table; oracle 9. */
class FreeSpaceLossAndAntennaGainTest {

  @Test
  void oracle9FreeSpaceLoss() {
    assertThat(FreeSpaceLoss.lossDb(7, 40)).isCloseTo(141.39, within(0.005));
    assertThat(FreeSpaceLoss.lossDb(18, 10)).isCloseTo(137.56, within(0.005));
  }

  /** Within 0.055 dB: the table prints 124.1 at 38 GHz where the formula gives 124.046. */
  @Test
  void lossAtOneKilometreTable() {
    double[] f = {6, 7, 8, 11, 13, 15, 18, 23, 38, 80};
    double[] expected = {108.0, 109.4, 110.5, 113.3, 114.7, 116.0, 117.6, 119.7, 124.1, 130.5};
    for (int i = 0; i < f.length; i++) {
      assertThat(FreeSpaceLoss.lossDb(f[i], 1.0)).as("%s GHz", f[i])
          .isCloseTo(expected[i], within(0.055));
      assertThat(FreeSpaceLoss.atOneKmDb(f[i])).isEqualTo(FreeSpaceLoss.lossDb(f[i], 1.0));
    }
  }

  @Test
  void antennaGainTable() {
    double[] f = {6, 7, 8, 11, 13, 15, 18, 23, 38, 80};
    double[][] table = {
      {0.3, 22.9, 24.3, 25.4, 28.2, 29.6, 30.9, 32.5, 34.6, 38.9, 45.4},
      {0.6, 28.9, 30.3, 31.4, 34.2, 35.7, 36.9, 38.5, 40.6, 45.0, 51.4},
      {1.2, 35.0, 36.3, 37.5, 40.2, 41.7, 42.9, 44.5, 46.6, 51.0, Double.NaN},
      {1.8, 38.5, 39.8, 41.0, 43.7, 45.2, 46.4, 48.0, Double.NaN, Double.NaN, Double.NaN},
      {2.4, 41.0, 42.3, 43.5, 46.2, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN},
      {3.0, 42.9, 44.3, 45.4, 48.2, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN},
    };
    int checked = 0;
    for (double[] row : table) {
      for (int i = 0; i < f.length; i++) {
        if (!Double.isNaN(row[i + 1])) {
          assertThat(AntennaGain.gainDbi(row[0], f[i])).as("%s m at %s GHz", row[0], f[i])
              .isCloseTo(row[i + 1], within(0.051));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(44);
  }
}
