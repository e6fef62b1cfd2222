package org.dorsal.report;

import java.nio.charset.StandardCharsets;

/**
 * A self-contained HTML page: the style sheet is inline, charts are inline SVG, there are no
 * scripts, fonts or images to fetch. Sections are appended in order.
 */
public final class HtmlPage {
  private static final String STYLE = """
      body{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;color:#1a1a1a;margin:24px auto;max-width:1000px;padding:0 16px;line-height:1.4}
      h1{font-size:26px;margin:0 0 4px}
      h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
      p.subtitle{color:#555;margin:0 0 16px}
      p.note{color:#555;font-size:13px}
      table{border-collapse:collapse;margin:8px 0;font-size:14px}
      th,td{padding:4px 10px;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}
      td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      table.summary th{font-weight:normal;color:#444;text-align:left;white-space:nowrap}
      table.summary td{text-align:right}
      thead th{background:#f2f4f6;font-weight:bold}
      svg{display:block;max-width:100%;height:auto;margin:8px 0}
      svg text{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:12px;fill:#1a1a1a}
      svg .tick{font-size:11px;fill:#444}
      svg .axis-title{font-size:12px;fill:#333}
      svg .grid{stroke:#e3e3e3;stroke-width:1}
      svg .grid.zero{stroke:#888}
      svg .marker{stroke:#C0392B;stroke-width:1.5;stroke-dasharray:4 3}
      svg .marker-label{font-size:11px;fill:#C0392B;font-weight:bold}
      svg .node-label{font-size:10px;fill:#222;paint-order:stroke;stroke:#ffffff;stroke-width:3px}
      svg .gateway-label{font-weight:bold}
      svg .scale{stroke:#222;stroke-width:2}
      svg .scale-label{font-size:11px}
      svg .empty{fill:#888;font-style:italic}
      svg .node.unserved{stroke:#D62728;stroke-width:2}
      svg .node.satellite{stroke:#333333;stroke-width:1}
      svg .node.served{stroke:#ffffff;stroke-width:0.8}
      figure{margin:8px 0 16px}
      figcaption{font-size:13px;color:#555}
      footer{margin-top:40px;font-size:12px;color:#777}
      """;

  private final String title;
  private final StringBuilder body = new StringBuilder(16384);

  public HtmlPage(String title) {
    this.title = title;
  }

  public HtmlPage subtitle(String text) {
    body.append("<p class=\"subtitle\">").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  public HtmlPage heading(String text) {
    body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
    return this;
  }

  public HtmlPage paragraph(String text) {
    body.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /** A chart or map (an SVG element made by this package) with an optional caption. */
  public HtmlPage figure(String svg, String caption) {
    body.append("<figure>\n").append(svg);
    if (caption != null) {
      body.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
    }
    body.append("</figure>\n");
    return this;
  }

  public HtmlPage table(HtmlTable table) {
    body.append(table.render());
    return this;
  }

  /** The page as UTF-8 bytes. */
  public byte[] bytes(String footer) {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
        + "<h1>" + Html.escape(title) + "</h1>\n" + body
        + "<footer>" + Html.escape(footer) + "</footer>\n</body>\n</html>\n";
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
