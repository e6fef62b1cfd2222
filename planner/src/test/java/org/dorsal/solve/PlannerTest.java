package org.dorsal.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStatus;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final double ANNUITY_10Y_10PCT = 6.144567105704681;

  @Test
  void tinyOptimumMatchesHandComputation() {
    PlanOutcome outcome = new Planner().plan(TinyInstances.tiny(), SolveOptions.defaults());
    assertThat(outcome.hasPlan()).isTrue();
    // links L1 (mw-200), L2, L6; transit on 250 Mbps; S4 unserved (penalty 50,000)
    double expected = 141000 + 14100 * ANNUITY_10Y_10PCT + 250 * 27 * 12 * ANNUITY_10Y_10PCT + 50000;
    assertThat(outcome.plan().stats().objectiveUsd()).isCloseTo(expected, within(1e-3));
    assertThat(outcome.plan().stats().status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(outcome.plan().choices()).containsExactly(
        new LinkChoice("L1", "mw-200"), new LinkChoice("L2", "mw-200"), new LinkChoice("L6", "mw-long-200"));
    assertThat(outcome.plan().routes()).containsExactly(
        new SiteRoute("S1", List.of("L1")), new SiteRoute("S2", List.of("L2", "L1")),
        new SiteRoute("S3", List.of("L6")), new SiteRoute("S4", List.of()));
  }

  @Test
  void heuristicAloneRespectsHopLimitOnTiny() {
    PlanOutcome outcome = new Planner().plan(TinyInstances.tiny(), new SolveOptions(10, 1e-4, 1, 1, false));
    assertThat(outcome.plan().stats().heuristicObjectiveUsd())
        .isCloseTo(141000 + 14100 * ANNUITY_10Y_10PCT + 250 * 27 * 12 * ANNUITY_10Y_10PCT + 50000, within(1e-3));
  }

  @Test
  void unreachableSiteIsReportedWithReason() {
    Instance tiny = TinyInstances.tiny();
    Instance cut = tiny.withLinks(tiny.links().stream().filter(l -> !l.id().equals("L1") && !l.id().equals("L3")).toList());
    PlanOutcome outcome = new Planner().plan(cut, SolveOptions.defaults());
    assertThat(outcome.hasPlan()).isFalse();
    // S1 now hangs off S2 only: S1-S2-S3-G1 is three microwave hops, the limit is two
    assertThat(outcome.unservable()).containsExactly(new Unservable("S1",
        "every route wide enough for its demand has a run of more than 2 consecutive microwave hops;"
            + " add fiber or raise constraints.maxMicrowaveHops"));
    assertThat(outcome.message()).isEqualTo("the MIP proved that no plan meets every constraint; 1 required site(s) cannot be served");
  }

  @Test
  void aCapexBudgetTheHeuristicPlanBreaksIsKept() {
    // S reaches G by one link: option "capex" costs 100,000 now, option "opex" 10,000 now and
    // 20,000 a year. By net present cost "capex" is cheaper (100,000 < 10,000 + 20,000 x 6.14),
    // so the heuristics pick it, but the budget of 50,000 allows only "opex".
    Node g = new Node("G", NodeKind.GATEWAY, "g", 0, 0, 0, 0, 0, false, 0, 1000, 0);
    Node site = new Node("S", NodeKind.SITE, "s", 0.1, 0, 0, 10, 0, true, 0, 0, 0);
    Link link = new Link("L", "S", "G", Technology.MICROWAVE, 10, 0, List.of(
        new LinkOption("capex", 100, 100_000, 0, 0, 0), new LinkOption("opex", 100, 10_000, 20_000, 0, 0)));
    Instance instance = new Instance("budget", "", new Economics("USD", 10, 0.1), new Constraints(4, 50_000),
        List.of(g, site), List.of(link));

    PlanOutcome withBudget = new Planner().plan(instance, SolveOptions.defaults());

    assertThat(withBudget.plan().choices()).containsExactly(new LinkChoice("L", "opex"));
    assertThat(withBudget.plan().stats().objectiveUsd()).isCloseTo(10_000 + 20_000 * ANNUITY_10Y_10PCT, within(1e-6));
    assertThat(withBudget.plan().stats().status()).isEqualTo(SolveStatus.OPTIMAL);
    PlanOutcome without = new Planner().plan(instance.withConstraints(new Constraints(4, Double.POSITIVE_INFINITY)),
        SolveOptions.defaults());
    assertThat(without.plan().choices()).containsExactly(new LinkChoice("L", "capex"));
  }

  @Test
  void isolatedSiteHasNoChain() {
    Instance tiny = TinyInstances.tiny();
    Instance cut = tiny.withLinks(tiny.links().stream().filter(l -> !l.id().equals("L1") && !l.id().equals("L2")).toList());
    PlanOutcome outcome = new Planner().plan(cut, SolveOptions.defaults());
    assertThat(outcome.unservable()).containsExactly(new Unservable("S1",
        "no chain of links reaches a gateway or a satellite terminal; add a link towards the backbone"));
  }
}
