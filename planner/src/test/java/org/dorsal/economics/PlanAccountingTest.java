package org.dorsal.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultRoute;
import org.junit.jupiter.api.Test;

/** The account of the tiny optimum (docs/tiny-optimum.md), figure by figure. */
class PlanAccountingTest {
  private static final double A = 6.144567105704681;

  @Test
  void accountsTheTinyOptimum() throws Exception {
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny.json"));
    Plan plan = new Plan(
        List.of(new LinkChoice("L1", "mw-200"), new LinkChoice("L2", "mw-200"), new LinkChoice("L6", "mw-long-200")),
        List.of(new SiteRoute("S1", List.of("L1")), new SiteRoute("S2", List.of("L2", "L1")),
            new SiteRoute("S3", List.of("L6")), new SiteRoute("S4", List.of())),
        new SolveStats(SolveStatus.OPTIMAL, 0, 0, 0, 0, "test", Double.NaN, 0));
    PlanResult result = new PlanAccounting(tiny).account(plan, new Provenance("t", "h", "v", Map.of(), 1, 1));

    assertThat(result.summary().capexUsd()).isEqualTo(141000.0);
    assertThat(result.summary().opexNpcUsd()).isCloseTo(14100 * A, within(1e-6));
    assertThat(result.summary().leaseNpcUsd()).isEqualTo(0.0);
    assertThat(result.summary().transitNpcUsd()).isCloseTo(81000 * A, within(1e-6));
    assertThat(result.summary().totalNpcUsd()).isCloseTo(725348.331752515, within(1e-6));
    assertThat(result.summary().unservedPenaltyUsd()).isEqualTo(50000.0);
    assertThat(result.summary().objectiveUsd()).isCloseTo(775348.331752515, within(1e-6));
    assertThat(result.summary().byTechnologyNpcUsd()).containsOnlyKeys("microwave", "backbone-transit");
    assertThat(result.summary().sitesServed()).isEqualTo(3);
    assertThat(result.summary().populationServed()).isEqualTo(4300);
    assertThat(result.summary().demandServedMbps()).isEqualTo(250.0);

    assertThat(result.links()).extracting(l -> l.linkId() + ":" + l.flowFromId() + ">" + l.flowToId() + "=" + l.flowMbps())
        .containsExactly("L1:S1>G1=200.0", "L2:S2>S1=100.0", "L6:S3>G1=50.0");
    assertThat(result.links().get(0).utilisation()).isEqualTo(1.0);
    ResultRoute s2 = result.routes().get(1);
    assertThat(s2.nodePath()).containsExactly("S2", "S1", "G1");
    assertThat(s2.gatewayId()).isEqualTo("G1");
    assertThat(s2.microwaveHops()).isEqualTo(2);
    assertThat(s2.microwaveHopsToFiber()).isEqualTo(2);
    assertThat(result.routes().get(3).exit()).isEqualTo("unserved");
    assertThat(result.gateways()).singleElement().satisfies(g -> {
      assertThat(g.loadMbps()).isEqualTo(250.0);
      assertThat(g.sitesServed()).isEqualTo(3);
      assertThat(g.utilisation()).isEqualTo(0.25);
    });
  }

  @Test
  void reportsZeroTransitWhenEverySiteLeavesBySatellite() throws Exception {
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny.json"));
    Plan plan = new Plan(List.of(new LinkChoice("L5", "sat-50")),
        List.of(new SiteRoute("S1", List.of()), new SiteRoute("S2", List.of()), new SiteRoute("S3", List.of("L5")),
            new SiteRoute("S4", List.of())),
        new SolveStats(SolveStatus.FEASIBLE, 0, 0, 0, 0, "test", Double.NaN, 0));
    PlanResult result = new PlanAccounting(tiny).account(plan, new Provenance("t", "h", "v", Map.of(), 1, 1));

    assertThat(result.summary().byTechnologyNpcUsd()).containsOnlyKeys("satellite", "backbone-transit");
    assertThat(result.summary().byTechnologyNpcUsd().get("backbone-transit")).isZero();
  }
}
