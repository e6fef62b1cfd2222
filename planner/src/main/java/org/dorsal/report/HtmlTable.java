package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An HTML table of text cells (escaped). Cells that hold a figure (a number, maybe signed, with
 * a unit after it, or "n/a") get {@code class="num"}: right-aligned and not wrapped.
 */
public final class HtmlTable {
  private static final Pattern FIGURE = Pattern.compile("[+-]?[0-9][0-9,.]*( [^ ]+)?( of [0-9,]+)?|n/a");

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final String cssClass;

  public HtmlTable(String cssClass, List<String> header) {
    this.cssClass = cssClass;
    this.header = List.copyOf(header);
  }

  public HtmlTable row(String... cells) {
    return row(List.of(cells));
  }

  public HtmlTable row(List<String> cells) {
    if (!header.isEmpty() && cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + header.size() + " headings");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  public String render() {
    StringBuilder sb = new StringBuilder("<table class=\"").append(Html.escape(cssClass)).append("\">\n");
    if (!header.isEmpty()) {
      sb.append("<thead><tr>");
      for (String h : header) {
        sb.append("<th>").append(Html.escape(h)).append("</th>");
      }
      sb.append("</tr></thead>\n");
    }
    sb.append("<tbody>\n");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String tag = i == 0 && header.isEmpty() ? "th" : "td";
        String css = tag.equals("td") && FIGURE.matcher(cell).matches() ? " class=\"num\"" : "";
        sb.append('<').append(tag).append(css).append('>').append(Html.escape(cell)).append("</").append(tag)
            .append('>');
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }
}
