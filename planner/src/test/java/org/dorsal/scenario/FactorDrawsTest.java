package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.dorsal.model.FactorDistribution;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;
import org.junit.jupiter.api.Test;

class FactorDrawsTest {
  private static final Uncertainty DRIVERS = new Uncertainty(List.of(
      new UncertainDriver("demand", new FactorDistribution.Lognormal(1.0, 0.25)),
      new UncertainDriver("transitPrice", new FactorDistribution.Triangular(0.55, 1.0, 1.1)),
      new UncertainDriver("satellitePrice", new FactorDistribution.Uniform(0.6, 1.2)),
      new UncertainDriver("opex", new FactorDistribution.Normal(1.0, 1.0))));

  private final FactorDraws draws = new FactorDraws(DRIVERS);

  @Test
  void quantilesMatchTheClosedForms() {
    // expected values from Python's statistics.NormalDist and the triangular inverse CDF by hand:
    // lognormal: median * exp(sigma * z_p), z_0.1 = -1.2815515655446008
    assertThat(draws.quantile(0, 0.1)).isCloseTo(0.7258674247381793, within(1e-9));
    assertThat(draws.quantile(0, 0.5)).isCloseTo(1.0, within(1e-12));
    assertThat(draws.quantile(0, 0.9)).isCloseTo(1.377662043947902, within(1e-9));
    // triangular: F(mode) = 0.45 / 0.55; below it min + sqrt(p (max - min)(mode - min))
    assertThat(draws.quantile(1, 0.1)).isCloseTo(0.55 + Math.sqrt(0.1 * 0.55 * 0.45), within(1e-12));
    assertThat(draws.quantile(1, 0.9)).isCloseTo(1.1 - Math.sqrt(0.1 * 0.55 * 0.1), within(1e-12));
    assertThat(draws.quantile(2, 0.1)).isCloseTo(0.66, within(1e-12));
    assertThat(draws.quantile(2, 0.5)).isCloseTo(0.9, within(1e-12));
    // normal(1, 1) conditioned on >= 0: P(X < 0) = Phi(-1), so the median is Phi^-1(Phi(-1) + 0.5 (1 - Phi(-1)))
    assertThat(draws.quantile(3, 0.5)).isCloseTo(1.2001736861668912, within(1e-9));
    assertThat(draws.quantile(3, 0.1)).isCloseTo(0.30264308384274263, within(1e-9));
    assertThat(draws.quantile(3, 0.0)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void aSampleDependsOnlyOnSeedAndIndex() {
    Map<String, Double> fifth = draws.sample(42, 5);
    for (int i = 0; i < 5; i++) {
      draws.sample(42, i);
    }
    assertThat(new FactorDraws(DRIVERS).sample(42, 5)).isEqualTo(fifth).isEqualTo(draws.sample(42, 5));
    assertThat(fifth.keySet()).containsExactly("demand", "transitPrice", "satellitePrice", "opex");
    assertThat(draws.sample(42, 6)).isNotEqualTo(fifth);
    assertThat(draws.sample(43, 5)).isNotEqualTo(fifth);
  }

  @Test
  void samplesStayInsideTheirSupportsAndFollowTheDistributions() {
    int n = 4000;
    int demandBelowMedian = 0;
    int satelliteBelow09 = 0;
    for (int i = 0; i < n; i++) {
      Map<String, Double> f = draws.sample(7, i);
      assertThat(f.get("transitPrice")).isBetween(0.55, 1.1);
      assertThat(f.get("satellitePrice")).isBetween(0.6, 1.2);
      assertThat(f.get("opex")).isGreaterThanOrEqualTo(0.0);
      demandBelowMedian += f.get("demand") < 1.0 ? 1 : 0;
      satelliteBelow09 += f.get("satellitePrice") < 0.9 ? 1 : 0;
    }
    // binomial(4000, 0.5): standard deviation 31.6; 5 sigma either way
    assertThat(demandBelowMedian).isBetween(2000 - 158, 2000 + 158);
    assertThat(satelliteBelow09).isBetween(2000 - 158, 2000 + 158);
  }

  @Test
  void factorsBecomeMultipliersWithTheOthersAtOne() {
    assertThat(FactorDraws.multipliers(Map.of("demand", 1.5, "opex", 0.5)))
        .isEqualTo(new Multipliers(1.5, 1, 1, 1, 1, 1, 0.5));
  }
}
