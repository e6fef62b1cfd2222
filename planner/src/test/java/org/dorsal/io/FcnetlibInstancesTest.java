package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.dorsal.model.FixedChargeFlowProblem;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.SolveStatus;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/** FCNetLib problems stated with split routing: the mapping, when it is exact, and two files solved. */
class FcnetlibInstancesTest {

  /**
   * n1 supplies 5, n3 takes 5, n2 passes flow on; n1 -> n2 has two copies; an arc n2 -> n2 (no flow
   * can use it) is left out.
   */
  private static FixedChargeFlowProblem small(double n3Demand, boolean treeFlags) {
    return new FixedChargeFlowProblem("small", 3, new double[] {-5, 0, n3Demand},
        new int[] {0, 0, 1, 1}, new int[] {1, 1, 1, 2}, new int[] {0, 1, 0, 0},
        new double[] {10, 20, 3, 10}, new double[] {3, 1, 9, 2}, new double[] {5, 5, 5, 5},
        treeFlags, treeFlags, false);
  }

  @Test
  void statesSinksAsSitesSourcesAsGatewaysAndArcsAsOneWayLinksBackwards() {
    MappedInstance m = FcnetlibInstances.of(small(5, false));
    assertThat(m.relation()).isEqualTo(ObjectiveRelation.EQUAL);
    Instance i = m.instance();
    assertThat(i.constraints().splitRouting()).isTrue();
    assertThat(i.economics().horizonYears()).isEqualTo(1);
    assertThat(i.economics().discountRate()).isZero();
    assertThat(i.nodes()).extracting(Node::id, Node::kind, Node::demandMbps, Node::uplinkCapacityMbps).containsExactly(
        tuple("n1", NodeKind.JUNCTION, 0.0, 0.0),
        tuple("n2", NodeKind.JUNCTION, 0.0, 0.0),
        tuple("n3", NodeKind.SITE, 5.0, 0.0),
        tuple("n1-supply", NodeKind.GATEWAY, 0.0, 5.0));
    assertThat(i.links()).extracting(Link::id, Link::fromId, Link::toId, Link::oneWay, Link::usageUsdPerMbpsYear,
        l -> l.options().get(0).capacityMbps(), l -> l.options().get(0).capexUsd()).containsExactly(
        tuple("n1-out", "n1", "n1-supply", true, 0.0, 5.0, 0.0),
        tuple("a1-2-1", "n2", "n1", true, 3.0, 5.0, 10.0),
        tuple("a1-2-2", "n2", "n1", true, 1.0, 5.0, 20.0),
        tuple("a2-3", "n3", "n2", true, 2.0, 5.0, 10.0));
  }

  @Test
  void unbalancedSuppliesAreNotMapped() {
    assertThat(FcnetlibInstances.of(small(4, false)).relation()).isEqualTo(ObjectiveRelation.NOT_MAPPED);
    assertThat(FcnetlibInstances.of(small(4, false)).instance()).isNull();
  }

  @Test
  void treeConstraintsAreExactOnlyWithOneUncapacitatedSource() {
    assertThat(FcnetlibInstances.of(small(5, true)).relation()).isEqualTo(ObjectiveRelation.EQUAL);
    FixedChargeFlowProblem twoSources = new FixedChargeFlowProblem("two", 3, new double[] {-2, -3, 5},
        new int[] {0, 1}, new int[] {2, 2}, new int[] {0, 0}, new double[] {1, 1}, new double[] {0, 0},
        new double[] {5, 5}, false, true, false);
    assertThat(FcnetlibInstances.mappable(twoSources)).isFalse();
    FixedChargeFlowProblem capacitated = new FixedChargeFlowProblem("cap", 2, new double[] {-5, 5},
        new int[] {0}, new int[] {1}, new int[] {0}, new double[] {1}, new double[] {0}, new double[] {4},
        false, true, false);
    assertThat(FcnetlibInstances.mappable(capacitated)).isFalse();
  }

  /**
   * k10x90 (4 sources, 6 sinks, known optimum 568) and sp50x100 (18 sources, 21 sinks, 50,968) are
   * planned to their optimum, proven, and the plans pass the verifier.
   */
  @Test
  void plansTwoFilesOfTheSetToTheirKnownOptimum() throws Exception {
    for (var expected : List.of(new Object[] {"k10x90", 568.0}, new Object[] {"sp50x100", 50968.0})) {
      String name = (String) expected[0];
      var file = BenchmarkFolders.set("fcnetlib").resolve(name + ".inc");
      Instance instance = FcnetlibInstances.of(FcnetlibReader.read(file)).instance();
      PlanRun run = new PlanPipeline().run(instance, name + ".inc", Files.readAllBytes(file),
          new SolveOptions(30, 1e-9, 1, 1, true));
      assertThat(run.violations()).as(name).isEmpty();
      assertThat(run.result().summary().objectiveUsd()).as(name)
          .isCloseTo((double) expected[1], Percentage.withPercentage(1e-9));
      assertThat(run.outcome().plan().stats().status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
    }
  }
}
