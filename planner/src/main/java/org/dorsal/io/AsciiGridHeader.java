package org.dorsal.io;

import java.math.BigDecimal;
import java.util.Locale;
import org.dorsal.model.ElevationGrid;

/**
 * The header of an ESRI ASCII grid, read one {@code key value} line at a time (keys in any order
 * and case), then checked as a whole: required keys present, extent within latitude and longitude,
 * size within one grid. Problems are added to the file's errors with their line and column.
 */
final class AsciiGridHeader {
  /** Slack for rounding in a file's corner and cell size when checking the extent, degrees. */
  static final double EXTENT_TOLERANCE_DEG = 1e-6;

  /** The keys, in the order the messages list them. */
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

    /** The other way of giving the same thing (corner or centre), or null. */
    Key sibling() {
      switch (this) {
        case XLLCORNER: return XLLCENTER;
        case XLLCENTER: return XLLCORNER;
        case YLLCORNER: return YLLCENTER;
        case YLLCENTER: return YLLCORNER;
        default: return null;
      }
    }
  }

  private static final Key[][] REQUIRED = {
      {Key.NCOLS}, {Key.NROWS}, {Key.XLLCORNER, Key.XLLCENTER}, {Key.YLLCORNER, Key.YLLCENTER},
      {Key.CELLSIZE}};

  private final ValidationErrors errors;
  private final double[] value = new double[Key.values().length];
  /** Line of each key, 0 when not given. */
  private final int[] keyLine = new int[Key.values().length];
  private final int[] valueColumn = new int[Key.values().length];

  AsciiGridHeader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** True if a line whose first word starts at {@code start} is a header line (a word, not a number). */
  static boolean isHeaderLine(AsciiLines lines, int start) {
    byte b = lines.bytes()[start];
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  /** Reads the header line of {@code lines} whose key starts at {@code start}. */
  void read(AsciiLines lines, int start) {
    int line = lines.number();
    byte[] b = lines.bytes();
    int keyEnd = lines.wordEnd(start);
    String word = DecimalText.text(b, start, keyEnd);
    Key key = Key.of(word);
    if (key == null) {
      errors.add(null, line, start + 1, unknownKey(word));
      return;
    }
    Key other = key.sibling();
    if (keyLine[key.ordinal()] != 0 || (other != null && keyLine[other.ordinal()] != 0)) {
      Key earlier = keyLine[key.ordinal()] != 0 ? key : other;
      errors.add(null, line, start + 1, "'" + earlier.name + "' is already given on line "
          + keyLine[earlier.ordinal()] + (earlier == key ? "" : " ('" + key.name
          + "' says the same thing another way)") + "; keep one of the two lines");
      return;
    }
    keyLine[key.ordinal()] = line;
    int v = lines.skipSpace(keyEnd);
    if (v == lines.length()) {
      errors.add(null, line, keyEnd + 1,
          "'" + key.name + "' has no value; write '" + key.name + " <" + key.meaning + ">'");
      return;
    }
    int valueEnd = lines.wordEnd(v);
    valueColumn[key.ordinal()] = v + 1;
    int extra = lines.skipSpace(valueEnd);
    if (extra < lines.length()) {
      errors.add(null, line, extra + 1,
          "'" + key.name + "' takes one value; remove what follows it on this line");
    }
    String problem = problem(key, b, v, valueEnd);
    if (problem != null) {
      errors.add(null, line, v + 1, problem);
    }
  }

  /** Stores the value of {@code key}; what is wrong with it, or null. */
  private String problem(Key key, byte[] b, int start, int end) {
    String text = DecimalText.text(b, start, end);
    if (key == Key.NODATA_VALUE && DecimalText.isNanWord(b, start, end)) {
      value[key.ordinal()] = Double.NaN;
      return null;
    }
    double x = DecimalText.parse(b, start, end);
    if (Double.isNaN(x)) {
      return "'" + text + "' is not a number; write '" + key.name + " <" + key.meaning + ">'";
    }
    if (Double.isInfinite(x)) {
      return "'" + text + "' is out of range for '" + key.name + "'";
    }
    if ((key == Key.NCOLS || key == Key.NROWS)
        && !(x >= 1 && x <= Integer.MAX_VALUE && x == Math.rint(x))) {
      return "'" + key.name + "' must be a whole number of at least 1; found '" + text + "'";
    }
    if (key == Key.CELLSIZE && !(x > 0)) {
      return "'cellsize' must be > 0 (degrees); found '" + text + "'";
    }
    value[key.ordinal()] = x;
    return null;
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

  /**
   * The empty grid the header describes, or null after errors (a missing key, reported at
   * {@code firstDataLine}; an extent outside latitude and longitude; too many cells). Call once,
   * after the last header line, and only when no earlier error was found.
   */
  ElevationGrid.Builder grid(int firstDataLine) {
    boolean complete = true;
    for (Key[] required : REQUIRED) {
      if (keyLine[required[0].ordinal()] == 0
          && (required.length == 1 || keyLine[required[1].ordinal()] == 0)) {
        complete = false;
        Key k = required[0];
        errors.add(null, firstDataLine, 1, "the header has no '" + k.name + "'"
            + (required.length > 1 ? " (or '" + required[1].name + "')" : "")
            + "; add a line '" + k.name + " <" + k.meaning + ">' above the values");
      }
    }
    if (!complete || !errors.isEmpty()) {
      return null;
    }
    int cols = cols();
    int rows = rows();
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
              + ", outside -90..90; " + GEOGRAPHIC_HINT);
    }
    if (west < -180 - EXTENT_TOLERANCE_DEG || east > 180 + EXTENT_TOLERANCE_DEG) {
      ok = false;
      errors.add(null, keyLine[xKey.ordinal()], valueColumn[xKey.ordinal()],
          "the grid spans longitudes " + number(west) + " to " + number(east)
              + ", outside -180..180; " + GEOGRAPHIC_HINT);
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
    try {
      return new ElevationGrid.Builder(west, south, cell, rows, cols, noDataValue());
    } catch (OutOfMemoryError e) {
      errors.add(null, keyLine[Key.NROWS.ordinal()], valueColumn[Key.NROWS.ordinal()],
          "a grid of " + rows + " x " + cols + " cells needs " + (4L * rows * cols >> 20)
              + " MiB of memory, more than Java may use; allow more (java -Xmx) or cut the grid"
              + " to the area of the instance");
      return null;
    }
  }

  private static final String GEOGRAPHIC_HINT =
      "the grid must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
          + " reproject it, e.g. gdalwarp -t_srs EPSG:4326";

  int cols() {
    return (int) value[Key.NCOLS.ordinal()];
  }

  int rows() {
    return (int) value[Key.NROWS.ordinal()];
  }

  /** The declared no-data value as the grid stores it, NaN when none is declared. */
  float noDataValue() {
    return keyLine[Key.NODATA_VALUE.ordinal()] != 0
        ? (float) value[Key.NODATA_VALUE.ordinal()]
        : Float.NaN;
  }

  /** A number as people write it: no exponent, no trailing zeros. */
  static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
