package org.dorsal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Points on two linear axes; the highlighted points are joined by a line in x order (a Pareto
 * front: coverage against capex), the others drawn muted.
 */
public final class ScatterChart {
  /** One point; {@code label} is its tooltip. */
  public record Point(double x, double y, boolean highlighted, String label) {}

  private static final double WIDTH_PX = 720;
  private static final double HEIGHT_PX = 380;
  private static final double LEFT_PX = 90;
  private static final double RIGHT_PX = 30;
  private static final double TOP_PX = 20;
  private static final double BOTTOM_PX = 60;

  private ScatterChart() {}

  public static String render(String title, List<Point> points, String xTitle, DoubleFunction<String> xText,
      String yTitle, DoubleFunction<String> yText) {
    Svg svg = new Svg(WIDTH_PX, HEIGHT_PX, title);
    List<Point> finite = new ArrayList<>();
    for (Point p : points) {
      if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
        finite.add(p);
      }
    }
    if (finite.isEmpty()) {
      svg.text(WIDTH_PX / 2, HEIGHT_PX / 2, "no data", "middle", "empty");
      return svg.render("chart scatter-chart");
    }
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : finite) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    Axis xAxis = Axis.fromZero(minX, maxX, 6);
    Axis yAxis = Axis.fromZero(minY, maxY, 5);
    double right = WIDTH_PX - RIGHT_PX;
    double bottom = HEIGHT_PX - BOTTOM_PX;
    yAxis.drawVertical(svg, LEFT_PX, right, bottom, TOP_PX, yText);
    xAxis.drawHorizontal(svg, LEFT_PX, right, bottom, TOP_PX, xText);
    svg.text((LEFT_PX + right) / 2, HEIGHT_PX - 14, xTitle, "middle", "axis-title");
    svg.verticalText(16, (TOP_PX + bottom) / 2, yTitle, "axis-title");
    List<Point> front = new ArrayList<>();
    for (Point p : finite) {
      if (p.highlighted()) {
        front.add(p);
      }
    }
    front.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
    if (front.size() > 1) {
      StringBuilder d = new StringBuilder();
      for (Point p : front) {
        d.append(d.length() == 0 ? "M" : " L").append(Svg.n(xAxis.toPixel(p.x(), LEFT_PX, right))).append(' ')
            .append(Svg.n(yAxis.toPixel(p.y(), bottom, TOP_PX)));
      }
      svg.element("path", null, "class", "front", "d", d.toString(), "fill", "none", "stroke", Palette.ACCENT);
    }
    svg.openGroup("points");
    for (Point p : finite) {
      svg.circle(xAxis.toPixel(p.x(), LEFT_PX, right), yAxis.toPixel(p.y(), bottom, TOP_PX),
          p.highlighted() ? 5 : 4, p.highlighted() ? Palette.ACCENT : Palette.MUTED,
          p.highlighted() ? "point front-point" : "point", p.label());
    }
    svg.closeGroup();
    return svg.render("chart scatter-chart");
  }
}
