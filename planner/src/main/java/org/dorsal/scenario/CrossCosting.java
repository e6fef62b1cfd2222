package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.ProgramVersion;
import org.dorsal.economics.PlanAccounting;
import org.dorsal.model.Instance;
import org.dorsal.model.LinkChoice;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Plan;
import org.dorsal.model.SiteRoute;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.dorsal.model.result.Provenance;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.SolveOptions;

/**
 * Offers every scenario of a comparison the plans of the others. A plan of one scenario is often a
 * plan of another: a scenario that only removes options (build instead of lease) or changes prices
 * has plans that the base can carry as they are. Each other plan whose links and options exist in
 * this scenario's instance is costed there; the cheapest one below the scenario's own plan that
 * passes the verifier on this scenario's instance replaces it. So a scenario that only removes
 * options never comes out cheaper than the base, which a time-limited planner could otherwise
 * report. The replacement keeps the scenario's own lower bound (valid for its instance whatever the
 * plan) and says in its solver name where it came from. Deterministic: scenarios are tried in
 * their order and only a strictly cheaper plan replaces.
 */
final class CrossCosting {
  private final SolveOptions options;

  /** @param options the options every plan of the comparison was solved with (for provenance) */
  CrossCosting(SolveOptions options) {
    this.options = options;
  }

  /** The outcomes, each replaced by a cheaper verified plan of another scenario where one exists. */
  List<ScenarioOutcome> improve(List<ScenarioOutcome> outcomes) {
    List<ScenarioOutcome> improved = new ArrayList<>(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      improved.add(bestFor(outcomes.get(i), outcomes, i));
    }
    return improved;
  }

  private ScenarioOutcome bestFor(ScenarioOutcome own, List<ScenarioOutcome> outcomes, int index) {
    Instance instance = own.plan().instance();
    if (instance.rollout() != null || instance.coverage() != null) {
      return own; // other objectives: a cheaper plan is not a better one
    }
    double bestObjective = own.written() ? own.run().result().summary().objectiveUsd() : Double.POSITIVE_INFINITY;
    ScenarioOutcome best = own;
    Catalog catalog = new Catalog(instance);
    for (int j = 0; j < outcomes.size(); j++) {
      ScenarioOutcome other = outcomes.get(j);
      if (j == index || !other.written() || !catalog.fits(other.run().outcome().plan())) {
        continue;
      }
      Plan plan = other.run().outcome().plan();
      if (plan.coverage() != null || !plan.schedules().isEmpty()) {
        continue;
      }
      double objective = new PlanAccounting(instance).account(plan, placeholderProvenance(own.plan()))
          .summary().objectiveUsd();
      if (!(objective < bestObjective - 1e-6)) {
        continue;
      }
      Plan adopted = new Plan(plan.choices(), plan.routes(), stats(own, other.plan().name(), objective));
      PlanRun run = new PlanPipeline().check(instance, own.plan().instanceLabel(), own.plan().instanceBytes(), options,
          new PlanOutcome(adopted, List.of(), null));
      if (run.verified()) {
        bestObjective = objective;
        best = new ScenarioOutcome(own.plan(), run, new PlanMetricsCalculator().of(run.result(), instance, true));
      }
    }
    return best;
  }

  /** Whether every link and option the plan chooses, and every site it routes, exist in the instance. */
  static boolean fits(Plan plan, Instance instance) {
    return new Catalog(instance).fits(plan);
  }

  /** The link options and sites of one instance, to check many plans against. */
  private static final class Catalog {
    private final Map<String, Set<String>> optionsByLink = new HashMap<>();
    private final Set<String> sites = new HashSet<>();

    Catalog(Instance instance) {
      for (var link : instance.links()) {
        Set<String> ids = new HashSet<>();
        for (LinkOption o : link.options()) {
          ids.add(o.id());
        }
        optionsByLink.put(link.id(), ids);
      }
      for (var node : instance.nodes()) {
        if (node.isSite()) {
          sites.add(node.id());
        }
      }
    }

    boolean fits(Plan plan) {
      for (LinkChoice choice : plan.choices()) {
        Set<String> ids = optionsByLink.get(choice.linkId());
        if (ids == null || !ids.contains(choice.optionId())) {
          return false;
        }
      }
      for (SiteRoute route : plan.routes()) {
        if (!sites.contains(route.siteId())) {
          return false;
        }
      }
      return plan.routes().size() == sites.size();
    }
  }

  /** The solve statistics of a plan taken from another scenario: this scenario's bound, new gap. */
  private SolveStats stats(ScenarioOutcome own, String from, double objective) {
    SolveStats mine = own.written() ? own.run().outcome().plan().stats() : null;
    double bound = mine == null ? 0 : Math.min(Math.max(0, mine.boundUsd()), objective);
    double gap = objective > 0 ? (objective - bound) / objective : 0;
    SolveStatus status = mine == null ? SolveStatus.FEASIBLE
        : gap <= options.relativeGap() + 1e-12 ? SolveStatus.OPTIMAL
        : mine.status() == SolveStatus.OPTIMAL ? SolveStatus.FEASIBLE : mine.status();
    String name = "plan of scenario '" + from + "' costed on this instance (cheaper than "
        + (mine == null ? "none: this scenario had no plan of its own" : String.format(java.util.Locale.ROOT,
            "this scenario's own plan, %,.0f USD, from %s", mine.objectiveUsd(), mine.solverName()))
        + "); lower bound: this scenario's own";
    return new SolveStats(status, objective, bound, gap, mine == null ? 0 : mine.seconds(), name,
        mine == null ? Double.NaN : mine.heuristicObjectiveUsd(), mine == null ? 0 : mine.branchAndBoundNodes());
  }

  private Provenance placeholderProvenance(ScenarioPlan plan) {
    return new Provenance(plan.instanceLabel(), "", ProgramVersion.get(), Map.of(), options.seed(), options.threads());
  }
}
