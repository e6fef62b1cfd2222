package org.dorsal.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** microwave-links.md §4 table and oracle 5 (P.676-13, ITU ValEx). */
class GaseousAttenuationTest {

  private static final double[] BANDS = {11, 13, 15, 18, 23, 38, 80};

  @Test
  void oracle5StandardAtmosphere() {
    Atmosphere air = Atmosphere.seaLevelStandard();
    assertThat(GaseousAttenuation.specificAttenuationDbPerKm(7, air))
        .isCloseTo(0.0103510, within(5e-8));
    assertThat(GaseousAttenuation.specificAttenuationDbPerKm(18, air))
        .isCloseTo(0.0575129, within(5e-8));
    assertThat(GaseousAttenuation.specificAttenuationDbPerKm(23, air))
        .isCloseTo(0.1942890, within(5e-8));
  }

  @Test
  void seaLevelColumn() {
    assertColumn(Atmosphere.seaLevelStandard(),
        new double[] {0.016, 0.021, 0.029, 0.058, 0.194, 0.117, 0.342}, 0.0009, 0.011);
  }

  @Test
  void amazonColumn() {
    assertColumn(Atmosphere.amazon(),
        new double[] {0.029, 0.042, 0.063, 0.138, 0.479, 0.253, 0.853}, 0.012, 0.017, 0.013);
  }

  @Test
  void andes3000mColumn() {
    assertColumn(Atmosphere.andes3000m(),
        new double[] {0.009, 0.012, 0.017, 0.036, 0.190, 0.066, 0.200}, 0.005, 0.006);
  }

  @Test
  void andes4000mColumn() {
    assertColumn(Atmosphere.andes4000m(),
        new double[] {0.007, 0.009, 0.013, 0.028, 0.170, 0.052, 0.158}, 0.004, 0.005);
  }

  @Test
  void pathAttenuationIsGammaTimesLength() {
    Atmosphere air = Atmosphere.amazon();
    assertThat(GaseousAttenuation.pathAttenuationDb(18, air, 10))
        .isCloseTo(10 * GaseousAttenuation.specificAttenuationDbPerKm(18, air), within(1e-12));
    assertThat(GaseousAttenuation.pathAttenuationDb(18, air, 10)).isCloseTo(1.38, within(0.005));
  }

  /** Three-decimal table values within half a unit; the 6-8 GHz range with the same slack. */
  private static void assertColumn(
      Atmosphere air, double[] expected, double lowBandMin, double lowBandMax) {
    assertColumn(air, expected, lowBandMin, lowBandMax, 0.0);
  }

  /**
   * As above, with a relative slack as well: the Amazon column (27 °C, 20 g/m³) is matched within
   * 1.3 % (largest deviation +1.2 % at 15 GHz), not to the last printed digit.
   */
  private static void assertColumn(
      Atmosphere air, double[] expected, double lowBandMin, double lowBandMax, double relative) {
    for (int i = 0; i < BANDS.length; i++) {
      assertThat(GaseousAttenuation.specificAttenuationDbPerKm(BANDS[i], air))
          .as("%s GHz", BANDS[i])
          .isCloseTo(expected[i], within(Math.max(0.0005, relative * expected[i]) + 1e-9));
    }
    for (double f : new double[] {6, 7, 8}) {
      assertThat(GaseousAttenuation.specificAttenuationDbPerKm(f, air)).as("%s GHz", f)
          .isBetween(lowBandMin - 0.0005, lowBandMax + 0.0005);
    }
  }
}
