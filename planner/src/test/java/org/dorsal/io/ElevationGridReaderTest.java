package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dorsal.model.ElevationGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElevationGridReaderTest {
  private static final String HEADER =
      "ncols 3\nnrows 2\nxllcorner -72\nyllcorner -14\ncellsize 0.5\n";

  @TempDir Path dir;

  private static ElevationGrid read(String text) throws Exception {
    return ElevationGridReader.read(
        "dem.asc", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The formatted errors of a file that must not read. */
  private static List<String> errors(String text) {
    InvalidInputException e = catchThrowableOfType(() -> read(text), InvalidInputException.class);
    assertThat(e).as("an InvalidInputException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.errors().get(0).format());
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void readsHeaderAndRowsNorthFirst() throws Exception {
    ElevationGrid g = read(HEADER + "1 2 3\n4 5 6\n");
    assertThat(g.rows()).isEqualTo(2);
    assertThat(g.cols()).isEqualTo(3);
    assertThat(g.cellSizeDeg()).isEqualTo(0.5);
    assertThat(g.westEdgeLonDeg()).isEqualTo(-72.0);
    assertThat(g.southEdgeLatDeg()).isEqualTo(-14.0);
    assertThat(g.northEdgeLatDeg()).isEqualTo(-13.0);
    assertThat(g.eastEdgeLonDeg()).isEqualTo(-70.5);
    assertThat(g.cellElevationM(0, 0)).isEqualTo(1.0);
    assertThat(g.cellElevationM(1, 2)).isEqualTo(6.0);
    assertThat(g.elevationM(-13.25, -71.75)).isEqualTo(1.0); // north-west centre
    assertThat(g.noDataValue()).isNaN();
  }

  @Test
  void acceptsAnyCaseCentresNoDataCrLfBlankLinesAndDecimals() throws Exception {
    String text = "\uFEFFNCOLS 3\r\nNRows 2\r\nXLLCENTER -71.75\r\nyllCenter -13.75\r\n"
        + "CELLSIZE .5\r\nnodata_value -9999\r\n\r\n  12.5\t-3 1e3\r\n-9999 nan +7\r\n\r\n";
    ElevationGrid g = read(text);
    assertThat(g.westEdgeLonDeg()).isEqualTo(-72.0);
    assertThat(g.southEdgeLatDeg()).isEqualTo(-14.0);
    assertThat(g.noDataValue()).isEqualTo(-9999f);
    assertThat(g.cellElevationM(0, 0)).isEqualTo(12.5);
    assertThat(g.cellElevationM(0, 1)).isEqualTo(-3.0);
    assertThat(g.cellElevationM(0, 2)).isEqualTo(1000.0);
    assertThat(g.cellElevationM(1, 0)).isNaN();
    assertThat(g.cellElevationM(1, 1)).isNaN();
    assertThat(g.cellElevationM(1, 2)).isEqualTo(7.0);
  }

  @Test
  void readsAFileAndAGzippedFile() throws Exception {
    String text = HEADER + "1 2 3\n4 5 6\n";
    Path plain = dir.resolve("dem.asc");
    Files.writeString(plain, text);
    Path gz = dir.resolve("dem.asc.GZ");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
    ElevationGrid fromPlain = ElevationGridReader.read(plain);
    ElevationGrid fromGz = ElevationGridReader.read(gz);
    for (ElevationGrid g : List.of(fromPlain, fromGz)) {
      assertThat(g.rows()).isEqualTo(2);
      assertThat(g.cellElevationM(1, 2)).isEqualTo(6.0);
      assertThat(g.elevationM(-13.25, -70.75)).isEqualTo(3.0);
    }
  }

  @Test
  void errorsNameThePathAsGiven() throws IOException {
    Path file = dir.resolve("dem.asc");
    Files.writeString(file, HEADER + "1 2 3\n");
    InvalidInputException e = catchThrowableOfType(
        () -> ElevationGridReader.read(file), InvalidInputException.class);
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.file()).isEqualTo(file.toString());
      assertThat(error.line()).isEqualTo(7);
      assertThat(error.column()).isEqualTo(1);
      assertThat(error.pointer()).isNull();
    });
    assertThat(e.getMessage()).isEqualTo(file + ":7:1: the file ends after 1 of the 2 rows that"
        + " 'nrows' says; the file may be cut short, or correct nrows");
  }

  @Test
  void aGzNameOnAPlainFileAndACutGzipStreamAreErrors() throws IOException {
    Path notGzip = dir.resolve("dem.asc.gz");
    Files.writeString(notGzip, HEADER + "1 2 3\n4 5 6\n");
    assertThat(catchThrowableOfType(() -> ElevationGridReader.read(notGzip),
        InvalidInputException.class).getMessage())
        .isEqualTo(notGzip + ":1:1: the name ends in .gz but the file is not gzip-compressed;"
            + " compress it with gzip or remove .gz from the name");

    StringBuilder big = new StringBuilder("ncols 100\nnrows 100\nxllcorner -72\nyllcorner -14\n"
        + "cellsize 0.001\n");
    for (int r = 0; r < 100; r++) {
      for (int c = 0; c < 100; c++) {
        big.append(1000 + ((r * 7919 + c * 104729) % 3001)).append(' ');
      }
      big.append('\n');
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(big.toString().getBytes(StandardCharsets.US_ASCII));
    }
    Path cut = dir.resolve("cut.asc.gz");
    byte[] whole = bytes.toByteArray();
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    InvalidInputException e = catchThrowableOfType(() -> ElevationGridReader.read(cut),
        InvalidInputException.class);
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isGreaterThan(5);
      assertThat(error.message()).startsWith("the compressed data is damaged or cut short (")
          .endsWith("); compress the grid again");
    });
  }

  @Test
  void missingHeaderKeys() {
    assertThat(errors("ncols 2\nnrows 2\nxllcorner -72\nyllcorner -14\n1 2\n3 4\n"))
        .containsExactly("dem.asc:5:1: the header has no 'cellsize'; add a line"
            + " 'cellsize <the cell size in degrees>' above the values");
    assertThat(errors("ncols 2\nnrows 2\ncellsize 1\n1 2\n3 4\n")).containsExactly(
        "dem.asc:4:1: the header has no 'xllcorner' (or 'xllcenter'); add a line"
            + " 'xllcorner <the longitude of the west edge>' above the values",
        "dem.asc:4:1: the header has no 'yllcorner' (or 'yllcenter'); add a line"
            + " 'yllcorner <the latitude of the south edge>' above the values");
    assertThat(errors("")).containsExactly("dem.asc:1:1: the file is empty; expected an ESRI"
        + " ASCII grid (a header with ncols, nrows, xllcorner, yllcorner and cellsize, then the"
        + " rows of values)");
  }

  @Test
  void badHeaderValues() {
    assertThat(errors("ncols 2.5\nnrows 0\nxllcorner west\nyllcorner -14 -13\ncellsize 0\n1 2\n"))
        .containsExactly(
            "dem.asc:1:7: 'ncols' must be a whole number of at least 1; found '2.5'",
            "dem.asc:2:7: 'nrows' must be a whole number of at least 1; found '0'",
            "dem.asc:3:11: 'west' is not a number; write 'xllcorner <the longitude of the west"
                + " edge>'",
            "dem.asc:4:15: 'yllcorner' takes one value; remove what follows it on this line",
            "dem.asc:5:10: 'cellsize' must be > 0 (degrees); found '0'");
    assertThat(errors("ncols\nnrows 1\nxllcorner 0\nxllcenter 0\nyllcorner 0\ncellsize 1\n"
        + "nrows 1\ndx 1\nfoo 2\n1\n"))
        .containsExactly(
            "dem.asc:1:6: 'ncols' has no value; write 'ncols <the number of columns>'",
            "dem.asc:4:1: 'xllcorner' is already given on line 3 ('xllcenter' says the same thing"
                + " another way); keep one of the two lines",
            "dem.asc:7:1: 'nrows' is already given on line 2; keep one of the two lines",
            "dem.asc:8:1: 'dx': grids with rectangular cells (dx, dy) are not supported; resample"
                + " to square cells and give one 'cellsize'",
            "dem.asc:9:1: unknown header key 'foo'; the header has ncols, nrows, xllcorner (or"
                + " xllcenter), yllcorner (or yllcenter), cellsize and optionally NODATA_value");
  }

  @Test
  void extentOutsideLatitudeAndLongitude() {
    assertThat(errors("ncols 2\nnrows 2\nxllcorner 500000\nyllcorner 8400000\ncellsize 30\n"
        + "1 2\n3 4\n")).containsExactly(
            "dem.asc:3:11: the grid spans longitudes 500000 to 500060, outside -180..180; the grid"
                + " must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
                + " reproject it, e.g. gdalwarp -t_srs EPSG:4326",
            "dem.asc:4:11: the grid spans latitudes 8400000 to 8400060, outside -90..90; the grid"
                + " must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
                + " reproject it, e.g. gdalwarp -t_srs EPSG:4326");
    assertThat(errors("ncols 2\nnrows 2\nxllcenter 179.5\nyllcorner 89.5\ncellsize 0.5\n1 2\n3 4\n"))
        .containsExactly(
            "dem.asc:3:11: the grid spans longitudes 179.25 to 180.25, outside -180..180; the grid"
                + " must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
                + " reproject it, e.g. gdalwarp -t_srs EPSG:4326",
            "dem.asc:4:11: the grid spans latitudes 89.5 to 90.5, outside -90..90; the grid"
                + " must be in geographic coordinates (longitude, latitude in degrees, WGS 84);"
                + " reproject it, e.g. gdalwarp -t_srs EPSG:4326");
  }

  @Test
  void tooManyCellsForOneGrid() {
    assertThat(errors("ncols 50000\nnrows 50000\nxllcorner -72\nyllcorner -14\ncellsize 1e-5\n"))
        .containsExactly("dem.asc:2:7: the grid has 2500000000 cells, more than the 2147483639"
            + " one grid can hold; cut it to the area of the instance or resample it to larger"
            + " cells");
  }

  @Test
  void wrongNumberOfValuesInARow() {
    assertThat(errors(HEADER + "1 2 3\n4 5\n")).containsExactly(
        "dem.asc:7:4: row 2 has 2 values but 'ncols' says 3; each row must be one line of ncols"
            + " values (or correct ncols)");
    assertThat(errors(HEADER + "1 2 3 4\n4 5 6\n")).containsExactly(
        "dem.asc:6:7: row 1 has 4 values but 'ncols' says 3; each row must be one line of ncols"
            + " values (or correct ncols)");
  }

  @Test
  void nonNumbersAndImplausibleElevations() {
    assertThat(errors(HEADER + "1 2x 3\n4 5 0x10\n")).containsExactly(
        "dem.asc:6:3: '2x' is not a number; values are elevations in metres such as 1234 or"
            + " 1234.5",
        "dem.asc:7:5: '0x10' is not a number; values are elevations in metres such as 1234 or"
            + " 1234.5");
    assertThat(errors(HEADER + "1 -32768 3\n4 5 6\n")).containsExactly(
        "dem.asc:6:3: elevation -32768 is outside -12000..9000 m; if it marks missing data,"
            + " declare it in the header: 'NODATA_value -32768'");
    assertThat(errors(HEADER + "1 2 Infinity\n4 5 1e999\n")).containsExactly(
        "dem.asc:6:5: 'Infinity' is not a number; values are elevations in metres such as 1234"
            + " or 1234.5",
        "dem.asc:7:5: elevation 1e999 is outside -12000..9000 m; if it marks missing data,"
            + " declare it in the header: 'NODATA_value 1e999'");
  }

  @Test
  void tooFewAndTooManyRows() {
    assertThat(errors(HEADER + "1 2 3\n")).containsExactly(
        "dem.asc:7:1: the file ends after 1 of the 2 rows that 'nrows' says; the file may be cut"
            + " short, or correct nrows");
    assertThat(errors(HEADER)).containsExactly(
        "dem.asc:6:1: the file ends after 0 of the 2 rows that 'nrows' says; the file may be cut"
            + " short, or correct nrows");
    assertThat(errors(HEADER + "1 2 3\n4 5 6\n\n7 8 9\n")).containsExactly(
        "dem.asc:9:1: more rows of values than 'nrows' (2) says; remove the extra lines or"
            + " correct nrows");
  }

  @Test
  void stopsAfterTwentyBadRows() {
    StringBuilder text = new StringBuilder("ncols 2\nnrows 30\nxllcorner 0\nyllcorner 0\n"
        + "cellsize 1\n");
    for (int r = 0; r < 30; r++) {
      text.append("1\n");
    }
    List<String> errors = errors(text.toString());
    assertThat(errors).hasSize(21);
    assertThat(errors.get(20)).isEqualTo(
        "dem.asc:26:1: stopped reading after 20 errors in the values; fix these first");
  }

  @Test
  void decimalTextParsesPlainNumbersOnly() {
    for (String ok : List.of("0", "-0", "12", "+7", "1234.5", ".5", "5.", "-3.25", "1e3",
        "2.5E-2", "123456789012345", "1234567890123456789.5", "0.1", "4807.123")) {
      byte[] b = ok.getBytes(StandardCharsets.US_ASCII);
      assertThat(DecimalText.parse(b, 0, b.length)).as(ok).isEqualTo(Double.parseDouble(ok));
    }
    for (String bad : List.of("", "-", ".", "1..2", "1e", "1e+", "1f", "0x1p3", "NaN",
        "Infinity", "1-2", "e5")) {
      byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
      assertThat(DecimalText.parse(b, 0, b.length)).as(bad).isNaN();
    }
  }
}
