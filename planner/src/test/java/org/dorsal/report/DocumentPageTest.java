package org.dorsal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dorsal.report.PlanReportPageTest.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.JsonDocument;
import org.junit.jupiter.api.Test;

/** The pages of the fixture documents in src/test/resources/report, written per contracts.md. */
class DocumentPageTest {
  static final Path FIXTURES = Path.of("planner/src/test/resources/report");

  static JsonDocument fixture(String name) throws IOException, InvalidInputException {
    Path file = FIXTURES.resolve(name);
    return JsonDocument.read(file.toString(), Files.readAllBytes(file));
  }

  private static String page(String name) throws Exception {
    JsonDocument doc = fixture(name);
    return new String(DocumentPage.of(doc.schema()).render(doc), StandardCharsets.UTF_8);
  }

  @Test
  void comparisonShowsEveryScenarioCostCoverageAndDelta() throws Exception {
    String html = page("comparison.json");
    assertThat(html).contains("<title>Scenario comparison: cusco-puno</title>");
    // four scenarios; the no-plan one has no segments
    assertThat(count(html, "<g class=\"stack\">")).isEqualTo(4);
    assertThat(count(html, "class=\"segment\"")).isEqualTo(12);
    assertThat(html).contains("<title>demand-x2, transit: 97.2 M</title>");
    assertThat(html).contains("<td>demand-x2</td><td class=\"num\">+52,436,501 USD</td>");
    assertThat(html).contains("no-plan (site S-081001 (Camisea) has no link but satellite)");
    // the scenario name with markup is escaped
    assertThat(html).contains("fiber &lt;dear&gt; &amp; &quot;costly&quot;").doesNotContain("<dear>");
  }

  @Test
  void sweepDrawsTheParetoFront() throws Exception {
    String html = page("sweep.json");
    assertThat(html).contains("<title>Budget sweep: cusco-puno</title>");
    assertThat(count(html, "class=\"point front-point\"")).isEqualTo(5);
    assertThat(count(html, "class=\"point\"")).isEqualTo(1);
    assertThat(count(html, "<path class=\"front\"")).isEqualTo(1);
    assertThat(html).contains("5 of 6 points are Pareto-optimal");
  }

  @Test
  void riskShowsTheCostHistogramWithPercentilesAndTheTornado() throws Exception {
    String html = page("risk.json");
    assertThat(html).contains("<title>Risk analysis: cusco-puno</title>");
    // 199 samples with a cost (one has no plan) in 20 bins
    assertThat(count(html, "class=\"bin\"")).isEqualTo(20);
    java.util.regex.Matcher counts = java.util.regex.Pattern.compile("<title>[^<]* to [^<]*: ([0-9]+)</title>").matcher(html);
    int total = 0;
    while (counts.find()) {
      total += Integer.parseInt(counts.group(1));
    }
    assertThat(total).isEqualTo(199);
    assertThat(html).contains(">P10</text>", ">P50</text>", ">P90</text>");
    assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(2);
    assertThat(html).contains("<td>Net present cost (USD)</td><td class=\"num\">54,540,995</td>");
  }

  @Test
  void aDocumentWithoutItsArrayIsALocatedError() throws Exception {
    JsonDocument doc = JsonDocument.read("s.json", "{\"schema\": \"dorsal-sweep/1\"}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> DocumentPage.SWEEP.render(doc)).isInstanceOf(InvalidInputException.class)
        .hasMessage("s.json:0:0: /points: missing array \"points\"; a dorsal-sweep/1 document lists its points"
            + " there (docs/reports.md)");
  }

}
