package org.dorsal.io;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.ResultJsonTree.Kind;
import org.dorsal.io.ResultJsonTree.Value;
import org.dorsal.model.result.CoverageReport;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.RolloutReport;
import org.dorsal.model.result.RolloutYear;
import org.dorsal.model.result.ScheduleEntry;
import org.dorsal.model.result.SolverReport;

/**
 * Reads a {@code "dorsal-result/1"} document into a {@link PlanResult}. Checks syntax, the schema
 * tag, required and unknown fields, types and the enumerated strings (technology, exit, solver
 * status); whether the plan is right is {@code PlanVerifier}'s job.
 */
final class ResultJsonReader {
  static final List<String> TECHNOLOGIES =
      List.of("fiber-existing", "fiber-lease", "fiber-build", "microwave", "satellite");
  static final List<String> EXITS = List.of("gateway", "satellite", "unserved");
  static final List<String> STATUSES = List.of("optimal", "feasible", "timed-out");

  private ResultJsonReader() {}

  static PlanResult read(String file, byte[] json) throws InvalidInputException {
    List<ValidationError> errors = new ArrayList<>();
    Value root = ResultJsonTree.parse(file, json, errors);
    checkSchemaTag(file, root, errors);
    ResultObjectReader doc =
        ResultObjectReader.of(file, errors, root, "", fieldNames(PlanResult.class));
    PlanResult result =
        new PlanResult(
            doc.string("schema"),
            doc.string("instanceName"),
            summary(doc.object("summary", fieldNames(ResultSummary.class))),
            links(doc.objects("links", fieldNames(ResultLink.class))),
            routes(doc.objects("routes", fieldNames(ResultRoute.class))),
            gateways(doc.objects("gateways", fieldNames(GatewayLoad.class))),
            solver(doc.object("solver", fieldNames(SolverReport.class))),
            provenance(doc.object("provenance", fieldNames(Provenance.class))),
            doc.has("coverage") ? coverage(doc.object("coverage", fieldNames(CoverageReport.class))) : null,
            doc.has("rollout") ? rollout(doc.object("rollout", fieldNames(RolloutReport.class))) : null);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return result;
  }

  /**
   * Stops at once when the document is not a {@code dorsal-result/1} object: its other errors
   * would only be noise.
   */
  private static void checkSchemaTag(String file, Value root, List<ValidationError> errors)
      throws InvalidInputException {
    String problem = null;
    Value at = root;
    if (root.kind() != Kind.OBJECT) {
      problem =
          "a result file is one JSON object, found " + root.kind().description()
              + "; write {\"schema\": \"" + PlanResult.SCHEMA + "\", ...}";
    } else if (!root.fields().containsKey("schema")) {
      problem = "missing field \"schema\"; add \"schema\": \"" + PlanResult.SCHEMA + "\"";
    } else {
      at = root.fields().get("schema");
      if (at.kind() != Kind.STRING || !PlanResult.SCHEMA.equals(at.text())) {
        String found = at.kind() == Kind.STRING ? "\"" + at.text() + "\"" : at.kind().description();
        problem =
            "schema is " + found + ", expected \"" + PlanResult.SCHEMA
                + "\"; this is not a result file of this format version";
      }
    }
    if (problem != null) {
      String pointer = root.kind() == Kind.OBJECT ? "/schema" : "";
      errors.add(new ValidationError(file, at.line(), at.column(), pointer, problem));
      throw new InvalidInputException(errors);
    }
  }

  private static ResultSummary summary(ResultObjectReader s) {
    return new ResultSummary(
        s.number("totalNpcUsd"),
        s.number("capexUsd"),
        s.number("opexNpcUsd"),
        s.number("leaseNpcUsd"),
        s.number("transitNpcUsd"),
        s.numberMap("byTechnologyNpcUsd"),
        s.number("unservedPenaltyUsd"),
        s.number("objectiveUsd"),
        s.intValue("sitesTotal"),
        s.intValue("sitesServed"),
        s.longValue("populationServed"),
        s.number("demandServedMbps"),
        s.has("usageNpcUsd") ? s.number("usageNpcUsd") : Double.NaN);
  }

