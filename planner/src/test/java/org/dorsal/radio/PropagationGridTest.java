package org.dorsal.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PropagationGridTest {
  private final PropagationGrid grid = PropagationGrid.peru();

  @Test
  void gridNodesGiveTheStoredValues() {
    // rows of shared/data/peru/itu_propagation_grid.csv
    PropagationGrid.Point cusco = grid.at(-13.5, -72.0);
    assertThat(cusco.rainRateR001MmPerHour()).isEqualTo(25.57);
    assertThat(cusco.refractivityGradientDn1()).isEqualTo(-106.95);
    assertThat(cusco.terrainRoughnessM()).isEqualTo(595.70);
    assertThat(grid.at(-18.5, -81.5).rainRateR001MmPerHour()).isEqualTo(14.45);
    assertThat(grid.at(0.0, -68.5).rainRateR001MmPerHour()).isEqualTo(104.56);
  }

  @Test
  void cellCentreIsTheMeanOfItsFourCorners() {
    PropagationGrid.Point p = grid.at(-13.375, -71.875);
    assertThat(p.rainRateR001MmPerHour()).isCloseTo((25.57 + 25.23 + 28.63 + 29.31) / 4, within(1e-9));
    assertThat(p.refractivityGradientDn1()).isCloseTo((-106.95 - 123.86 - 109.48 - 128.49) / 4, within(1e-9));
    assertThat(p.terrainRoughnessM()).isCloseTo((595.70 + 778.75 + 801.05 + 951.92) / 4, within(1e-9));
  }

  @Test
  void iquitosGeoclimaticFactorMatchesWorkedExampleB() {
    // microwave-links.md worked example B (Iquitos): K = 1.36e-4
    PropagationGrid.Point iquitos = grid.at(-3.75, -73.25);
    assertThat(iquitos.geoclimaticFactorK()).isCloseTo(1.36e-4, within(0.01e-4));
    assertThat(iquitos.climate(Atmosphere.amazon()).rainRateR001MmPerHour()).isEqualTo(99.16);
  }

  @Test
  void pointsOutsideTheGridAreRefused() {
    assertThat(grid.covers(-12.05, -77.05)).isTrue();
    assertThat(grid.covers(-19.0, -70.0)).isFalse();
    assertThatThrownBy(() -> grid.at(-19.0, -70.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("(-19.0000, -70.0000) lies outside the propagation grid (latitude -18.50..0.00,"
            + " longitude -81.50..-68.50)");
  }
}
