package org.dorsal.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParetoFlagsTest {

  @Test
  void flagsPointsNoOtherDominates() {
    // capex, coverage: A (10, 100) optimal; B (20, 100) dominated by A (same coverage, cheaper);
    // C (20, 150) optimal; D (30, 140) dominated by C; E (30, 200) optimal; F (5, 50) optimal
    // (cheapest); G: no plan
    double[] capex = {10, 20, 20, 30, 30, 5, Double.NaN};
    double[] coverage = {100, 100, 150, 140, 200, 50, Double.NaN};
    assertThat(ParetoFlags.of(capex, coverage)).containsExactly(true, false, true, false, true, true, false);
  }

  @Test
  void equalPointsAreBothOptimalAndEqualCoverageAtHigherCapexIsNot() {
    assertThat(ParetoFlags.of(new double[] {10, 10, 12}, new double[] {7, 7, 7})).containsExactly(true, true, false);
  }

  @Test
  void moreCoverageAtTheSameCapexDominates() {
    assertThat(ParetoFlags.of(new double[] {10, 10}, new double[] {7, 8})).containsExactly(false, true);
  }

  @Test
  void differencesWithinTheToleranceCountAsEqual() {
    assertThat(ParetoFlags.of(new double[] {1e7, 1e7 + 1e-4}, new double[] {5, 5})).containsExactly(true, true);
  }
}
