package org.dorsal.report;

/**
 * An SVG drawing built element by element. Attribute values and text are escaped here, numbers
 * are written with one decimal in the root locale, so the same drawing always gives the same
 * text. Elements carry classes the page's style sheet and tests can select on.
 */
public final class Svg {
  private final StringBuilder body = new StringBuilder(4096);
  private final double width;
  private final double height;
  private final String label;

  /**
   * @param label what the drawing shows, for screen readers ({@code aria-label}) and as its title
   */
  public Svg(double width, double height, String label) {
    this.width = width;
    this.height = height;
    this.label = label;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** A number as SVG text. */
  public static String n(double value) {
    return Figures.coordinate(value);
  }

  /**
   * Appends one element; {@code attributes} are name, value pairs (values escaped), {@code title}
   * (may be null) becomes a child {@code <title>} (the tooltip browsers show).
   */
  public Svg element(String name, String title, String... attributes) {
    body.append('<').append(name);
    appendAttributes(attributes);
    if (title == null) {
      body.append("/>\n");
    } else {
      body.append("><title>").append(Html.escape(title)).append("</title></").append(name).append(">\n");
    }
    return this;
  }

  public Svg rect(double x, double y, double w, double h, String fill, String cssClass, String title) {
    return element("rect", title, "class", cssClass, "x", n(x), "y", n(y), "width", n(Math.max(0, w)),
        "height", n(Math.max(0, h)), "fill", fill);
  }

  public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    return element("line", null, "class", cssClass, "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2));
  }

  public Svg circle(double cx, double cy, double r, String fill, String cssClass, String title) {
    return element("circle", title, "class", cssClass, "cx", n(cx), "cy", n(cy), "r", n(r), "fill", fill);
  }

  /**
   * Text at a point.
   *
   * @param anchor "start", "middle" or "end"
   */
  public Svg text(double x, double y, String text, String anchor, String cssClass) {
    body.append("<text");
    appendAttributes(new String[] {"class", cssClass, "x", n(x), "y", n(y), "text-anchor", anchor});
    body.append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  /** Text turned 90 degrees counter-clockwise about its anchor point (a vertical axis title). */
  public Svg verticalText(double x, double y, String text, String cssClass) {
    body.append("<text");
    appendAttributes(new String[] {"class", cssClass, "x", n(x), "y", n(y), "text-anchor", "middle",
        "transform", "rotate(-90 " + n(x) + " " + n(y) + ")"});
    body.append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  public Svg openGroup(String cssClass) {
    body.append("<g class=\"").append(Html.escape(cssClass)).append("\">\n");
    return this;
  }

  public Svg closeGroup() {
    body.append("</g>\n");
    return this;
  }

  /** The whole {@code <svg>} element, sized in CSS pixels and scaling down with its container. */
  public String render(String cssClass) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + Html.escape(cssClass) + "\" viewBox=\"0 0 "
        + n(width) + " " + n(height) + "\" width=\"" + n(width) + "\" height=\"" + n(height)
        + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">\n<title>" + Html.escape(label)
        + "</title>\n" + body + "</svg>\n";
  }

  private void appendAttributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        body.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
      }
    }
  }
}
