package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dorsal.solve.TinyInstances.gateway;
import static org.dorsal.solve.TinyInstances.link;
import static org.dorsal.solve.TinyInstances.option;
import static org.dorsal.solve.TinyInstances.relay;
import static org.dorsal.solve.TinyInstances.site;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class ConnectivityCutsTest {

  /** S (100 Mbps) reaches G directly (link A) or through relay R (links B, C). */
  private static DesignNetwork diamond() {
    Instance instance = new Instance("diamond", "", new Economics("USD", 10, 0.10),
        new Constraints(4, Double.POSITIVE_INFINITY),
        List.of(gateway("G", 1000, 27), site("S", 100, true, 0), relay("R")),
        List.of(
            link("A", "S", "G", Technology.MICROWAVE, option("a-50", 50, 1, 0), option("a-200", 200, 5, 0)),
            link("B", "S", "R", Technology.MICROWAVE, option("b-200", 200, 5, 0)),
            link("C", "R", "G", Technology.MICROWAVE, option("c-200", 200, 5, 0))));
    return DesignNetwork.of(instance);
  }

  @Test
  void twoHalfSizeModulesOnTheSiteLinkAreCutOff() {
    DesignNetwork net = diamond();
    // a-50 fully bought and half of each route's large modules: the LP's split flow
    double[] z = {1.0, 0.3, 0.4, 0.4};
    List<CutsetCuts.Cut> cuts = new ConnectivityCuts(net).separate(z);
    assertThat(cuts).hasSize(1);
    CutsetCuts.Cut cut = cuts.get(0);
    assertThat(cut.unsplittable()).isTrue();
    assertThat(cut.demandMbps()).isEqualTo(100);
    // max-flow 0.7 < 1: the smallest cut is {S}, left by links A and B
    assertThat(cut.links()).containsExactly(0, 1);
    assertThat(cut.coefficient(50)).isZero();
    assertThat(cut.coefficient(200)).isEqualTo(100);
  }

  @Test
  void aWholeLargeModuleOnEitherRouteSatisfiesEveryCut() {
    DesignNetwork net = diamond();
    assertThat(new ConnectivityCuts(net).separate(new double[] {0, 1, 0, 0})).isEmpty();
    assertThat(new ConnectivityCuts(net).separate(new double[] {0, 0, 1, 1})).isEmpty();
    assertThat(new ConnectivityCuts(net).separate(new double[] {0, 0.5, 0.5, 0.5})).isEmpty();
  }

  @Test
  void theCutAfterTheRelayIsFoundWhenOnlyItIsShort() {
    DesignNetwork net = diamond();
    List<CutsetCuts.Cut> cuts = new ConnectivityCuts(net).separate(new double[] {0, 0, 1, 0.25});
    assertThat(cuts).hasSize(1);
    // S and R on the source side: links A and C leave it
    assertThat(cuts.get(0).links()).containsExactly(0, 2);
  }

  private static int arc(DesignNetwork net, String from, String to) {
    var ids = net.instance().nodeIndexById();
    for (int a = 0; a < net.arcCount; a++) {
      if (net.arcTail[a] == ids.get(from) && net.arcHead[a] == ids.get(to)) {
        return a;
      }
    }
    throw new AssertionError(from + "->" + to);
  }

  @Test
  void directedCutsFollowTheParentArcsNotTheModules() {
    DesignNetwork net = diamond();
    // S routes to R for sure, but only 0.4 of R's route goes on to G: the modules could carry it
    // (the link cuts see nothing) but the parent arcs leave {S, R} with 0.4
    double[] y = new double[net.arcCount];
    y[arc(net, "S", "R")] = 1.0;
    y[arc(net, "R", "G")] = 0.4;
    List<CutsetCuts.Cut> cuts = new ConnectivityCuts(net).separateDirected(y);

    assertThat(cuts).hasSize(1);
    assertThat(cuts.get(0).isDirected()).isTrue();
    assertThat(cuts.get(0).arcs()).containsExactlyInAnyOrder(arc(net, "S", "G"), arc(net, "R", "G"));
    assertThat(new ConnectivityCuts(net).separate(new double[] {0, 0, 1, 1})).isEmpty();
  }

  @Test
  void aWholeRouteSatisfiesEveryDirectedCut() {
    DesignNetwork net = diamond();
    double[] direct = new double[net.arcCount];
    direct[arc(net, "S", "G")] = 1.0;
    double[] split = new double[net.arcCount];
    split[arc(net, "S", "G")] = 0.5;
    split[arc(net, "S", "R")] = 0.5;
    split[arc(net, "R", "G")] = 0.5;

    assertThat(new ConnectivityCuts(net).separateDirected(direct)).isEmpty();
    assertThat(new ConnectivityCuts(net).separateDirected(split)).isEmpty();
  }
}
