package org.dorsal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dorsal.model.result.PlanResult;

/**
 * The result file format {@code "dorsal-result/1"}: writes a {@link PlanResult} as pretty-printed
 * UTF-8 JSON and reads it back with located errors. See {@code docs/result-format.md}.
 */
public final class ResultJson {

  private ResultJson() {}

  /**
   * The document as UTF-8 bytes: fields in record component order, map entries sorted by key,
   * doubles in their shortest round-tripping form, a NaN heuristic objective as {@code null}.
   * The same result always gives the same bytes.
   *
   * @throws IllegalArgumentException if a number other than the heuristic objective is NaN or
   *     infinite (JSON cannot hold it)
   */
  public static byte[] write(PlanResult result) {
    return ResultJsonWriter.write(result);
  }

  /**
   * Parses a result document.
   *
   * @param fileLabel the name errors are reported under
   * @throws InvalidInputException listing every syntax, schema-tag, missing-field, unknown-field
   *     and type error found
   */
  public static PlanResult read(String fileLabel, byte[] json) throws InvalidInputException {
    return ResultJsonReader.read(fileLabel, json);
  }

  /** Reads and parses the result file at {@code path}; errors are reported under the path. */
  public static PlanResult read(Path path) throws IOException, InvalidInputException {
    return read(path.toString(), Files.readAllBytes(path));
  }
}
