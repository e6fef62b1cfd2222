package org.dorsal.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One horizontal bar per uncertain driver, from the cost at its low factor to the cost at its
 * high factor, around a vertical line at the base cost; the widest swing on top (the order
 * given).
 */
public final class TornadoChart {
  /** One driver's bar. */
  public record Row(String label, double atLow, double atHigh, String lowText, String highText) {}

  private static final double WIDTH_PX = 720;
  private static final double LABEL_PX = 150;
  private static final double RIGHT_PX = 40;
  private static final double ROW_PX = 34;
  private static final double TOP_PX = 24;

  private TornadoChart() {}

  public static String render(String title, List<Row> rows, double base, String baseText,
      DoubleFunction<String> axisText) {
    double bottom = TOP_PX + Math.max(1, rows.size()) * ROW_PX;
    Svg svg = new Svg(WIDTH_PX, bottom + 30, title);
    if (rows.isEmpty()) {
      svg.text(WIDTH_PX / 2, (TOP_PX + bottom) / 2, "no data", "middle", "empty");
      return svg.render("chart tornado-chart");
    }
    double min = Double.isFinite(base) ? base : Double.POSITIVE_INFINITY;
    double max = Double.isFinite(base) ? base : Double.NEGATIVE_INFINITY;
    for (Row r : rows) {
      for (double v : new double[] {r.atLow(), r.atHigh()}) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    Axis axis = Axis.covering(min, max, 5);
    double left = LABEL_PX + 60;
    double right = WIDTH_PX - RIGHT_PX - 60;
    axis.drawHorizontal(svg, left, right, bottom, TOP_PX, axisText);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = TOP_PX + i * ROW_PX;
      svg.text(12, y + ROW_PX / 2 + 4, r.label(), "start", "bar-label");
      if (!Double.isFinite(r.atLow()) || !Double.isFinite(r.atHigh())) {
        continue;
      }
      double xLow = axis.toPixel(r.atLow(), left, right);
      double xHigh = axis.toPixel(r.atHigh(), left, right);
      String tip = r.label() + ": " + axisText.apply(r.atLow()) + " (" + r.lowText() + ") to "
          + axisText.apply(r.atHigh()) + " (" + r.highText() + ")";
      svg.rect(Math.min(xLow, xHigh), y + 6, Math.max(1, Math.abs(xHigh - xLow)), ROW_PX - 12,
          r.atHigh() >= r.atLow() ? Palette.costCategory("capex") : Palette.costCategory("opex"), "bar", tip);
      boolean lowOnLeft = xLow <= xHigh;
      svg.text(Math.min(xLow, xHigh) - 4, y + ROW_PX / 2 + 4, lowOnLeft ? r.lowText() : r.highText(), "end",
          "bar-value");
      svg.text(Math.max(xLow, xHigh) + 4, y + ROW_PX / 2 + 4, lowOnLeft ? r.highText() : r.lowText(), "start",
          "bar-value");
    }
    if (Double.isFinite(base)) {
      double x = axis.toPixel(base, left, right);
      svg.line(x, TOP_PX - 6, x, bottom, "marker");
      svg.text(x, TOP_PX - 10, baseText, "middle", "marker-label");
    }
    return svg.render("chart tornado-chart");
  }
}
