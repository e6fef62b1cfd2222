package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Vertical bars made of stacked segments: the cost categories of each scenario or of each
 * roll-out year. Negative segments are not drawn (costs are not negative).
 */
public final class StackedBarChart {
  /** One series: a segment of every bar. */
  public record Series(String name, String colour) {}

  /** One bar: its label and one value per series (in series order). */
  public record Column(String label, List<Double> values) {
    public Column {
      values = List.copyOf(values);
    }
  }

  /** The four cost categories (capex, opex, leases, transit), the series of every cost chart. */
  public static final List<Series> COST_CATEGORIES = List.of(
      new Series("capex", Palette.costCategory("capex")),
      new Series("opex", Palette.costCategory("opex")),
      new Series("leases", Palette.costCategory("lease")),
      new Series("transit", Palette.costCategory("transit")));

  private static final double WIDTH_PX = 720;
  private static final double PLOT_HEIGHT_PX = 260;
  private static final double LEFT_PX = 80;
  private static final double RIGHT_PX = 20;

  private StackedBarChart() {}

  public static String render(String title, List<Series> series, List<Column> columns,
      DoubleFunction<String> axisText) {
    List<Legend.Entry> legend = new ArrayList<>();
    for (Series s : series) {
      legend.add(new Legend.Entry(s.name(), s.colour()));
    }
    double legendHeight = Legend.height(legend, WIDTH_PX - LEFT_PX - RIGHT_PX);
    double top = 10 + legendHeight + 10;
    double bottom = top + PLOT_HEIGHT_PX;
    double labelRows = columns.size() > 8 ? 2 : 1;
    Svg svg = new Svg(WIDTH_PX, bottom + 16 * labelRows + 14, title);
    Legend.draw(svg, legend, LEFT_PX, 10, WIDTH_PX - LEFT_PX - RIGHT_PX);
    if (columns.isEmpty()) {
      svg.text(WIDTH_PX / 2, (top + bottom) / 2, "no data", "middle", "empty");
      return svg.render("chart stacked-bar-chart");
    }
    double maxTotal = 0;
    for (Column c : columns) {
      maxTotal = Math.max(maxTotal, positiveSum(c.values()));
    }
    Axis axis = Axis.fromZero(0, maxTotal, 5);
    double right = WIDTH_PX - RIGHT_PX;
    axis.drawVertical(svg, LEFT_PX, right, bottom, top, axisText);
    double slot = (right - LEFT_PX) / columns.size();
    double barWidth = Math.min(70, slot * 0.7);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      double x = LEFT_PX + slot * i + (slot - barWidth) / 2;
      double base = 0;
      svg.openGroup("stack");
      for (int s = 0; s < series.size() && s < c.values().size(); s++) {
        double v = c.values().get(s);
        if (!(v > 0)) {
          continue;
        }
        double y0 = axis.toPixel(base, bottom, top);
        double y1 = axis.toPixel(base + v, bottom, top);
        svg.rect(x, y1, barWidth, y0 - y1, series.get(s).colour(), "segment",
            c.label() + ", " + series.get(s).name() + ": " + axisText.apply(v));
        base += v;
      }
      svg.closeGroup();
      if (base == 0) {
        svg.text(x + barWidth / 2, bottom - 6, "no data", "middle", "empty");
      }
      double labelY = bottom + 16 + (labelRows > 1 && i % 2 == 1 ? 16 : 0);
      svg.text(x + barWidth / 2, labelY, c.label(), "middle", "tick");
    }
    return svg.render("chart stacked-bar-chart");
  }

  private static double positiveSum(List<Double> values) {
    double sum = 0;
    for (double v : values) {
      if (v > 0) {
        sum += v;
      }
    }
    return sum;
  }
}
