package org.dorsal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dorsal.io.PlanBundle;
import org.dorsal.io.PlanSchedule;
import org.dorsal.io.TinyPlanBundle;
import org.junit.jupiter.api.Test;

class PlanReportPageTest {
  private static String page(PlanBundle plan) {
    return new String(PlanReportPage.render(plan, "results/tiny.result.json"), StandardCharsets.UTF_8);
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aNodeNameWithMarkupIsEscapedEverywhere() {
    String html = page(TinyPlanBundle.withRenamedNode("Oropesa", "<b>Oropesa</b> & \"Sons\""));
    assertThat(html).doesNotContain("<b>Oropesa").doesNotContain("& \"Sons");
    // the map label and the site's tooltip
    assertThat(count(html, Pattern.quote("&lt;b&gt;Oropesa&lt;/b&gt; &amp; &quot;Sons&quot;"))).isEqualTo(2);
  }

  @Test
  void tinyReportHasTheSummaryMapAndCharts() {
    String html = page(TinyPlanBundle.plan());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Dorsal plan: tiny</title>")
        .contains("<tr><th>Total net present cost</th><td class=\"num\">725,348 USD</td></tr>")
        .contains("<tr><th>Cost per person covered</th><td class=\"num\">168.69 USD</td></tr>")
        .contains("<tr><th>Cost per Mbps delivered per month</th><td class=\"num\">24.18 USD</td></tr>")
        .contains("<tr><th>Sites served</th><td class=\"num\">3 of 4</td></tr>")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
    // nothing to fetch: the only address is the SVG namespace name
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    assertThat(count(html, "<path class=\"link tech-microwave\"")).isEqualTo(3);
    assertThat(count(html, "class=\"node gateway\"")).isEqualTo(1);
    assertThat(count(html, "class=\"node site served\"")).isEqualTo(3);
    assertThat(count(html, "class=\"node site unserved\"")).isEqualTo(1);
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart histogram\"");
    // utilisation 1.0, 0.5 and 0.25: one link each in the 20-30 %, 50-60 % and 90-100 % bins
    assertThat(html).contains("<title>20 % to 30 %: 1</title>", "<title>50 % to 60 %: 1</title>",
        "<title>90 % to 100 %: 1</title>", "<title>0 % to 10 %: 0</title>");
    assertThat(html).doesNotContain("Roll-out");
  }

  @Test
  void aRollOutAddsTheCostsOfEachYear() throws Exception {
    PlanBundle tiny = TinyPlanBundle.plan();
    PlanSchedule schedule = new PlanSchedule(Map.of("L6", 2), List.of(
        new PlanSchedule.Year(1, 200, 60000, 6000, 0, 64800, 1 / 1.1),
        new PlanSchedule.Year(2, 250, 81000, 14100, 0, 81000, 1 / 1.21)));
    String html = page(PlanBundle.of(tiny.result(), tiny.instance(), schedule, "r.json"));
    assertThat(html).contains("<h2>Roll-out</h2>");
    // capex, opex and transit in each year (no leases)
    assertThat(count(html, "<rect class=\"segment\"")).isEqualTo(6);
    assertThat(html).contains("<title>year 2, capex: 81 k</title>");
    // L1 and L2 have no schedule (year 0), L6 is first equipped in year 2
    assertThat(html).contains("<tr><td class=\"num\">2</td><td class=\"num\">250 Mbps</td><td class=\"num\">81,000 USD"
        + "</td><td class=\"num\">14,100 USD</td><td class=\"num\">0 USD</td><td class=\"num\">81,000 USD</td>"
        + "<td class=\"num\">0.8264</td><td class=\"num\">1</td></tr>");
  }

  @Test
  void theSamePlanGivesTheSameBytes() {
    assertThat(PlanReportPage.render(TinyPlanBundle.plan(), "x")).isEqualTo(
        PlanReportPage.render(TinyPlanBundle.plan(), "x"));
  }
}
