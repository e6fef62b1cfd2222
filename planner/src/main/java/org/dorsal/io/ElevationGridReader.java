package org.dorsal.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
  /** Slack for rounding in a file's corner and cell size when checking the extent, degrees. */
  static final double EXTENT_TOLERANCE_DEG = 1e-6;

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

  /** The keys of the header, in the order the messages list them. */
  private enum Key {
    NCOLS("ncols", "the number of columns"),
    NROWS("nrows", "the number of rows"),
    XLLCORNER("xllcorner", "the longitude of the west edge"),
    XLLCENTER("xllcenter", "the longitude of the west column's centres"),
    YLLCORNER("yllcorner", "the latitude of the south edge"),
    YLLCENTER("yllcenter", "the latitude of the south row's centres"),
    CELLSIZE("cellsize", "the cell size in degrees"),
    NODATA_VALUE("NODATA_value", "the value that marks missing data");

    final String name;
    final String meaning;

    Key(String name, String meaning) {
      this.name = name;
      this.meaning = meaning;
    }

    static Key of(String word) {
      for (Key k : values()) {
        if (k.name.equalsIgnoreCase(word)) {
          return k;
        }
      }
      return null;
    }
  }

  /** One reading of one file. */
  private static final class Parse {
    private final AsciiLines lines;
    private final ValidationErrors errors;
    private final double[] value = new double[Key.values().length];
    private final int[] keyLine = new int[Key.values().length];
    private final int[] valueColumn = new int[Key.values().length];
    private int valueErrors;

    Parse(AsciiLines lines, ValidationErrors errors) {
      this.lines = lines;
      this.errors = errors;
    }

    ElevationGrid run() throws IOException {
      boolean dataLine = false;
      boolean first = true;
      boolean any = false;
      while (lines.next()) {
        any = true;
        int start = first ? skipByteOrderMark() : 0;
        first = false;
        int t = skipSpace(start);
        if (t == lines.length()) {
          continue;
        }
        if (!isLetter(lines.bytes()[t])) {
          dataLine = true;
          break;
        }
        headerLine(t);
      }
      if (!any) {
        errors.add(null, 1, 1, "the file is empty; expected an ESRI ASCII grid (a header with"
            + " ncols, nrows, xllcorner, yllcorner and cellsize, then the rows of values)");
        return null;
      }
      int dataLineNumber = dataLine ? lines.number() : lines.number() + 1;
      if (!headerComplete(dataLineNumber) || !errors.isEmpty()) {
        return null;
      }
      ElevationGrid.Builder builder = builder();
      if (builder == null) {
        return null;
      }
      return dataLine ? rows(builder) : missingRows(builder, 0);
    }

    private int skipByteOrderMark() {
      byte[] b = lines.bytes();
      return lines.length() >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private void headerLine(int t) {
      int line = lines.number();
      byte[] b = lines.bytes();
      int keyEnd = tokenEnd(t);
      String word = DecimalText.text(b, t, keyEnd);
      Key key = Key.of(word);
      if (key == null) {
        errors.add(null, line, t + 1, unknownKey(word));
        return;
      }
      int slot = key.ordinal();
      Key other = sibling(key);
      if (keyLine[slot] != 0 || (other != null && keyLine[other.ordinal()] != 0)) {
        Key earlier = keyLine[slot] != 0 ? key : other;
        errors.add(null, line, t + 1, "'" + earlier.name + "' is already given on line "
            + keyLine[earlier.ordinal()] + (earlier == key ? "" : " ('" + key.name
            + "' says the same thing another way)") + "; keep one of the two lines");
        return;
      }
      keyLine[slot] = line;
      int v = skipSpace(keyEnd);
      if (v == lines.length()) {
        errors.add(null, line, keyEnd + 1,
            "'" + key.name + "' has no value; write '" + key.name + " <" + key.meaning + ">'");
        return;
      }
      int valueEnd = tokenEnd(v);
      valueColumn[slot] = v + 1;
      int extra = skipSpace(valueEnd);
      if (extra < lines.length()) {
        errors.add(null, line, extra + 1,
            "'" + key.name + "' takes one value; remove what follows it on this line");
      }
      double x = DecimalText.parse(b, v, valueEnd);
      String text = DecimalText.text(b, v, valueEnd);
      if (key == Key.NODATA_VALUE && DecimalText.isNanWord(b, v, valueEnd)) {
        value[slot] = Double.NaN;
        return;
      }
      if (Double.isNaN(x)) {
        errors.add(null, line, v + 1,
            "'" + text + "' is not a number; write '" + key.name + " <" + key.meaning + ">'");
        return;
      }
      if (Double.isInfinite(x)) {
        errors.add(null, line, v + 1, "'" + text + "' is out of range for '" + key.name + "'");
        return;
      }
      if ((key == Key.NCOLS || key == Key.NROWS)
          && !(x >= 1 && x <= Integer.MAX_VALUE && x == Math.rint(x))) {
        errors.add(null, line, v + 1, "'" + key.name + "' must be a whole number of at least 1;"
            + " found '" + text + "'");
        return;
      }
      if (key == Key.CELLSIZE && !(x > 0)) {
        errors.add(null, line, v + 1, "'cellsize' must be > 0 (degrees); found '" + text + "'");
        return;
      }
      value[slot] = x;
    }

    private static Key sibling(Key key) {
      switch (key) {
        case XLLCORNER: return Key.XLLCENTER;
        case XLLCENTER: return Key.XLLCORNER;
        case YLLCORNER: return Key.YLLCENTER;
        case YLLCENTER: return Key.YLLCORNER;
        default: return null;
      }
    }

    private static String unknownKey(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals("dx") || lower.equals("dy")) {
        return "'" + word + "': grids with rectangular cells (dx, dy) are not supported; resample"
            + " to square cells and give one 'cellsize'";
      }
      return "unknown header key '" + word + "'; the header has ncols, nrows, xllcorner (or"
          + " xllcenter), yllcorner (or yllcenter), cellsize and optionally NODATA_value";
    }

    /** True if every required key was read (with or without an error in its value). */
    private boolean headerComplete(int line) {
      boolean complete = true;
      for (Key[] required : new Key[][] {
          {Key.NCOLS}, {Key.NROWS}, {Key.XLLCORNER, Key.XLLCENTER}, {Key.YLLCORNER, Key.YLLCENTER},
          {Key.CELLSIZE}}) {
        boolean given = false;
        for (Key k : required) {
          given |= keyLine[k.ordinal()] != 0;
        }
        if (!given) {
          complete = false;
          Key k = required[0];
          errors.add(null, line, 1, "the header has no '" + k.name + "'"
              + (required.length > 1 ? " (or '" + required[1].name + "')" : "")
              + "; add a line '" + k.name + " <" + k.meaning + ">' above the values");
        }
      }
      return complete;
    }

    /** The empty grid the header describes, or null after errors about its extent or size. */
    private ElevationGrid.Builder builder() {
      int cols = (int) value[Key.NCOLS.ordinal()];
      int rows = (int) value[Key.NROWS.ordinal()];
      double cell = value[Key.CELLSIZE.ordinal()];
      Key xKey = keyLine[Key.XLLCORNER.ordinal()] != 0 ? Key.XLLCORNER : Key.XLLCENTER;
      Key yKey = keyLine[Key.YLLCORNER.ordinal()] != 0 ? Key.YLLCORNER : Key.YLLCENTER;
      double west = value[xKey.ordinal()] - (xKey == Key.XLLCENTER ? cell / 2 : 0);
      double south = value[yKey.ordinal()] - (yKey == Key.YLLCENTER ? cell / 2 : 0);
      double east = west + cols * cell;
      double north = south + rows * cell;
      boolean ok = true;
      if (south < -90 - EXTENT_TOLERANCE_DEG || north > 90 + EXTENT_TOLERANCE_DEG) {
        ok = false;
        errors.add(null, keyLine[yKey.ordinal()], valueColumn[yKey.ordinal()],
            "the grid spans latitudes " + number(south) + " to " + number(north)
                + ", outside -90..90; " + geographicHint());
      }
      if (west < -180 - EXTENT_TOLERANCE_DEG || east > 180 + EXTENT_TOLERANCE_DEG) {
        ok = false;
        errors.add(null, keyLine[xKey.ordinal()], valueColumn[xKey.ordinal()],
            "the grid spans longitudes " + number(west) + " to " + number(east)
                + ", outside -180..180; " + geographicHint());
      }
      if ((long) rows * cols > ElevationGrid.MAX_CELLS) {
        ok = false;
        errors.add(null, keyLine[Key.NROWS.ordinal()], valueColumn[Key.NROWS.ordinal()],
            "the grid has " + ((long) rows * cols) + " cells, more than the "
                + ElevationGrid.MAX_CELLS + " one grid can hold; cut it to the area of the"
                + " instance or resample it to larger cells");
      }
      if (!ok) {
        return null;
      }
      float noData = keyLine[Key.NODATA_VALUE.ordinal()] != 0
          ? (float) value[Key.NODATA_VALUE.ordinal()]
          : Float.NaN;
      try {
        return new ElevationGrid.Builder(west, south, cell, rows, cols, noData);
      } catch (OutOfMemoryError e) {
        errors.add(null, keyLine[Key.NROWS.ordinal()], valueColumn[Key.NROWS.ordinal()],
            "a grid of " + rows + " x " + cols + " cells needs " + (4L * rows * cols >> 20)
                + " MiB of memory, more than Java may use; allow more (java -Xmx) or cut the grid"
                + " to the area of the instance");
        return null;
      }
    }

    private static String geographicHint() {
      return "the grid must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
          + " reproject it, e.g. gdalwarp -t_srs EPSG:4326";
    }

    /** Reads the rows; the current line is the first line of values. */
    private ElevationGrid rows(ElevationGrid.Builder builder) throws IOException {
      int cols = (int) value[Key.NCOLS.ordinal()];
      int rows = (int) value[Key.NROWS.ordinal()];
      float noData = keyLine[Key.NODATA_VALUE.ordinal()] != 0
          ? (float) value[Key.NODATA_VALUE.ordinal()]
          : Float.NaN;
      float[] row = new float[cols];
      int read = 0;
      do {
        if (skipSpace(0) == lines.length()) {
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
      int rows = (int) value[Key.NROWS.ordinal()];
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
      int t = skipSpace(0);
      while (t < length) {
        int end = tokenEnd(t);
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
        t = skipSpace(end);
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

    private int skipSpace(int i) {
      byte[] b = lines.bytes();
      int length = lines.length();
      while (i < length && (b[i] & 0xFF) <= ' ') {
        i++;
      }
      return i;
    }

    private int tokenEnd(int i) {
      byte[] b = lines.bytes();
      int length = lines.length();
      while (i < length && (b[i] & 0xFF) > ' ') {
        i++;
      }
      return i;
    }

    private static boolean isLetter(byte b) {
      return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
  }

  /** A number as people write it: no exponent, no trailing zeros. */
  static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
