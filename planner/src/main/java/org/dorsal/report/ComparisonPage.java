package org.dorsal.report;

import static org.dorsal.report.JsonFields.number;
import static org.dorsal.report.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of a {@code dorsal-comparison/1} document: each scenario's cost by category, cost per
 * person, coverage, and its differences from the base scenario.
 */
public final class ComparisonPage {
  private static final String CURRENCY = "USD";

  private ComparisonPage() {}

  public static byte[] render(JsonNode root, String sourceLabel) {
    HtmlPage page = new HtmlPage("Scenario comparison: " + JsonFields.instanceName(root));
    page.subtitle(BaseBlock.describe(root) + " " + settings(root.path("settings")));
    List<JsonNode> scenarios = new ArrayList<>();
    root.path("scenarios").forEach(scenarios::add);
    page.heading("Net present cost by scenario");
    page.figure(costChart(scenarios), "Capex, opex, leases and backbone transit of each scenario's plan");
    page.heading("Cost per person covered");
    page.figure(BarChart.render("Cost per person covered", bars(scenarios, "costPerPersonUsd"),
        v -> Figures.unitMoney(v, CURRENCY)), null);
    page.heading("Coverage");
    page.figure(BarChart.render("Population covered", bars(scenarios, "populationCovered"), Figures::count),
        "Population covered");
    page.figure(BarChart.render("Sites served", bars(scenarios, "sitesServed"), Figures::count), "Sites served");
    page.heading("Scenarios");
    page.table(scenarioTable(scenarios));
    page.heading("Differences from the base");
    page.table(deltaTable(scenarios));
    return page.bytes("Made by Dorsal (dorsal report) from " + sourceLabel + ".");
  }

  private static String settings(JsonNode s) {
    return "Each scenario planned with a time limit of " + Figures.decimal(number(s, "timeLimitSeconds"), 0)
        + " s, " + text(s, "threads") + " thread(s), seed " + text(s, "seed") + ".";
  }

  private static String costChart(List<JsonNode> scenarios) {
    List<StackedBarChart.Column> columns = new ArrayList<>();
    for (JsonNode s : scenarios) {
      JsonNode m = s.path("metrics");
      columns.add(new StackedBarChart.Column(text(s, "name"), List.of(number(m, "capexUsd"),
          number(m, "opexNpcUsd"), number(m, "leaseNpcUsd"), number(m, "transitNpcUsd"))));
    }
    return StackedBarChart.render("Net present cost by scenario", StackedBarChart.COST_CATEGORIES, columns,
        Figures::shortMoney);
  }

  private static List<BarChart.Bar> bars(List<JsonNode> scenarios, String metric) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      JsonNode s = scenarios.get(i);
      bars.add(new BarChart.Bar(text(s, "name"), number(s.path("metrics"), metric), Palette.series(i)));
    }
    return bars;
  }

  private static HtmlTable scenarioTable(List<JsonNode> scenarios) {
    HtmlTable t = new HtmlTable("scenarios", List.of("Scenario", "Description", "Status", "Verified",
        "Total NPC", "Capex", "Sites served", "Population covered", "Cost per person", "Gap"));
    for (JsonNode s : scenarios) {
      JsonNode m = s.path("metrics");
      String status = text(m, "status");
      String reason = text(m, "reason");
      t.row(text(s, "name"), text(s, "description"), reason.isEmpty() ? status : status + " (" + reason + ")",
          text(m, "verified"), Figures.money(number(m, "totalNpcUsd"), CURRENCY),
          Figures.money(number(m, "capexUsd"), CURRENCY),
          Double.isFinite(number(m, "sitesServed")) ? Figures.count(number(m, "sitesServed")) + " of "
              + Figures.count(number(m, "sitesTotal")) : Figures.NOT_AVAILABLE,
          Figures.count(number(m, "populationCovered")), Figures.unitMoney(number(m, "costPerPersonUsd"), CURRENCY),
          Figures.percent(number(m, "gap")));
    }
    return t;
  }

  private static HtmlTable deltaTable(List<JsonNode> scenarios) {
    HtmlTable t = new HtmlTable("deltas", List.of("Scenario", "Total NPC", "Capex", "Opex", "Leases", "Transit",
        "Sites served", "Population covered", "Cost per person"));
    for (JsonNode s : scenarios) {
      JsonNode d = s.path("deltaVsBase");
      t.row(text(s, "name"), Figures.signedMoney(number(d, "totalNpcUsd"), CURRENCY),
          Figures.signedMoney(number(d, "capexUsd"), CURRENCY), Figures.signedMoney(number(d, "opexNpcUsd"), CURRENCY),
          Figures.signedMoney(number(d, "leaseNpcUsd"), CURRENCY),
          Figures.signedMoney(number(d, "transitNpcUsd"), CURRENCY), Figures.signedCount(number(d, "sitesServed")),
          Figures.signedCount(number(d, "populationCovered")),
          Figures.signedUnitMoney(number(d, "costPerPersonUsd"), CURRENCY));
    }
    return t;
  }
}
