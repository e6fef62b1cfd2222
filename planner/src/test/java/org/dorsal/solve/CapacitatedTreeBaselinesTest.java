package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dorsal.solve.TinyInstances.gateway;
import static org.dorsal.solve.TinyInstances.link;
import static org.dorsal.solve.TinyInstances.option;
import static org.dorsal.solve.TinyInstances.site;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class CapacitatedTreeBaselinesTest {

  /** A gateway and three unit sites in a row, links of capacity 2: the tree needs two subtrees. */
  private static Instance row(double capacityOfLastLink) {
    return new Instance("row", "", new Economics("USD", 1, 0), new Constraints(2, Double.POSITIVE_INFINITY),
        List.of(gateway("G", 3, 0), site("A", 1, true, 0), site("B", 1, true, 0), site("C", 1, true, 0)),
        List.of(link("GA", "G", "A", Technology.FIBER_BUILD, option("o", 2, 10, 0)),
            link("AB", "A", "B", Technology.FIBER_BUILD, option("o", 2, 1, 0)),
            link("BC", "B", "C", Technology.FIBER_BUILD, option("o", 2, 1, 0)),
            link("GC", "G", "C", Technology.FIBER_BUILD, option("o", capacityOfLastLink, 10, 0))));
  }

  @Test
  void esauWilliamsGivesTheTreeAsAPlanRoutedToTheGateway() {
    CapacitatedTreeBaselines.TreeRun run = CapacitatedTreeBaselines.esauWilliams(row(2));
    assertThat(run.capacitatedSpanningTree()).isTrue();
    assertThat(run.treeWeightUsd()).isEqualTo(21);
    assertThat(run.outcome().plan().stats().objectiveUsd()).isEqualTo(21);
    // no subtree of 3 sites fits Q = 2, so both gateway links open and one of A-B, B-C
    assertThat(run.outcome().plan().choices()).hasSize(3);
    assertThat(run.outcome().plan().routes()).extracting(SiteRoute::siteId).containsExactly("A", "B", "C");
    assertThat(run.outcome().plan().routes()).allSatisfy(r -> assertThat(r.linkIds()).isNotEmpty());
  }

  @Test
  void refusesInstancesThatAreNotCapacitatedSpanningTreeProblems() {
    assertThatThrownBy(() -> CapacitatedTreeBaselines.esauWilliams(TinyInstances.tiny()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny is not a capacitated spanning tree problem: node S4 is neither the gateway nor a required site");
    assertThatThrownBy(() -> CapacitatedTreeBaselines.ahujaOrlinSharma(row(3), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row is not a capacitated spanning tree problem: its links have different capacities (2.0 and 3.0)");
  }
}
