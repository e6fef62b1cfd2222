package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dorsal.io.PlanBundle;
import org.dorsal.io.PlanSchedule;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;

/**
 * The HTML report of one plan: summary figures, the map, cost breakdowns by category and by
 * technology, link utilisation, gateway loads and, for a roll-out, the costs of each year.
 */
public final class PlanReportPage {
  private final PlanBundle plan;
  private final String currency;

  private PlanReportPage(PlanBundle plan) {
    this.plan = plan;
    this.currency = plan.currency();
  }

  /**
   * @param sourceLabel the result file's name, written in the footer
   */
  public static byte[] render(PlanBundle plan, String sourceLabel) {
    return new PlanReportPage(plan).page().bytes("Made by Dorsal (dorsal report) from " + sourceLabel
        + ". Money is net present cost over the planning horizon unless a roll-out year says otherwise.");
  }

  private HtmlPage page() {
    PlanResult r = plan.result();
    HtmlPage page = new HtmlPage("Dorsal plan: " + r.instanceName());
    String description = plan.instance().description();
    if (description != null && !description.isBlank()) {
      page.subtitle(description);
    }
    page.heading("Summary");
    page.table(summaryTable());
    page.heading("Map");
    page.figure(PlanMap.render(plan), "Equipped links coloured by technology (" + r.links().size()
        + " links); equirectangular projection scaled by the cosine of the mean latitude.");
    page.heading("Cost breakdown");
    page.figure(BarChart.render("Net present cost by category", categoryBars(), v -> Figures.money(v, currency)),
        "Net present cost by category");
    page.figure(BarChart.render("Net present cost by technology", technologyBars(), v -> Figures.money(v, currency)),
        "Net present cost by technology (backbone-transit: traffic sold by the backbone at the gateways)");
    page.heading("Link utilisation");
    page.figure(Histogram.render("Link utilisation", utilisationBins(), List.of(), Figures::wholePercent,
        "flow / capacity of each equipped link", Palette.ACCENT),
        r.links().size() + " equipped links by utilisation (the last bin includes 100 %)");
    page.heading("Gateways");
    page.table(gatewayTable());
    if (plan.schedule().hasYears()) {
      page.heading("Roll-out");
      page.figure(rolloutChart(), "Money paid in each year of the roll-out (not discounted)");
      page.table(rolloutTable());
    }
    return page;
  }

  private HtmlTable summaryTable() {
    PlanResult r = plan.result();
    ResultSummary s = r.summary();
    SolverReport solver = r.solver();
    HtmlTable t = new HtmlTable("summary", List.of());
    t.row("Total net present cost", Figures.money(s.totalNpcUsd(), currency));
    t.row("Capex", Figures.money(s.capexUsd(), currency));
    t.row("Opex (NPC)", Figures.money(s.opexNpcUsd(), currency));
    t.row("Leases (NPC)", Figures.money(s.leaseNpcUsd(), currency));
    if (!Double.isNaN(s.usageNpcUsd())) {
      t.row("Usage charges per Mbps carried (NPC)", Figures.money(s.usageNpcUsd(), currency));
    }
    t.row("Backbone transit (NPC)", Figures.money(s.transitNpcUsd(), currency));
    t.row("Cost per site served", Figures.money(plan.costPerSiteUsd(), currency));
    t.row("Cost per person covered", Figures.unitMoney(plan.costPerPersonUsd(), currency));
    t.row("Cost per Mbps delivered per month", Figures.unitMoney(plan.costPerMbpsMonthUsd(), currency));
    t.row("Sites served", s.sitesServed() + " of " + s.sitesTotal());
    t.row("Population covered", Figures.count(s.populationServed()));
    t.row("Demand served", Figures.decimal(s.demandServedMbps(), 0) + " Mbps");
    t.row("Links equipped", Integer.toString(r.links().size()));
    t.row("Penalty of optional sites left unserved", Figures.money(s.unservedPenaltyUsd(), currency));
    t.row("Solver status", solver.status());
    t.row("Objective (cost + penalties)", Figures.money(solver.objectiveUsd(), currency));
    t.row("Lower bound", Figures.money(solver.boundUsd(), currency));
    t.row("Gap", Figures.percent(solver.gap()));
    t.row("Solver", solver.solver() + ", " + Figures.decimal(solver.seconds(), 1) + " s");
    t.row("Instance file", r.provenance().instanceFile());
    t.row("Instance SHA-256", r.provenance().instanceSha256());
    t.row("Program version", r.provenance().programVersion() + ", seed " + r.provenance().seed() + ", "
        + r.provenance().threads() + " thread(s)");
    return t;
  }

