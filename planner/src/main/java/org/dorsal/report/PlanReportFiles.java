package org.dorsal.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dorsal.io.PlanBundle;
import org.dorsal.io.PlanCsvWriter;
import org.dorsal.io.PlanGeoJsonWriter;

/** Every output people read of one plan, by file name suffix (see docs/reports.md). */
public final class PlanReportFiles {
  private PlanReportFiles() {}

  /**
   * The files of a plan named {@code <name><suffix>}, in a fixed order: {@code .geojson},
   * {@code .links.csv}, {@code .routes.csv}, {@code .sites.csv}, {@code .summary.csv},
   * {@code .report.html}.
   *
   * @param sourceLabel the result file's name, written in the HTML footer
   */
  public static Map<String, byte[]> of(PlanBundle plan, String sourceLabel) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(".geojson", PlanGeoJsonWriter.write(plan));
    files.put(".links.csv", PlanCsvWriter.links(plan));
    files.put(".routes.csv", PlanCsvWriter.routes(plan));
    files.put(".sites.csv", PlanCsvWriter.sites(plan));
    files.put(".summary.csv", PlanCsvWriter.summary(plan));
    files.put(".report.html", PlanReportPage.render(plan, sourceLabel));
    return files;
  }
}
