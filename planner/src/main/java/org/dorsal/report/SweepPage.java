package org.dorsal.report;

import static org.dorsal.report.JsonFields.number;
import static org.dorsal.report.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of a {@code dorsal-sweep/1} document: coverage against capex for every budget (the
 * Pareto-optimal points joined), and the table of points.
 */
public final class SweepPage {
  private static final String CURRENCY = "USD";

  private SweepPage() {}

  public static byte[] render(JsonNode root, String sourceLabel) {
    String weight = text(root, "weight");
    HtmlPage page = new HtmlPage("Budget sweep: " + JsonFields.instanceName(root));
    JsonNode s = root.path("settings");
    boolean perYear = s.path("budgetPerYear").asBoolean(false);
    String kind = perYear ? "yearly capex budgets of the roll-out" : "capex budgets";
    page.subtitle(BaseBlock.describe(root) + " Coverage weighted by " + weight + "; " + kind + " from "
        + Figures.money(number(s, "budgetFromUsd"), CURRENCY) + " to " + Figures.money(number(s, "budgetToUsd"),
        CURRENCY) + " in " + text(s, "steps") + " steps; each point planned with a time limit of "
        + Figures.decimal(number(s, "timeLimitSeconds"), 0) + " s, seed " + text(s, "seed") + ".");
    List<ScatterChart.Point> points = new ArrayList<>();
    int front = 0;
    for (JsonNode p : root.path("points")) {
      boolean pareto = p.path("paretoOptimal").asBoolean(false);
      front += pareto ? 1 : 0;
      double capex = number(p.path("metrics"), "capexUsd");
      double covered = number(p, "weightCovered");
      points.add(new ScatterChart.Point(capex, covered, pareto, (perYear ? "budget per year " : "budget ")
          + Figures.money(number(p, "budgetUsd"), CURRENCY) + ": capex " + Figures.money(capex, CURRENCY)
          + ", " + weight + " covered " + Figures.count(covered) + (pareto ? " (Pareto-optimal)" : "")));
    }
    page.heading("Coverage against capex");
    page.figure(ScatterChart.render("Coverage against capex", points, "capex (" + CURRENCY + ")",
        Figures::shortMoney, weight + " covered", Figures::shortMoney),
        front + " of " + points.size() + " points are Pareto-optimal (blue, joined): no other point covers"
            + " as much for less capex.");
    page.heading("Points");
    page.table(pointTable(root, weight, perYear));
    return page.bytes("Made by Dorsal (dorsal report) from " + sourceLabel + ".");
  }

  private static HtmlTable pointTable(JsonNode root, String weight, boolean perYear) {
    HtmlTable t = new HtmlTable("points", List.of(perYear ? "Budget per year" : "Budget", "Status",
        perYear ? "Capex (all years, present value)" : "Capex", "Total NPC",
        "Weight covered (" + weight + ")",
        "Bound on weight", "Sites served", "Population covered", "Pareto-optimal"));
    for (JsonNode p : root.path("points")) {
      JsonNode m = p.path("metrics");
      t.row(Figures.money(number(p, "budgetUsd"), CURRENCY), text(m, "status"),
          Figures.money(number(m, "capexUsd"), CURRENCY), Figures.money(number(m, "totalNpcUsd"), CURRENCY),
          Figures.count(number(p, "weightCovered")), Figures.count(number(p, "weightBound")),
          Figures.count(number(m, "sitesServed")), Figures.count(number(m, "populationCovered")),
          p.path("paretoOptimal").asBoolean(false) ? "yes" : "no");
    }
    return t;
  }
}
