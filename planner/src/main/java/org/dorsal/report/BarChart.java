package org.dorsal.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one per labelled value, with the value written after each bar: cost by
 * category, cost by technology, cost per person of each scenario.
 */
public final class BarChart {
  /** One bar. */
  public record Bar(String label, double value, String colour) {}

  private static final double WIDTH_PX = 640;
  private static final double LABEL_PX = 170;
  private static final double VALUE_PX = 130;
  private static final double ROW_PX = 28;

  private BarChart() {}

  /**
   * @param title the chart's accessible title
   * @param valueText how a value is written beside its bar
   */
  public static String render(String title, List<Bar> bars, DoubleFunction<String> valueText) {
    double height = Math.max(1, bars.size()) * ROW_PX + 12;
    Svg svg = new Svg(WIDTH_PX, height, title);
    if (bars.isEmpty()) {
      svg.text(WIDTH_PX / 2, height / 2 + 4, "no data", "middle", "empty");
      return svg.render("chart bar-chart");
    }
    double max = 0;
    double min = 0;
    for (Bar b : bars) {
      if (Double.isFinite(b.value())) {
        max = Math.max(max, b.value());
        min = Math.min(min, b.value());
      }
    }
    double span = max - min > 0 ? max - min : 1;
    double plotLeft = LABEL_PX;
    double plotWidth = WIDTH_PX - LABEL_PX - VALUE_PX;
    double zeroX = plotLeft + (-min) / span * plotWidth;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 6 + i * ROW_PX;
      double value = Double.isFinite(b.value()) ? b.value() : 0;
      double length = Math.abs(value) / span * plotWidth;
      double x = value >= 0 ? zeroX : zeroX - length;
      svg.text(plotLeft - 8, y + ROW_PX / 2 + 1, b.label(), "end", "bar-label");
      svg.rect(x, y + 4, Math.max(length, value == 0 ? 0 : 1), ROW_PX - 10, b.colour(), "bar",
          b.label() + ": " + valueText.apply(b.value()));
      svg.text(Math.max(x + length, zeroX) + 6, y + ROW_PX / 2 + 1, valueText.apply(b.value()), "start",
          "bar-value");
    }
    svg.line(zeroX, 4, zeroX, height - 4, "grid zero");
    return svg.render("chart bar-chart");
  }
}
