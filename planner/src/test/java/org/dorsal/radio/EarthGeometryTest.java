package org.dorsal.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** microwave-links.md §2 values and oracle 7. */
class EarthGeometryTest {

  @Test
  void earthBulgeAtMidPathOf40Km() {
    assertThat(EarthGeometry.earthBulgeM(20, 20, 4.0 / 3.0)).isCloseTo(23.5, within(0.05));
    assertThat(EarthGeometry.earthBulgeM(20, 20, 2.0 / 3.0)).isCloseTo(47.1, within(0.05));
  }

  @Test
  void fresnelRadiusAtMidPath() {
    assertThat(EarthGeometry.fresnelRadiusM(20, 20, 7)).isCloseTo(20.7, within(0.05));
    assertThat(EarthGeometry.fresnelRadiusM(5, 5, 18)).isCloseTo(6.4, within(0.05));
    assertThat(EarthGeometry.fresnelRadiusM(0, 0, 18)).isZero();
  }

  @Test
  void oracle7FresnelAndDiffraction() {
    assertThat(EarthGeometry.fresnelRadiusM(20, 20, 7)).isCloseTo(20.677, within(0.0005));
    assertThat(EarthGeometry.diffractionLossDb(20, 20, -5, 7)).isCloseTo(14.84, within(0.005));
  }

  @Test
  void workedExampleBClearanceTerms() {
    assertThat(EarthGeometry.earthBulgeM(5, 5, 4.0 / 3.0)).isCloseTo(1.5, within(0.05));
  }
}
