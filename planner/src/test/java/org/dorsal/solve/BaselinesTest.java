package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

/** The plain-MIP baseline's clean-up: links no route uses are not part of its plan. */
class BaselinesTest {

  @Test
  void linksNoRouteUsesAreDropped() {
    Instance instance = new Instance("idle", "", new Economics("USD", 10, 0.10), new Constraints(0, Double.POSITIVE_INFINITY),
        List.of(TinyInstances.gateway("G", 1000, 0), TinyInstances.site("A", 10, true, 0), TinyInstances.relay("R")),
        List.of(
            TinyInstances.link("AG", "A", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 100, 1000, 0)),
            TinyInstances.link("RG", "R", "G", Technology.FIBER_BUILD, TinyInstances.option("f", 100, 0, 0))));
    DesignNetwork net = DesignNetwork.of(instance);
    int ag = net.arcOf(1, 0);
    int rg = net.arcOf(2, 1);
    // as SCIP may return it: the free link R-G equipped, R hanging from it, no site routed through R
    DesignSolution withIdle = new DesignSolution(new int[] {-1, ag, rg},
        new int[] {net.optionStart[0], net.optionStart[1]}, 1000);

    DesignSolution cleaned = Baselines.withoutIdleLinks(net, withIdle);

    assertThat(cleaned.parentArc()).containsExactly(-1, ag, -1);
    assertThat(cleaned.linkOption()).containsExactly(net.optionStart[0], -1);
  }
}