  private List<BarChart.Bar> categoryBars() {
    ResultSummary s = plan.result().summary();
    return List.of(
        new BarChart.Bar("capex", s.capexUsd(), Palette.costCategory("capex")),
        new BarChart.Bar("opex", s.opexNpcUsd(), Palette.costCategory("opex")),
        new BarChart.Bar("leases", s.leaseNpcUsd(), Palette.costCategory("lease")),
        new BarChart.Bar("backbone transit", s.transitNpcUsd(), Palette.costCategory("transit")));
  }

  private List<BarChart.Bar> technologyBars() {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Double> e : new TreeMap<>(plan.result().summary().byTechnologyNpcUsd()).entrySet()) {
      bars.add(new BarChart.Bar(e.getKey(), e.getValue(), Palette.technology(e.getKey())));
    }
    bars.sort((a, b) -> Double.compare(b.value(), a.value()));
    return bars;
  }

  private Histogram.Bins utilisationBins() {
    List<ResultLink> links = plan.result().links();
    double[] values = new double[links.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.min(1, links.get(i).utilisation());
    }
    return Histogram.Bins.of(values, 0, 1, 10);
  }

  private HtmlTable gatewayTable() {
    HtmlTable t = new HtmlTable("gateways", List.of("Gateway", "Name", "Sites", "Load", "Uplink", "Utilisation",
        "Transit (NPC)"));
    for (GatewayLoad g : plan.result().gateways()) {
      t.row(g.gatewayId(), plan.node(g.gatewayId()) == null ? "" : plan.node(g.gatewayId()).name(),
          Integer.toString(g.sitesServed()), Figures.decimal(g.loadMbps(), 0) + " Mbps",
          Figures.decimal(g.uplinkCapacityMbps(), 0) + " Mbps", Figures.percent(g.utilisation()),
          Figures.money(g.transitNpcUsd(), currency));
    }
    return t;
  }

  private String rolloutChart() {
    List<StackedBarChart.Column> columns = new ArrayList<>();
    for (PlanSchedule.Year y : plan.schedule().years()) {
      columns.add(new StackedBarChart.Column("year " + y.year(),
          List.of(y.capexUsd(), y.opexUsd(), y.leaseUsd(), y.transitUsd())));
    }
    return StackedBarChart.render("Costs by roll-out year", StackedBarChart.COST_CATEGORIES, columns,
        Figures::shortMoney);
  }

  private HtmlTable rolloutTable() {
    HtmlTable t = new HtmlTable("rollout", List.of("Year", "Demand", "Capex", "Opex", "Leases", "Transit",
        "Discount factor", "Links first equipped"));
    Map<Integer, Integer> linksByYear = new TreeMap<>();
    for (ResultLink l : plan.result().links()) {
      linksByYear.merge(plan.schedule().firstYear(l.linkId()), 1, Integer::sum);
    }
    for (PlanSchedule.Year y : plan.schedule().years()) {
      t.row(Integer.toString(y.year()), Figures.decimal(y.demandMbps(), 0) + " Mbps", Figures.money(y.capexUsd(),
          currency), Figures.money(y.opexUsd(), currency), Figures.money(y.leaseUsd(), currency),
          Figures.money(y.transitUsd(), currency), Figures.decimal(y.discountFactor(), 4),
          Integer.toString(linksByYear.getOrDefault(y.year(), 0)));
    }
    return t;
  }
}
