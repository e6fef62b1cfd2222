package org.dorsal.report;

import static org.dorsal.report.JsonFields.number;
import static org.dorsal.report.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page of a {@code dorsal-risk/1} document: the distribution of plan cost over the samples
 * with its P10, P50 and P90, the tornado of the drivers, and the percentiles of cost and coverage.
 */
public final class RiskPage {
  private static final String CURRENCY = "USD";
  private static final int BINS = 20;

  private RiskPage() {}

  public static byte[] render(JsonNode root, String sourceLabel) {
    HtmlPage page = new HtmlPage("Risk analysis: " + JsonFields.instanceName(root));
    page.subtitle(BaseBlock.describe(root) + " " + text(root, "samples") + " samples (seed " + text(root, "seed")
        + "), mode " + text(root, "mode") + ": " + ("replan".equals(text(root, "mode"))
            ? "each sample is planned anew." : "the base plan is priced under each sample."));
    JsonNode cost = root.path("cost");
    page.heading("Net present cost over the samples");
    page.figure(Histogram.render("Net present cost over the samples", costBins(root), List.of(
        new Histogram.Marker(number(cost, "p10"), "P10"), new Histogram.Marker(number(cost, "p50"), "P50"),
        new Histogram.Marker(number(cost, "p90"), "P90")), Figures::shortMoney, "net present cost (" + CURRENCY + ")",
        Palette.ACCENT), "Samples by plan cost; P10, P50 and P90 by the nearest-rank method.");
    page.heading("What moves the cost");
    page.figure(tornado(root), "Each driver at its P10 and P90 factor with every other driver at its median,"
        + " widest swing first; the line is the base plan's cost.");
    page.heading("Percentiles");
    page.table(percentileTable(root));
    page.heading("Uncertain drivers");
    page.table(driverTable(root));
    return page.bytes("Made by Dorsal (dorsal report) from " + sourceLabel + ".");
  }

  private static Histogram.Bins costBins(JsonNode root) {
    List<Double> values = new ArrayList<>();
    for (JsonNode s : root.path("sampleTable")) {
      double v = number(s, "totalNpcUsd");
      if (Double.isFinite(v)) {
        values.add(v);
      }
    }
    double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
    return Histogram.Bins.spanning(array, Math.min(BINS, Math.max(1, array.length)));
  }

  private static String tornado(JsonNode root) {
    List<TornadoChart.Row> rows = new ArrayList<>();
    for (JsonNode t : root.path("tornado")) {
      rows.add(new TornadoChart.Row(text(t, "multiplier"), number(t, "costAtLowUsd"), number(t, "costAtHighUsd"),
          factor(number(t, "lowFactor")), factor(number(t, "highFactor"))));
    }
    double base = number(root.path("baseMetrics"), "totalNpcUsd");
    return TornadoChart.render("Cost swing by driver", rows, base, "base " + Figures.shortMoney(base),
        Figures::shortMoney);
  }

  private static String factor(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "x%.2f", value) : Figures.NOT_AVAILABLE;
  }

  private static HtmlTable percentileTable(JsonNode root) {
    HtmlTable t = new HtmlTable("percentiles", List.of("Figure", "P10", "P50", "P90", "Mean", "Min", "Max"));
    JsonNode base = root.path("baseMetrics");
    t.row(row("Net present cost (" + CURRENCY + ")", root.path("cost")));
    t.row(row("Population covered", root.path("population")));
    t.row(row("Sites served", root.path("sitesServed")));
    t.row("Base plan", Figures.money(number(base, "totalNpcUsd"), CURRENCY),
        Figures.count(number(base, "populationCovered")) + " people", Figures.count(number(base, "sitesServed"))
            + " sites", "", "", "");
    return t;
  }

  private static List<String> row(String label, JsonNode p) {
    List<String> cells = new ArrayList<>(List.of(label));
    for (String f : List.of("p10", "p50", "p90", "mean", "min", "max")) {
      cells.add(Figures.count(number(p, f)));
    }
    return cells;
  }

  private static HtmlTable driverTable(JsonNode root) {
    HtmlTable t = new HtmlTable("drivers", List.of("Multiplier", "Distribution"));
    for (JsonNode d : root.path("drivers")) {
      StringBuilder dist = new StringBuilder();
      for (Iterator<Map.Entry<String, JsonNode>> it = d.path("distribution").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        dist.append(dist.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asText());
      }
      t.row(text(d, "multiplier"), dist.toString());
    }
    return t;
  }
}
