package org.dorsal.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Counts of values in adjacent bins, drawn as touching vertical bars, with optional labelled
 * vertical markers (P10, P50, P90): link utilisation, the cost distribution of a risk analysis.
 */
public final class Histogram {
  /**
   * Bins and their counts.
   *
   * @param edges bin i is [edges[i], edges[i+1]); the last bin also holds its upper edge
   */
  public record Bins(List<Double> edges, List<Integer> counts) {
    public Bins {
      edges = List.copyOf(edges);
      counts = List.copyOf(counts);
      if (edges.size() != counts.size() + 1) {
        throw new IllegalArgumentException("n bins need n + 1 edges");
      }
    }

    /** Counts of the finite values in bins of equal width from {@code low} to {@code high}. */
    public static Bins of(double[] values, double low, double high, int binCount) {
      Double[] edges = new Double[binCount + 1];
      for (int i = 0; i <= binCount; i++) {
        edges[i] = low + (high - low) * i / binCount;
      }
      Integer[] counts = new Integer[binCount];
      java.util.Arrays.fill(counts, 0);
      for (double v : values) {
        if (!Double.isFinite(v) || v < low || v > high) {
          continue;
        }
        int bin = high > low ? (int) Math.floor((v - low) / (high - low) * binCount) : 0;
        counts[Math.min(binCount - 1, Math.max(0, bin))]++;
      }
      return new Bins(List.of(edges), List.of(counts));
    }

    /** Equal-width bins over the range of the finite values (one bin when they are all equal). */
    public static Bins spanning(double[] values, int binCount) {
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        if (Double.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
      if (low > high) {
        return new Bins(List.of(0.0, 1.0), List.of(0));
      }
      if (low == high) {
        double pad = low == 0 ? 0.5 : Math.abs(low) * 0.01;
        return of(values, low - pad, high + pad, 1);
      }
      return of(values, low, high, binCount);
    }

    public int total() {
      int sum = 0;
      for (int c : counts) {
        sum += c;
      }
      return sum;
    }
  }

  /** A vertical line at a value, with its label above the plot. */
  public record Marker(double value, String label) {}

  private static final double WIDTH_PX = 720;
  private static final double PLOT_HEIGHT_PX = 220;
  private static final double LEFT_PX = 60;
  private static final double RIGHT_PX = 30;

  private Histogram() {}

  /**
   * @param edgeText how a bin edge is written under the axis
   * @param xTitle what the values are, written under the axis
   */
  public static String render(String title, Bins bins, List<Marker> markers, DoubleFunction<String> edgeText,
      String xTitle, String colour) {
    double top = markers.isEmpty() ? 14 : 34;
    double bottom = top + PLOT_HEIGHT_PX;
    Svg svg = new Svg(WIDTH_PX, bottom + 52, title);
    double right = WIDTH_PX - RIGHT_PX;
    if (bins.total() == 0) {
      svg.text(WIDTH_PX / 2, (top + bottom) / 2, "no data", "middle", "empty");
      return svg.render("chart histogram");
    }
    int maxCount = 0;
    for (int c : bins.counts()) {
      maxCount = Math.max(maxCount, c);
    }
    Axis counts = Axis.fromZero(0, maxCount, Math.min(5, maxCount));
    counts.drawVertical(svg, LEFT_PX, right, bottom, top, v -> Figures.count(v));
    List<Double> edges = bins.edges();
    double low = edges.get(0);
    double high = edges.get(edges.size() - 1);
    int n = bins.counts().size();
    double binPx = (right - LEFT_PX) / n;
    svg.openGroup("bins");
    for (int i = 0; i < n; i++) {
      int c = bins.counts().get(i);
      double x = LEFT_PX + i * binPx;
      double y = counts.toPixel(c, bottom, top);
      String range = edgeText.apply(edges.get(i)) + " to " + edgeText.apply(edges.get(i + 1));
      svg.rect(x + 1, y, binPx - 2, bottom - y, colour, "bin", range + ": " + c);
    }
    svg.closeGroup();
    int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
    for (int i = 0; i <= n; i += labelEvery) {
      svg.text(LEFT_PX + i * binPx, bottom + 16, edgeText.apply(edges.get(i)), "middle", "tick");
    }
    if (n % labelEvery != 0) {
      svg.text(right, bottom + 16, edgeText.apply(high), "middle", "tick");
    }
    svg.text((LEFT_PX + right) / 2, bottom + 40, xTitle, "middle", "axis-title");
    svg.verticalText(16, (top + bottom) / 2, "count", "axis-title");
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      if (!Double.isFinite(m.value()) || high <= low) {
        continue;
      }
      double x = LEFT_PX + (m.value() - low) / (high - low) * (right - LEFT_PX);
      svg.line(x, top - 4, x, bottom, "marker");
      // alternate label heights so neighbouring markers do not overwrite each other
      svg.text(x, i % 2 == 0 ? top - 8 : top - 22, m.label(), "middle", "marker-label");
    }
    return svg.render("chart histogram");
  }
}
