package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.PlanBundle;
import org.dorsal.report.PlanReportFiles;

/** Where {@code report} and {@code plan --report-dir} put their files, and the writing of them. */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * The name outputs are made from: the file name without {@code .gz}, {@code .json} and, for a
   * result, {@code .result} ({@code results/tiny.result.json} gives {@code tiny}).
   */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    for (String suffix : List.of(".gz", ".json", ".result")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** The paths of a plan's outputs, in {@link PlanReportFiles#of} order. */
  static List<Path> planPaths(Path dir, String stem) {
    return List.of(".geojson", ".links.csv", ".routes.csv", ".sites.csv", ".summary.csv", ".report.html").stream()
        .map(suffix -> dir.resolve(stem + suffix)).toList();
  }

  static Map<Path, byte[]> planFiles(PlanBundle plan, String sourceLabel, Path dir, String stem) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    PlanReportFiles.of(plan, sourceLabel).forEach((suffix, bytes) -> files.put(dir.resolve(stem + suffix), bytes));
    return files;
  }

  /** True (after printing why) when an output would replace one of the inputs. */
  static boolean overwritesInput(List<Path> outputs, Map<Path, String> inputsByName, PrintWriter err) {
    for (Path output : outputs) {
      for (Map.Entry<Path, String> input : inputsByName.entrySet()) {
        if (input.getKey() != null && OutputGuard.wouldOverwrite(output, input.getKey(), input.getValue(), err)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Writes each file atomically; prints each path to {@code out} unless quiet.
   *
   * @return the exit code: OK, or BAD_INPUT after printing the file that could not be written
   */
  static int write(Map<Path, byte[]> files, PrintWriter out, PrintWriter err, boolean quiet) {
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      try {
        AtomicFiles.write(f.getKey(), f.getValue());
      } catch (IOException e) {
        err.println(f.getKey() + ": cannot write the file (" + e.getMessage() + ")");
        return ExitCodes.BAD_INPUT;
      }
      if (!quiet) {
        out.println("wrote " + f.getKey());
      }
    }
    return ExitCodes.OK;
  }
}
