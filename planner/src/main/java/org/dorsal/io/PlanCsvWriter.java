package org.dorsal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dorsal.model.Node;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/**
 * The tables of a plan as CSV for spreadsheets (see docs/reports.md): its equipped links, the
 * route of every site, every site with whether and how it is served, and the cost summary.
 */
public final class PlanCsvWriter {
  /** Columns of the links table. */
  public static final List<String> LINK_COLUMNS = List.of("linkId", "technology", "optionId", "fromId", "fromName",
      "toId", "toName", "capacityMbps", "flowMbps", "utilisation", "lengthKm", "capexUsd", "opexNpcUsd",
      "leaseNpcUsd", "npcUsd", "year");
  /** Columns of the routes table. */
  public static final List<String> ROUTE_COLUMNS = List.of("siteId", "siteName", "exit", "gatewayId", "hops",
      "microwaveHops", "microwaveHopsToFiber", "demandMbps", "nodePath", "linkPath");
  /** Columns of the sites table. */
  public static final List<String> SITE_COLUMNS = List.of("siteId", "name", "lat", "lon", "demandMbps",
      "population", "required", "served", "exit", "gatewayId", "hops", "firstLinkId", "firstLinkTechnology",
      "unservedPenaltyUsd");

  private PlanCsvWriter() {}

  /** One row per equipped link, in result order; with split routing also each link's usageNpcUsd. */
  public static byte[] links(PlanBundle plan) {
    boolean split = isSplit(plan.result());
    CsvTable t = new CsvTable(split ? plus(LINK_COLUMNS, "usageNpcUsd") : LINK_COLUMNS);
    for (ResultLink l : plan.result().links()) {
      Node from = plan.node(l.flowFromId());
      Node to = l.flowToId() == null ? null : plan.node(l.flowToId());
      t.text(l.linkId()).text(l.technology()).text(l.optionId()).text(l.flowFromId()).text(from.name())
          .text(l.flowToId()).text(to == null ? "" : to.name()).number(l.capacityMbps()).number(l.flowMbps())
          .number(l.utilisation()).number(l.lengthKm()).number(l.capexUsd()).number(l.opexNpcUsd())
          .number(l.leaseNpcUsd()).number(l.npcUsd()).count(plan.schedule().firstYear(l.linkId()));
      if (split) {
        t.number(l.usageNpcUsd());
      }
      t.end();
    }
    return t.bytes();
  }

  /** Whether the result is of split routing (it has usage charges). */
  private static boolean isSplit(PlanResult r) {
    return !Double.isNaN(r.summary().usageNpcUsd());
  }

  private static List<String> plus(List<String> columns, String extra) {
    List<String> all = new ArrayList<>(columns);
    all.add(extra);
    return all;
  }

  /**
   * One row per route (every site of the result; with split routing one per path, with its
   * shareMbps as a last column), paths joined by {@code " > "}.
   */
  public static byte[] routes(PlanBundle plan) {
    boolean split = isSplit(plan.result());
    CsvTable t = new CsvTable(split ? plus(ROUTE_COLUMNS, "shareMbps") : ROUTE_COLUMNS);
    for (ResultRoute r : plan.result().routes()) {
      t.text(r.siteId()).text(plan.node(r.siteId()).name()).text(r.exit()).text(r.gatewayId()).count(r.hops())
          .count(r.microwaveHops()).count(r.microwaveHopsToFiber()).number(r.demandMbps())
          .text(String.join(" > ", r.nodePath())).text(String.join(" > ", r.linkPath()));
      if (split) {
        t.number(r.shareMbps());
      }
      t.end();
    }
    return t.bytes();
  }

  /**
   * One row per site of the instance, in instance order: served or not, and how (the exit, the
   * gateway, the first link's technology; with split routing, of the site's first route).
   */
  public static byte[] sites(PlanBundle plan) {
    Map<String, ResultLink> linkById = new TreeMap<>();
    for (ResultLink l : plan.result().links()) {
      linkById.put(l.linkId(), l);
    }
    CsvTable t = new CsvTable(SITE_COLUMNS);
    for (Node n : plan.instance().nodes()) {
      if (!n.isSite()) {
        continue;
      }
      ResultRoute r = plan.route(n.id());
      String exit = plan.exitOf(n.id());
      String firstLink = r == null || r.linkPath().isEmpty() ? "" : r.linkPath().get(0);
      ResultLink first = linkById.get(firstLink);
      t.text(n.id()).text(n.name()).number(n.lat()).number(n.lon()).number(n.demandMbps()).count(n.population())
          .flag(n.required()).flag(!"unserved".equals(exit)).text(exit).text(r == null ? "" : r.gatewayId())
          .count(r == null ? 0 : r.hops()).text(firstLink).text(first == null ? "" : first.technology())
          .number(n.unservedPenaltyUsd()).end();
    }
    return t.bytes();
  }

  /** Two columns, {@code metric,value}: the totals, the costs per unit, the solver and provenance. */
  public static byte[] summary(PlanBundle plan) {
    PlanResult r = plan.result();
    ResultSummary s = r.summary();
    SolverReport solver = r.solver();
    CsvTable t = new CsvTable(List.of("metric", "value"));
    t.text("instanceName").text(r.instanceName()).end();
    t.text("currency").text(plan.currency()).end();
    t.text("status").text(solver.status()).end();
    t.text("totalNpcUsd").number(s.totalNpcUsd()).end();
    t.text("capexUsd").number(s.capexUsd()).end();
    t.text("opexNpcUsd").number(s.opexNpcUsd()).end();
    t.text("leaseNpcUsd").number(s.leaseNpcUsd()).end();
    if (!Double.isNaN(s.usageNpcUsd())) {
      t.text("usageNpcUsd").number(s.usageNpcUsd()).end();
    }
    t.text("transitNpcUsd").number(s.transitNpcUsd()).end();
    for (Map.Entry<String, Double> e : new TreeMap<>(s.byTechnologyNpcUsd()).entrySet()) {
      t.text("npc_" + e.getKey()).number(e.getValue()).end();
    }
    t.text("unservedPenaltyUsd").number(s.unservedPenaltyUsd()).end();
    t.text("objectiveUsd").number(s.objectiveUsd()).end();
    t.text("sitesTotal").count(s.sitesTotal()).end();
    t.text("sitesServed").count(s.sitesServed()).end();
    t.text("populationCovered").count(s.populationServed()).end();
    t.text("demandServedMbps").number(s.demandServedMbps()).end();
    t.text("linksEquipped").count(r.links().size()).end();
    t.text("costPerSiteUsd").number(plan.costPerSiteUsd()).end();
    t.text("costPerPersonUsd").number(plan.costPerPersonUsd()).end();
    t.text("costPerMbpsMonthUsd").number(plan.costPerMbpsMonthUsd()).end();
    t.text("lowerBoundUsd").number(solver.boundUsd()).end();
    t.text("gap").number(solver.gap()).end();
    t.text("solver").text(solver.solver()).end();
    t.text("seconds").number(solver.seconds()).end();
    t.text("instanceFile").text(r.provenance().instanceFile()).end();
    t.text("instanceSha256").text(r.provenance().instanceSha256()).end();
    t.text("programVersion").text(r.provenance().programVersion()).end();
    t.text("seed").count(r.provenance().seed()).end();
    t.text("threads").count(r.provenance().threads()).end();
    return t.bytes();
  }
}
