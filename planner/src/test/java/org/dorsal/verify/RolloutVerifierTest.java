package org.dorsal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.Instance;
import org.dorsal.model.Rollout;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.RolloutReport;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.ScheduleEntry;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier on roll-out plans: the tiny-rollout optimum (docs/rollout.md: L1 mw-200 in year 1
 * and eband-1g in year 3, L2 mw-100 in year 2) passes; broken schedules, years and budgets are
 * named exactly.
 */
class RolloutVerifierTest {
  private static Instance instance;
  private static PlanResult valid;

  @BeforeAll
  static void planTinyRollout() throws Exception {
    instance = new InstanceReader().read(Path.of("instances/tiny-rollout.json"));
    PlanRun run = new PlanPipeline().run(instance, "tiny-rollout.json", new byte[0],
        new SolveOptions(20, 1e-9, 1, 1, true));
    valid = run.result();
    assertThat(run.violations()).isEmpty();
    assertThat(schedule("L1")).containsExactly(
        new ScheduleEntry(1, "mw-200", 200, 10_000), new ScheduleEntry(3, "eband-1g", 1_000, 60_000));
  }

  private static List<ScheduleEntry> schedule(String linkId) {
    return link(valid, linkId).schedule();
  }

  private static ResultLink link(PlanResult result, String linkId) {
    return result.links().stream().filter(l -> l.linkId().equals(linkId)).findFirst().orElseThrow();
  }

  private static PlanResult withLink(PlanResult result, ResultLink replaced) {
    List<ResultLink> links = new ArrayList<>();
    for (ResultLink l : result.links()) {
      links.add(l.linkId().equals(replaced.linkId()) ? replaced : l);
    }
    return RecordCopies.with(result, "links", links);
  }

  private static List<String> violations(Instance against, PlanResult result) {
    return new PlanVerifier().verify(against, result).violations();
  }

  @Test
  void theOptimumPasses() {
    assertThat(violations(instance, valid)).isEmpty();
  }

  @Test
  void aDecreasingScheduleIsRejected() {
    ResultLink l1 = link(valid, "L1");
    ResultLink shrinking = RecordCopies.with(l1, "schedule",
        List.of(new ScheduleEntry(1, "eband-1g", 1_000, 60_000), new ScheduleEntry(5, "mw-200", 200, 10_000)));
    shrinking = RecordCopies.with(RecordCopies.with(shrinking, "optionId", "mw-200"), "capacityMbps", 200.0);

    assertThat(violations(instance, withLink(valid, shrinking))).contains(
        "link L1: schedule[1] option mw-200 has capacity 200 Mbps, less than the 1000 Mbps of option eband-1g"
            + " before it; a link's capacity never decreases",
        "link L1: carries 325.61 Mbps in year 5, more than its capacity 200 Mbps that year",
        "link L1: carries 411.293 Mbps in year 6, more than its capacity 200 Mbps that year");
  }

  @Test
  void anOverloadedYearIsRejected() {
    ResultLink late = RecordCopies.with(link(valid, "L1"), "schedule",
        List.of(new ScheduleEntry(1, "mw-200", 200, 10_000), new ScheduleEntry(4, "eband-1g", 1_000, 60_000)));

    List<String> found = violations(instance, withLink(valid, late));

    assertThat(found).contains("link L1: carries 209 Mbps in year 3, more than its capacity 200 Mbps that year");
    assertThat(found).noneMatch(m -> m.contains("in year 4"));
  }

  @Test
  void aLinkCarryingTrafficBeforeItIsEquippedIsRejected() {
    ResultLink late = RecordCopies.with(link(valid, "L1"), "schedule",
        List.of(new ScheduleEntry(2, "eband-1g", 1_000, 60_000)));

    assertThat(violations(instance, withLink(valid, late))).contains(
        "link L1: carries 100 Mbps in year 1, but its schedule equips it only from year 2");
  }

  @Test
  void aBrokenYearlyBudgetIsRejected() {
    Instance tighter = instance.withRollout(new Rollout(0.3, 50_000, instance.rollout().sites()));

    assertThat(violations(tighter, valid)).containsExactly(
        "plan: capex of year 3 is 60000 USD, more than capexBudgetUsdPerYear 50000");
  }

  @Test
  void aBrokenTotalBudgetIsRejected() {
    Instance tighter = instance.withConstraints(new org.dorsal.model.Constraints(2, 80_000));

    assertThat(violations(tighter, valid)).containsExactly(
        "plan: capex over all years is 85000 USD, more than capexBudgetUsd 80000");
  }

  @Test
  void scheduleEntriesOutOfOrderOrWithWrongCapexAreRejected() {
    ResultLink l1 = RecordCopies.with(link(valid, "L1"), "schedule",
        List.of(new ScheduleEntry(3, "mw-200", 200, 10_000), new ScheduleEntry(3, "eband-1g", 1_000, 80_000)));

    assertThat(violations(instance, withLink(valid, l1))).contains(
        "link L1: schedule[1] year 3 is not after year 3 of the entry before; list installs in increasing years",
        "link L1: schedule[1]: capexUsd is 80000, expected 60000 (option capexUsd: an upgrade)");
  }

  @Test
  void aMissingScheduleAndAMissingYearTableAreRejected() {
    PlanResult result = withLink(valid, RecordCopies.with(link(valid, "L2"), "schedule", null));
    result = RecordCopies.with(result, "rollout", null);

    assertThat(violations(instance, result)).contains(
        "link L2: schedule is missing; every link of a roll-out plan lists its installs by year",
        "result: rollout is missing; a plan for an instance with a rollout section gives rollout.years");
  }

  @Test
  void aWrongYearFigureIsRejected() {
    List<RolloutYear> years = new ArrayList<>(valid.rollout().years());
    years.set(1, RecordCopies.with(years.get(1), "capexUsd", 1.0));

    assertThat(violations(instance, RecordCopies.with(valid, "rollout", new RolloutReport(years)))).containsExactly(
        "rollout year 2: capexUsd is 1, expected 15000 (capex of the schedules' installs that year)");
  }

  @Test
  void aRolloutResultAgainstAnInstanceWithoutRolloutIsRejected() {
    assertThat(violations(instance.withRollout(null), valid)).contains(
        "link L1: has a schedule, but the instance has no rollout section; remove it",
        "result: rollout is given, but the instance has no rollout section; remove it");
  }
}
