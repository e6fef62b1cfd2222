package org.dorsal.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dorsal.model.ElevationGrid;

/**
 * Reads a digital elevation model in the ESRI ASCII grid format ({@code .asc}, or gzip-compressed
 * {@code .asc.gz}) in geographic coordinates: x is longitude and y latitude, both in degrees, and
 * values are metres above sea level.
 *
 * <p>The header has one {@code key value} pair per line, keys in any order and any case:
 * {@code ncols}, {@code nrows}, {@code xllcorner} or {@code xllcenter}, {@code yllcorner} or
 * {@code yllcenter}, {@code cellsize} and optionally {@code NODATA_value}. Then come {@code nrows}
 * lines of {@code ncols} numbers each, the first line the northernmost row. Blank lines are
 * ignored; {@code nan} (any case) is read as no data.
 *
 * <p>The file is streamed: only the grid itself (4 bytes a cell) is held in memory. Every problem
 * becomes a located error (file, line, column, what to fix); up to {@value #MAX_ERRORS} are
 * collected before reading stops, and they are thrown together as an {@link InvalidInputException}.
 */
public final class ElevationGridReader {
  /** Reading stops after this many errors in the values. */
  static final int MAX_ERRORS = 20;
  /** Values outside this range (m) are taken for undeclared no-data markers. */
  static final double MIN_ELEVATION_M = -12_000;
  static final double MAX_ELEVATION_M = 9_000;

  private ElevationGridReader() {}

