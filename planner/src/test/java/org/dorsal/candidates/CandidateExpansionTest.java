package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class CandidateExpansionTest {

  private static Node gateway(String id, double lat, double lon) {
    return new Node(id, NodeKind.GATEWAY, id, lat, lon, 3000, 0, 0, true, 0, 10_000, 27);
  }

  private static Node site(String id, double lat, double lon) {
    return new Node(id, NodeKind.SITE, id, lat, lon, 3200, 100, 1000, true, 0, 0, 0);
  }

  private static final List<Node> NODES = List.of(
      gateway("G1", -13.50, -72.00),
      site("S1", -13.55, -72.05),
      site("S2", -13.60, -72.10),
      site("S3", -13.70, -72.00));

  private static final Link LEASE = new Link("lease-1", "S3", "G1", Technology.FIBER_LEASE, 25, 0,
      List.of(new LinkOption("100m", 100, 0, 0, 10, 0)));

  private static Instance instance(List<Link> links, CandidateRules rules) {
    return new Instance("t", "", new Economics("USD", 10, 0.1), new Constraints(4,
        Double.POSITIVE_INFINITY), NODES, links, rules);
  }

  @Test
  void givenLinksComeFirstThenTheGeneratedOnesAndNothingIsLeftToGenerate() {
    CandidateExpansion.Result result =
        new CandidateExpansion().expand(instance(List.of(LEASE), CandidateRules.defaults()));

    Instance expanded = result.instance();
    assertThat(expanded.needsCandidates()).isFalse();
    assertThat(expanded.links().get(0)).isEqualTo(LEASE);
    assertThat(expanded.links().subList(1, expanded.links().size()))
        .isEqualTo(result.generated().links());
    // 4 nodes, k = 8 > 3 others: all 6 pairs are hops (short and clear); fiber: 4 nearest
    // covers all 6 pairs; satellite at the 3 sites
    assertThat(result.generated().count(Technology.MICROWAVE)
        + result.generated().microwaveHopsRejected()).isEqualTo(6);
    assertThat(result.generated().count(Technology.FIBER_BUILD)).isEqualTo(6);
    assertThat(result.generated().count(Technology.SATELLITE)).isEqualTo(3);
    assertThat(expanded.links()).extracting(Link::id).contains("fb:G1-S1", "sat:S3");
  }

  @Test
  void expansionIsDeterministic() {
    Instance withRules = instance(List.of(LEASE), CandidateRules.defaults());

    assertThat(new CandidateExpansion().expand(withRules).instance())
        .isEqualTo(new CandidateExpansion().expand(withRules).instance());
  }

  @Test
  void anInstanceWithoutRulesIsReturnedAsItIs() {
    Instance plain = instance(List.of(LEASE), null);

    CandidateExpansion.Result result = new CandidateExpansion().expand(plain);

    assertThat(result.instance()).isSameAs(plain);
    assertThat(result.generated()).isNull();
  }

  @Test
  void aGivenLinkWithAGeneratedIdIsRefused() {
    Link clash = new Link("sat:S1", "S1", null, Technology.SATELLITE, 0, 0,
        List.of(new LinkOption("x", 10, 0, 0, 0, 0)));

    assertThatThrownBy(() -> new CandidateExpansion()
            .expand(instance(List.of(clash), CandidateRules.defaults())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the generated link sat:S1 has the id of another link; rename the given link"
            + " or the nodes whose ids contain '-'");
  }

  @Test
  void theTerrainHookSeesEveryHop() {
    int[] calls = new int[1];
    CandidateExpansion expansion = new CandidateExpansion(inner -> path -> {
      synchronized (calls) {
        calls[0]++;
      }
      return inner.engineer(path);
    });

    CandidateExpansion.Result result =
        expansion.expand(instance(List.of(), CandidateRules.defaults()));

    assertThat(calls[0]).isEqualTo(result.generated().microwaveHopsEngineered()).isEqualTo(6);
  }
}
