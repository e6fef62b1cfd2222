package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class InstanceScalingTest {

  private static Instance tiny() throws Exception {
    return new InstanceReader().read(Path.of("instances/tiny.json"));
  }

  @Test
  void scalesEachQuantityByItsOwnFactorOnly() throws Exception {
    Instance base = tiny();
    Multipliers m = new Multipliers(2, 1.3, 0.5, 3, 0.8, 15.0 / 27.0, 1.1);
    Instance scaled = InstanceScaling.apply(base, m);
    for (int i = 0; i < base.nodes().size(); i++) {
      Node a = base.nodes().get(i);
      Node b = scaled.nodes().get(i);
      assertThat(b.demandMbps()).isEqualTo(a.demandMbps() * 2);
      assertThat(b.transitUsdPerMbpsMonth()).isEqualTo(a.transitUsdPerMbpsMonth() * 15.0 / 27.0);
      assertThat(b.uplinkCapacityMbps()).isEqualTo(a.uplinkCapacityMbps());
      assertThat(b.population()).isEqualTo(a.population());
    }
    for (int i = 0; i < base.links().size(); i++) {
      Link a = base.links().get(i);
      Link b = scaled.links().get(i);
      double capex = switch (a.technology()) {
        case FIBER_BUILD -> 1.3;
        case MICROWAVE -> 0.5;
        case SATELLITE -> 3;
        default -> 1;
      };
      double lease = a.technology() == Technology.FIBER_LEASE ? 0.8 : a.technology() == Technology.SATELLITE ? 3 : 1;
      double opex = a.technology() == Technology.SATELLITE ? 3 * 1.1 : 1.1;
      assertThat(b.buildUsdPerKm()).isEqualTo(a.buildUsdPerKm() * capex);
      for (int k = 0; k < a.options().size(); k++) {
        LinkOption x = a.options().get(k);
        LinkOption y = b.options().get(k);
        assertThat(y.capacityMbps()).isEqualTo(x.capacityMbps());
        assertThat(y.capexUsd()).isEqualTo(x.capexUsd() * capex);
        assertThat(y.opexUsdPerYear()).isEqualTo(x.opexUsdPerYear() * opex);
        assertThat(y.leaseUsdPerMbpsMonth()).isEqualTo(x.leaseUsdPerMbpsMonth() * lease);
        assertThat(y.leaseUsdPerYear()).isEqualTo(x.leaseUsdPerYear() * lease);
      }
    }
    assertThat(base).isEqualTo(tiny());
  }

  @Test
  void noChangeGivesTheSameInstance() throws Exception {
    Instance base = tiny();
    assertThat(InstanceScaling.apply(base, Multipliers.NONE)).isSameAs(base);
    assertThat(Multipliers.NONE.with("demand", 2).changed()).containsExactly(java.util.Map.entry("demand", 2.0));
  }

  @Test
  void rejectsNegativeAndUnknownFactors() {
    assertThatThrownBy(() -> Multipliers.NONE.with("demand", -1))
        .hasMessage("demand multiplier must be a finite number >= 0, got -1.0");
    assertThatThrownBy(() -> Multipliers.NONE.with("capex", 2))
        .hasMessageStartingWith("unknown multiplier capex; known: [demand, fiberBuildCapex");
  }
}
