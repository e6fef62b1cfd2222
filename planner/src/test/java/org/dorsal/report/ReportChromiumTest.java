package org.dorsal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.dorsal.report.PlanReportPageTest.count;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dorsal.io.JsonDocument;
import org.dorsal.io.TinyPlanBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages as a browser renders them: headless Chromium loads each page from a file, and
 * the test reads back the DOM it built and a screenshot. Chromium is required (the test fails
 * without it; scripts/test, the test command, installs it).
 */
class ReportChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH_PX = 1280;
  private static final int HEIGHT_PX = 2000;

  @TempDir Path temp;

  @BeforeAll
  static void chromiumIsInstalled() {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("headless Chromium is needed to check the HTML reports but " + CHROMIUM + " is missing; install it"
          + " (as root) with: apt-get update -qq && apt-get install -y -qq chromium");
    }
  }

  /** Runs Chromium on a page with a fresh profile; returns its standard output. */
  private String chromium(Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(temp, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(temp, "chromium", ".out");
    Path err = Files.createTempFile(temp, "chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + Files.readString(err));
    }
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private Path screenshot(Path page, String name) throws IOException, InterruptedException {
    Path png = temp.resolve(name);
    chromium(page, "--screenshot=" + png, "--window-size=" + WIDTH_PX + "," + HEIGHT_PX);
    assertThat(png).exists();
    try (InputStream in = Files.newInputStream(png)) {
      DataInputStream data = new DataInputStream(in);
      byte[] signature = data.readNBytes(8);
      assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
      data.readInt();
      assertThat(new String(data.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      assertThat(data.readInt()).as("width").isEqualTo(WIDTH_PX);
      assertThat(data.readInt()).as("height").isEqualTo(HEIGHT_PX);
    }
    return png;
  }

  /** Size of the screenshot of an empty page, what a report that draws nothing would give. */
  private long blankPageBytes() throws IOException, InterruptedException {
    Path blank = temp.resolve("blank.html");
    Files.writeString(blank, "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>\n");
    return Files.size(screenshot(blank, "blank.png"));
  }

  @Test
  void tinyPlanReportRendersItsMapChartsAndFigures() throws Exception {
    Path page = temp.resolve("tiny.report.html");
    Files.write(page, PlanReportPage.render(TinyPlanBundle.plan(), TinyPlanBundle.RESULT_FILE));
    String dom = chromium(page, "--dump-dom");
    assertThat(dom).contains("<title>Dorsal plan: tiny</title>", "<h1>Dorsal plan: tiny</h1>");
    int equippedLinks = TinyPlanBundle.plan().result().links().size();
    assertThat(equippedLinks).isEqualTo(3);
    assertThat(count(dom, "<path class=\"link ")).isEqualTo(equippedLinks);
    assertThat(dom).contains("<th>Total net present cost</th><td class=\"num\">725,348 USD</td>");
    assertThat(count(dom, "<svg [^>]*class=\"map\"")).isEqualTo(1);
    assertThat(count(dom, "<svg [^>]*class=\"chart bar-chart\"")).isEqualTo(2);
    assertThat(count(dom, "<svg [^>]*class=\"chart histogram\"")).isEqualTo(1);
    assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(4 + 2);
    assertThat(count(dom, "<rect class=\"bin\"")).isEqualTo(10);
    long blank = blankPageBytes();
    long report = Files.size(screenshot(page, "tiny.png"));
    assertThat(report).as("screenshot bytes vs a blank page's %d", blank).isGreaterThan(5 * blank);
  }

  @Test
  void comparisonPageRendersItsChartsAndDeltas() throws Exception {
    Path fixture = DocumentPageTest.FIXTURES.resolve("comparison.json");
    JsonDocument doc = JsonDocument.read(fixture.toString(), Files.readAllBytes(fixture));
    Path page = temp.resolve("comparison.html");
    Files.write(page, DocumentPage.COMPARISON.render(doc));
    String dom = chromium(page, "--dump-dom");
    assertThat(dom).contains("<title>Scenario comparison: cusco-puno</title>");
    assertThat(count(dom, "<svg [^>]*class=\"chart stacked-bar-chart\"")).isEqualTo(1);
    assertThat(count(dom, "<rect class=\"segment\"")).isEqualTo(12);
    assertThat(count(dom, "<svg [^>]*class=\"chart bar-chart\"")).isEqualTo(3);
    assertThat(dom).contains("<td>demand-x2</td><td class=\"num\">+52,436,501 USD</td>");
    long blank = blankPageBytes();
    assertThat(Files.size(screenshot(page, "comparison.png"))).isGreaterThan(5 * blank);
  }
}
