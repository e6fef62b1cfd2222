package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A linear axis with "nice" ticks (1, 2 or 5 times a power of ten) that cover a range, and the
 * mapping from values to pixels.
 *
 * @param min the first tick
 * @param max the last tick
 */
public record Axis(double min, double max, List<Double> ticks) {

  public Axis {
    ticks = List.copyOf(ticks);
  }

  /** About {@code targetTicks} nice ticks covering [low, high] (an empty range is widened). */
  public static Axis covering(double low, double high, int targetTicks) {
    if (!(high > low)) {
      double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
      low = low == 0 ? 0 : low - pad;
      high += pad;
    }
    double step = niceStep((high - low) / Math.max(1, targetTicks));
    double first = Math.floor(low / step) * step;
    double last = Math.ceil(high / step) * step;
    List<Double> ticks = new ArrayList<>();
    long count = Math.round((last - first) / step);
    for (long i = 0; i <= count; i++) {
      double t = first + i * step;
      ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return new Axis(first, last, ticks);
  }

  /** From zero (or below, for negative values) up to cover {@code high}. */
  public static Axis fromZero(double low, double high, int targetTicks) {
    return covering(Math.min(0, low), Math.max(0, high), targetTicks);
  }

  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  /** The pixel of a value when {@link #min} is at {@code fromPx} and {@link #max} at {@code toPx}. */
  public double toPixel(double value, double fromPx, double toPx) {
    return fromPx + (value - min) / (max - min) * (toPx - fromPx);
  }

  /** Horizontal grid lines and tick labels of a vertical axis at x = left, between bottom and top. */
  public void drawVertical(Svg svg, double left, double right, double bottom, double top,
      DoubleFunction<String> label) {
    svg.openGroup("axis y-axis");
    for (double t : ticks) {
      double y = toPixel(t, bottom, top);
      svg.line(left, y, right, y, t == 0 ? "grid zero" : "grid");
      svg.text(left - 6, y + 4, label.apply(t), "end", "tick");
    }
    svg.closeGroup();
  }

  /** Vertical grid lines and tick labels of a horizontal axis at y = bottom, between left and right. */
  public void drawHorizontal(Svg svg, double left, double right, double bottom, double top,
      DoubleFunction<String> label) {
    svg.openGroup("axis x-axis");
    for (double t : ticks) {
      double x = toPixel(t, left, right);
      svg.line(x, bottom, x, top, t == 0 ? "grid zero" : "grid");
      svg.text(x, bottom + 16, label.apply(t), "middle", "tick");
    }
    svg.closeGroup();
  }
}
