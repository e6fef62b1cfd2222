package org.dorsal.scenario;

import java.util.List;
import java.util.Map;

/**
 * A finished budget sweep: what the {@code dorsal-sweep/1} document and its CSV hold.
 *
 * @param instanceName the base instance's name
 * @param file the base instance file as given
 * @param sha256 hex SHA-256 of its bytes
 * @param weight "population" or "priority"
 * @param perYear whether the budgets swept are the roll-out's yearly capex budget (else the total)
 */
public record SweepReport(String instanceName, String file, String sha256, String weight, BudgetRange range,
    boolean perYear, double timeLimitSeconds, int threads, long seed, List<Point> points) {
  public static final String SCHEMA = "dorsal-sweep/1";

  public SweepReport {
    points = List.copyOf(points);
  }

  /**
   * One budget's plan.
   *
   * @param resultFile the result file name (in the output folder), null when nothing is written
   * @param resultJson the verified result's bytes, null when there is none
   * @param weightCovered NaN without a plan (written as null)
   * @param weightBound NaN without a plan
   * @param metrics the shared metrics block ({@link SweepMetrics})
   */
  public record Point(double budgetUsd, String resultFile, byte[] resultJson, double weightCovered,
      double weightBound, boolean paretoOptimal, Map<String, Object> metrics) {

    public boolean verified() {
      return Boolean.TRUE.equals(metrics.get("verified"));
    }

    public String status() {
      return (String) metrics.get("status");
    }

    public String reason() {
      return (String) metrics.get("reason");
    }
  }
}