  private static List<ResultLink> links(List<ResultObjectReader> items) {
    List<ResultLink> links = new ArrayList<>();
    for (ResultObjectReader l : items) {
      links.add(
          new ResultLink(
              l.string("linkId"),
              l.oneOf("technology", TECHNOLOGIES),
              l.string("optionId"),
              l.string("flowFromId"),
              l.stringOrNull("flowToId"),
              l.number("capacityMbps"),
              l.number("flowMbps"),
              l.number("utilisation"),
              l.number("lengthKm"),
              l.number("capexUsd"),
              l.number("opexNpcUsd"),
              l.number("leaseNpcUsd"),
              l.number("npcUsd"),
              l.has("schedule") ? schedule(l.objects("schedule", fieldNames(ScheduleEntry.class))) : null,
              l.has("usageNpcUsd") ? l.number("usageNpcUsd") : Double.NaN));
    }
    return links;
  }

  private static List<ScheduleEntry> schedule(List<ResultObjectReader> items) {
    List<ScheduleEntry> entries = new ArrayList<>();
    for (ResultObjectReader e : items) {
      entries.add(
          new ScheduleEntry(
              e.intValue("year"), e.string("optionId"), e.number("capacityMbps"), e.number("capexUsd")));
    }
    return entries;
  }

  private static RolloutReport rollout(ResultObjectReader r) {
    List<RolloutYear> years = new ArrayList<>();
    for (ResultObjectReader y : r.objects("years", fieldNames(RolloutYear.class))) {
      years.add(
          new RolloutYear(
              y.intValue("year"),
              y.number("demandMbps"),
              y.number("capexUsd"),
              y.number("opexUsd"),
              y.number("leaseUsd"),
              y.number("transitUsd"),
              y.number("discountFactor"),
              y.number("capexDiscountFactor"),
              y.number("npcUsd")));
    }
    return new RolloutReport(years);
  }

  private static List<ResultRoute> routes(List<ResultObjectReader> items) {
    List<ResultRoute> routes = new ArrayList<>();
    for (ResultObjectReader r : items) {
      routes.add(
          new ResultRoute(
              r.string("siteId"),
              r.oneOf("exit", EXITS),
              r.stringOrNull("gatewayId"),
              r.strings("nodePath"),
              r.strings("linkPath"),
              r.intValue("hops"),
              r.intValue("microwaveHops"),
              r.intValue("microwaveHopsToFiber"),
              r.number("demandMbps"),
              r.has("shareMbps") ? r.number("shareMbps") : Double.NaN));
    }
    return routes;
  }

  private static List<GatewayLoad> gateways(List<ResultObjectReader> items) {
    List<GatewayLoad> gateways = new ArrayList<>();
    for (ResultObjectReader g : items) {
      gateways.add(
          new GatewayLoad(
              g.string("gatewayId"),
              g.number("loadMbps"),
              g.number("uplinkCapacityMbps"),
              g.number("utilisation"),
              g.intValue("sitesServed"),
              g.number("transitNpcUsd")));
    }
    return gateways;
  }

  private static SolverReport solver(ResultObjectReader s) {
    return new SolverReport(
        s.oneOf("status", STATUSES),
        s.string("solver"),
        s.number("objectiveUsd"),
        s.number("boundUsd"),
        s.number("gap"),
        s.number("seconds"),
        s.numberOrNaN("heuristicObjectiveUsd"),
        s.longValue("branchAndBoundNodes"));
  }

  private static Provenance provenance(ResultObjectReader p) {
    return new Provenance(
        p.string("instanceFile"),
        p.string("instanceSha256"),
        p.string("programVersion"),
        p.stringMap("options"),
        p.longValue("seed"),
        p.intValue("threads"));
  }

  private static CoverageReport coverage(ResultObjectReader c) {
    double budget = c.numberOrNaN("capexBudgetUsd");
    // results written before roll-outs could be planned for coverage have no yearly budget field
    double perYear = c.has("capexBudgetUsdPerYear") ? c.numberOrNaN("capexBudgetUsdPerYear") : Double.NaN;
    return new CoverageReport(
        c.oneOf("weight", List.of("population", "priority")),
        c.number("weightCovered"),
        c.number("weightBound"),
        c.number("weightGap"),
        Double.isNaN(budget) ? Double.POSITIVE_INFINITY : budget,
        Double.isNaN(perYear) ? Double.POSITIVE_INFINITY : perYear);
  }

  /** The JSON field names of a result record: its component names, in order. */
  static List<String> fieldNames(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }
}
