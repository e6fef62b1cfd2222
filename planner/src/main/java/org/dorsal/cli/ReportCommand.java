package org.dorsal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.JsonDocument;
import org.dorsal.io.PlanBundle;
import org.dorsal.io.PlanSchedule;
import org.dorsal.io.ResultJson;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.report.DocumentPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal report}: the outputs people read of a result, comparison, sweep or risk document. */
@Command(
    name = "report",
    description = {
      "Renders a document for people. A plan result (dorsal-result/1, .json or .json.gz) gives"
          + " <name>.geojson (QGIS, kepler.gl), <name>.links.csv, <name>.routes.csv, <name>.sites.csv,"
          + " <name>.summary.csv and <name>.report.html (map and charts, self-contained); it needs"
          + " --instance for coordinates and names. A dorsal-comparison/1, dorsal-sweep/1 or"
          + " dorsal-risk/1 document gives its HTML page <name>.html. See docs/reports.md.",
      "Exit codes: 0 written; 2 bad input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A dorsal-result/1, dorsal-comparison/1, dorsal-sweep/1 or dorsal-risk/1 JSON file"
          + " (a name ending in .gz is read gzip-compressed).")
  Path input;

  @Option(names = "--instance", paramLabel = "INSTANCE",
      description = "The instance a result was planned on (its nodes' coordinates and names).")
  Path instancePath;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR", required = true,
      description = "Directory the files are written to (created if missing); inputs are never overwritten.")
  Path outputDir;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedFile file = LoadedFile.read(input, err);
    if (file == null) {
      return ExitCodes.BAD_INPUT;
    }
    Map<Path, byte[]> files;
    try {
      JsonDocument document = JsonDocument.read(file.label(), file.bytes());
      files = DocumentPage.RESULT_SCHEMA.equals(document.schema()) ? planFiles(document, file, err)
          : pageFile(document);
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return ExitCodes.BAD_INPUT;
    }
    if (files == null) {
      return ExitCodes.BAD_INPUT;
    }
    Map<Path, String> inputs = new LinkedHashMap<>();
    inputs.put(input, "the input file");
    if (instancePath != null) {
      inputs.put(instancePath, "the instance");
    }
    if (ReportFiles.overwritesInput(List.copyOf(files.keySet()), inputs, err)) {
      return ExitCodes.BAD_INPUT;
    }
    return ReportFiles.write(files, out, err, quiet);
  }

  /** The plan's files, or null after printing why the instance cannot be read. */
  private Map<Path, byte[]> planFiles(JsonDocument document, LoadedFile file, PrintWriter err)
      throws InvalidInputException {
    if (instancePath == null) {
      throw document.schemaError("a " + DocumentPage.RESULT_SCHEMA
          + " document needs the instance it was planned on for coordinates; add --instance INSTANCE");
    }
    PlanResult result = ResultJson.read(file.label(), file.bytes());
    LoadedFile instanceFile = LoadedFile.read(instancePath, err);
    if (instanceFile == null) {
      return null;
    }
    Instance instance = new InstanceReader().read(instanceFile.label(), instanceFile.bytes());
    PlanBundle plan = PlanBundle.of(result, instance, PlanSchedule.of(file.bytes()), file.label());
    return ReportFiles.planFiles(plan, file.label(), outputDir, ReportFiles.stem(input));
  }

  private Map<Path, byte[]> pageFile(JsonDocument document) throws InvalidInputException {
    DocumentPage page = DocumentPage.of(document.schema());
    if (page == null) {
      throw document.schemaError("schema is \"" + document.schema() + "\", expected one of "
          + String.join(", ", DocumentPage.schemas().stream().map(s -> "\"" + s + "\"").toList())
          + "; dorsal report renders only these documents");
    }
    return Map.of(outputDir.resolve(ReportFiles.stem(input) + ".html"), page.render(document));
  }
}