  /**
   * Reads {@code file}, gunzipping it when its name ends in {@code .gz}; errors are labelled with
   * the path as given.
   *
   * @throws IOException if the file cannot be read (not for damaged content, which is an error)
   */
  public static ElevationGrid read(Path file) throws InvalidInputException, IOException {
    String label = file.toString();
    boolean gzip = label.toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = raw;
      if (gzip) {
        try {
          in = new GZIPInputStream(raw, 1 << 16);
        } catch (ZipException | EOFException e) {
          throw single(label, 1, 1,
              "the name ends in .gz but the file is not gzip-compressed; compress it with gzip or"
                  + " remove .gz from the name");
        }
      }
      return read(label, in);
    }
  }

  /**
   * Reads an uncompressed ESRI ASCII grid from a stream (not closed here).
   *
   * @param fileLabel how errors name the file
   */
  public static ElevationGrid read(String fileLabel, InputStream in)
      throws InvalidInputException, IOException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    // AsciiLines buffers; a BufferedInputStream would also read ahead past damage in a gzip stream
    // and lose the lines before it
    AsciiLines lines = new AsciiLines(in);
    ElevationGrid grid = null;
    try {
      grid = new Parse(lines, errors).run();
    } catch (AsciiLines.LineTooLongException e) {
      errors.add(null, e.lineNumber(), 1, "the line is longer than " + AsciiLines.MAX_LINE_BYTES
          + " bytes; this does not look like an ESRI ASCII grid");
    } catch (ZipException | EOFException e) {
      errors.add(null, lines.number() + 1, 1, "the compressed data is damaged or cut short ("
          + e.getMessage() + "); compress the grid again");
    }
    errors.throwIfAny();
    return grid;
  }

  private static InvalidInputException single(String file, int line, int column, String message) {
    return new InvalidInputException(List.of(new ValidationError(file, line, column, null, message)));
  }

  /** One reading of one file. */
  private static final class Parse {
    private final AsciiLines lines;
    private final ValidationErrors errors;
    private final AsciiGridHeader header;
    private int valueErrors;

    Parse(AsciiLines lines, ValidationErrors errors) {
      this.lines = lines;
      this.errors = errors;
      this.header = new AsciiGridHeader(errors);
    }

    ElevationGrid run() throws IOException {
      boolean dataLine = false;
      boolean first = true;
      while (lines.next()) {
        int start = first ? lines.byteOrderMarkLength() : 0;
        first = false;
        int t = lines.skipSpace(start);
        if (t == lines.length()) {
          continue;
        }
        if (!AsciiGridHeader.isHeaderLine(lines, t)) {
          dataLine = true;
          break;
        }
        header.read(lines, t);
      }
      if (first) {
        errors.add(null, 1, 1, "the file is empty; expected an ESRI ASCII grid (a header with"
            + " ncols, nrows, xllcorner, yllcorner and cellsize, then the rows of values)");
        return null;
      }
      ElevationGrid.Builder builder =
          header.grid(dataLine ? lines.number() : lines.number() + 1);
      if (builder == null) {
        return null;
      }
      return dataLine ? rows(builder) : missingRows(builder, 0);
    }

    /** Reads the rows; the current line is the first line of values. */
    private ElevationGrid rows(ElevationGrid.Builder builder) throws IOException {
      int rows = header.rows();
      float[] row = new float[header.cols()];
      float noData = header.noDataValue();
      int read = 0;
      do {
        if (lines.skipSpace(0) == lines.length()) {
          continue;
        }
        if (read == rows) {
          errors.add(null, lines.number(), 1, "more rows of values than 'nrows' (" + rows
              + ") says; remove the extra lines or correct nrows");
          return null;
        }
        if (row(read, row, noData)) {
          builder.setRow(read, row, 0);
        }
        read++;
        if (valueErrors >= MAX_ERRORS) {
          errors.add(null, lines.number() + 1, 1, "stopped reading after " + MAX_ERRORS
              + " errors in the values; fix these first");
          return null;
        }
      } while (lines.next());
      return missingRows(builder, read);
    }

    private ElevationGrid missingRows(ElevationGrid.Builder builder, int read) {
      int rows = header.rows();
      if (read < rows) {
        errors.add(null, lines.number() + 1, 1, "the file ends after " + read + " of the " + rows
            + " rows that 'nrows' says; the file may be cut short, or correct nrows");
        return null;
      }
      return errors.isEmpty() ? builder.build() : null;
    }

    /** Parses row {@code index} (0-based) into {@code out}; false after adding errors. */
    private boolean row(int index, float[] out, float noData) {
      byte[] b = lines.bytes();
      int length = lines.length();
      int line = lines.number();
      int cols = out.length;
      int count = 0;
      boolean ok = true;
      int extraColumn = 0;
      int t = lines.skipSpace(0);
      while (t < length) {
        int end = lines.wordEnd(t);
        if (count < cols) {
          double v = DecimalText.parse(b, t, end);
          if (Double.isNaN(v) && DecimalText.isNanWord(b, t, end)) {
            out[count] = Float.NaN;
          } else if (Double.isNaN(v)) {
            if (ok) {
              valueErrors++;
              errors.add(null, line, t + 1, "'" + DecimalText.text(b, t, end)
                  + "' is not a number; values are elevations in metres such as 1234 or 1234.5");
            }
            ok = false;
          } else {
            float f = (float) v;
            if (f != noData && !(v >= MIN_ELEVATION_M && v <= MAX_ELEVATION_M)) {
              if (ok) {
                valueErrors++;
                String text = DecimalText.text(b, t, end);
                errors.add(null, line, t + 1, "elevation " + text + " is outside "
                    + (int) MIN_ELEVATION_M + ".." + (int) MAX_ELEVATION_M + " m; if it marks"
                    + " missing data, declare it in the header: 'NODATA_value " + text + "'");
              }
              ok = false;
            }
            out[count] = f;
          }
        } else if (count == cols) {
          extraColumn = t + 1;
        }
        count++;
        t = lines.skipSpace(end);
      }
      if (count != cols) {
        valueErrors++;
        errors.add(null, line, count > cols ? extraColumn : length + 1, "row " + (index + 1)
            + " has " + count + " values but 'ncols' says " + cols + "; each row must be one line"
            + " of ncols values (or correct ncols)");
        return false;
      }
      return ok;
    }
  }
}
