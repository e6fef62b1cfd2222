package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;

/** An HTML table of text cells (escaped); every column after the first is right-aligned. */
public final class HtmlTable {
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
        String tag = i == 0 && header.isEmpty() ? "th" : "td";
        sb.append('<').append(tag).append('>').append(Html.escape(row.get(i))).append("</").append(tag).append('>');
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }
}
