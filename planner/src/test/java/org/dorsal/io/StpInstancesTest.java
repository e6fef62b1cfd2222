package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

class StpInstancesTest {

  private static Node node(String id, NodeKind kind, double lat, double lon, double demand, boolean required,
      double penalty, double uplink) {
    return new Node(id, kind, id, lat, lon, 0, demand, 0, required, penalty, uplink, 0);
  }

  private static Link link(String id, String from, String to, double capacity, double capex, double opex) {
    return new Link(id, from, to, Technology.FIBER_BUILD, 0, 0,
        List.of(new LinkOption("module", capacity, capex, opex, 0, 0)));
  }

  @Test
  void aSteinerFileBecomesARootedDesignWithItsCostsAsCapex() throws Exception {
    MappedInstance m = StpInstances.of(StpReaderTest.read(StpReaderTest.STEINER), "tiny");
    assertThat(m.relation()).isEqualTo(ObjectiveRelation.EQUAL);
    assertThat(m.objectiveOffsetUsd()).isZero();
    Instance i = m.instance();
    assertThat(i.name()).isEqualTo("tiny");
    assertThat(i.economics()).isEqualTo(new Economics("USD", 1, 0.0));
    assertThat(i.constraints()).isEqualTo(new Constraints(4, Double.POSITIVE_INFINITY));
    assertThat(i.needsCandidates()).isFalse();
    // root 3 is the gateway; x -10..10 and y 0..20 are scaled by 1/20 degree around (0, 10)
    assertThat(i.nodes()).containsExactly(
        node("v1", NodeKind.SITE, -0.5, 0.0, 1, true, 0, 0),
        node("v2", NodeKind.JUNCTION, -0.5, 0.5, 0, false, 0, 0),
        node("v3", NodeKind.GATEWAY, 0.5, 0.5, 0, false, 0, 3),
        node("v4", NodeKind.JUNCTION, 0, 0, 0, false, 0, 0),
        node("v5", NodeKind.SITE, -0.5, -0.5, 1, true, 0, 0));
    assertThat(i.links()).containsExactly(
        link("e1", "v1", "v2", 3, 3, 0),
        link("e2", "v2", "v3", 3, 4, 0),
        link("e3", "v3", "v4", 3, 2.5, 0),
        link("e4", "v4", "v5", 3, 1, 0),
        link("e5", "v1", "v5", 3, 10, 0));
  }

  @Test
  void withoutRootTheFirstTerminalIsTheGatewayAndWithoutCoordinatesAllIsAtZero() throws Exception {
    Instance i = StpInstances.steinerTree(StpReaderTest.read("""
        SECTION Graph
        Nodes 3
        Edges 2
        E 1 2 1
        E 2 3 1
        END
        SECTION Terminals
        Terminals 2
        T 3
        T 1
        END
        EOF
        """), "x");
    assertThat(i.nodes()).containsExactly(
        node("v1", NodeKind.SITE, 0, 0, 1, true, 0, 0),
        node("v2", NodeKind.JUNCTION, 0, 0, 0, false, 0, 0),
        node("v3", NodeKind.GATEWAY, 0, 0, 0, false, 0, 2));
  }

  private static final String ROOTED = """
      SECTION Graph
      Nodes 4
      Edges 3
      E 1 2 3
      E 2 3 2
      E 1 4 10
      END
      SECTION Terminals
      Terminals 3
      RootP 1
      TP 1 100
      TP 3 6
      TP 4 6
      END
      EOF
      """;

  @Test
  void aRootedPrizeCollectingFileMakesPrizeVerticesOptionalSites() throws Exception {
    MappedInstance m = StpInstances.of(StpReaderTest.read(ROOTED), "r");
    assertThat(m.relation()).isEqualTo(ObjectiveRelation.EQUAL);
    Instance i = m.instance();
    // the root's own prize is never paid: it is dropped
    assertThat(i.nodes()).containsExactly(
        node("v1", NodeKind.GATEWAY, 0, 0, 0, false, 0, 2),
        node("v2", NodeKind.JUNCTION, 0, 0, 0, false, 0, 0),
        node("v3", NodeKind.SITE, 0, 0, 1, false, 6, 0),
        node("v4", NodeKind.SITE, 0, 0, 1, false, 6, 0));
    assertThat(i.links()).containsExactly(
        link("e1", "v1", "v2", 2, 3, 0),
        link("e2", "v2", "v3", 2, 2, 0),
        link("e3", "v1", "v4", 2, 10, 0));
    assertThat(i.constraints().hasBudget()).isFalse();
  }

  @Test
  void thePlannerReachesTheRootedPrizeCollectingOptimum() throws Exception {
    // serve v3 along e1, e2 (cost 5 < prize 6), leave v4 (link 10 > prize 6): 5 + 6 = 11
    Instance i = StpInstances.of(StpReaderTest.read(ROOTED), "r").instance();
    PlanOutcome outcome = new Planner().plan(i, new SolveOptions(10, 1e-6, 1, 1, true));
    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(11.0, offset(1e-9));
  }

  @Test
  void anUnrootedPrizeCollectingFileHangsFromAVirtualGatewayWithABudgetOfOneRootLink() throws Exception {
    MappedInstance m = StpInstances.of(StpReaderTest.read("""
        SECTION Graph
        Nodes 3
        Edges 2
        E 1 2 5
        E 2 3 7
        END
        SECTION Terminals
        Terminals 3
        TP 1 3
        TP 2 0
        TP 3 4
        END
        EOF
        """), "u");
    assertThat(m.relation()).isEqualTo(ObjectiveRelation.EQUAL_PLUS_OFFSET);
    assertThat(m.objectiveOffsetUsd()).isEqualTo(1.0);
    Instance i = m.instance();
    assertThat(i.constraints()).isEqualTo(new Constraints(4, 1.0));
    assertThat(i.nodes()).containsExactly(
        node("root", NodeKind.GATEWAY, 0, 0, 0, false, 0, 2),
        node("v1", NodeKind.SITE, 0, 0, 1, false, 3, 0),
        node("v2", NodeKind.JUNCTION, 0, 0, 0, false, 0, 0),
        node("v3", NodeKind.SITE, 0, 0, 1, false, 4, 0));
    assertThat(i.links()).containsExactly(
        link("e1", "v1", "v2", 2, 0, 5),
        link("e2", "v2", "v3", 2, 0, 7),
        link("r1", "root", "v1", 2, 1, 0),
        link("r3", "root", "v3", 2, 1, 0));
  }

  @Test
  void theRootLinkCapexIsTheLargestPrizeWhenThatIsBelowOne() throws Exception {
    StpFile f = StpReaderTest.read("""
        SECTION Graph
        Nodes 2
        Edges 1
        E 1 2 0.1
        END
        SECTION Terminals
        Terminals 2
        TP 1 0.25
        TP 2 0.5
        END
        EOF
        """);
    assertThat(StpInstances.rootLinkCapexUsd(f)).isEqualTo(0.5);
    Instance i = StpInstances.prizeCollecting(f, "small");
    assertThat(i.constraints().capexBudgetUsd()).isEqualTo(0.5);
    assertThat(i.links().get(1).options().get(0).capexUsd()).isEqualTo(0.5);
  }
}
