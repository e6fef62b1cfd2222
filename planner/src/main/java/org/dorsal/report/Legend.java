package org.dorsal.report;

import java.util.List;

/** A row of symbols with labels, wrapping to the next line when the width is used up. */
public final class Legend {
  /** How an entry's symbol is drawn. */
  public enum Shape { SQUARE, LINE, CIRCLE, RING, TRIANGLE }

  /** One legend entry. */
  public record Entry(String label, String colour, Shape shape) {
    /** An entry with a square swatch (a bar or area colour). */
    public Entry(String label, String colour) {
      this(label, colour, Shape.SQUARE);
    }
  }

  /** Average advance of a 12 px sans-serif character, to estimate label widths. */
  private static final double CHAR_WIDTH_PX = 6.4;
  private static final double ROW_HEIGHT_PX = 20;

  private Legend() {}

  /** The height the legend takes at this width. */
  public static double height(List<Entry> entries, double width) {
    return rows(entries, width, null, 0, 0) * ROW_HEIGHT_PX;
  }

  /** Draws the legend with its first row's top at y. */
  public static void draw(Svg svg, List<Entry> entries, double x, double y, double width) {
    rows(entries, width, svg, x, y);
  }

  private static int rows(List<Entry> entries, double width, Svg svg, double x0, double y0) {
    if (entries.isEmpty()) {
      return 0;
    }
    if (svg != null) {
      svg.openGroup("legend");
    }
    double x = 0;
    int row = 0;
    for (Entry e : entries) {
      double w = 20 + e.label().length() * CHAR_WIDTH_PX + 18;
      if (x > 0 && x + w > width) {
        row++;
        x = 0;
      }
      if (svg != null) {
        double y = y0 + row * ROW_HEIGHT_PX;
        symbol(svg, e, x0 + x, y + 9);
        svg.text(x0 + x + 20, y + 13, e.label(), "start", "legend-label");
      }
      x += w;
    }
    if (svg != null) {
      svg.closeGroup();
    }
    return row + 1;
  }

  /** The symbol in a 14 px box whose left edge is x and vertical centre cy. */
  private static void symbol(Svg svg, Entry e, double x, double cy) {
    switch (e.shape()) {
      case LINE -> svg.element("line", null, "class", "swatch", "x1", Svg.n(x), "y1", Svg.n(cy), "x2",
          Svg.n(x + 14), "y2", Svg.n(cy), "stroke", e.colour(), "stroke-width", "3");
      case CIRCLE -> svg.circle(x + 7, cy, 4.5, e.colour(), "swatch", null);
      case RING -> svg.element("circle", null, "class", "swatch", "cx", Svg.n(x + 7), "cy", Svg.n(cy), "r", "4.5",
          "fill", "none", "stroke", e.colour(), "stroke-width", "2");
      case TRIANGLE -> svg.element("path", null, "class", "swatch", "d", "M" + Svg.n(x + 7) + " " + Svg.n(cy - 6)
          + " L" + Svg.n(x + 13) + " " + Svg.n(cy + 4) + " L" + Svg.n(x + 1) + " " + Svg.n(cy + 4) + " Z",
          "fill", e.colour(), "stroke", "#333333", "stroke-width", "0.8");
      default -> svg.rect(x + 1, cy - 6, 12, 12, e.colour(), "swatch", null);
    }
  }
}
