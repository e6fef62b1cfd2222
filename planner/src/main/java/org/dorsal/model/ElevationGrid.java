package org.dorsal.model;

import java.util.Arrays;

/**
 * Ground elevations on a regular latitude/longitude grid (a digital elevation model), in metres
 * above sea level. Immutable: the values are copied in (or handed over by a {@link Builder}) and
 * never handed out.
 *
 * <p>The grid is laid out like an ESRI ASCII grid: {@code rows x cols} square cells of
 * {@code cellSizeDeg} degrees whose outer edges start at the south-west corner
 * ({@code westEdgeLonDeg}, {@code southEdgeLatDeg}); the value of a cell belongs to its centre.
 * Values are stored row-major with row 0 the northernmost row, so cell (row, col) has its centre at
 * latitude {@code northEdge - (row + 0.5) cellSize} and longitude
 * {@code westEdge + (col + 0.5) cellSize}. Cells equal to the no-data value (and NaN cells) have
 * no elevation.
 *
 * <p>{@link #elevationM} interpolates bilinearly between the four cell centres around a point.
 * Within half a cell of the outer edge, where there are no centres beyond, the outermost row or
 * column is extended flat, so every point of the declared extent has a value. Longitudes do not
 * wrap at 180 degrees.
 */
public final class ElevationGrid {
  /** The most cells a grid can hold (one Java array). */
  public static final long MAX_CELLS = Integer.MAX_VALUE - 8;

  /** Row-major, row 0 = north; no-data cells are stored as NaN. */
  private final float[] elevationsM;
  private final double westEdgeLonDeg;
  private final double southEdgeLatDeg;
  private final double cellSizeDeg;
  private final int rows;
  private final int cols;
  private final float noDataValue;
  private final double northEdgeLatDeg;
  private final double eastEdgeLonDeg;
  private final double cellsPerDegree;

  private ElevationGrid(
      double westEdgeLonDeg, double southEdgeLatDeg, double cellSizeDeg, int rows, int cols,
      float noDataValue, float[] elevationsM) {
    this.westEdgeLonDeg = westEdgeLonDeg;
    this.southEdgeLatDeg = southEdgeLatDeg;
    this.cellSizeDeg = cellSizeDeg;
    this.rows = rows;
    this.cols = cols;
    this.noDataValue = noDataValue;
    this.elevationsM = elevationsM;
    this.northEdgeLatDeg = southEdgeLatDeg + rows * cellSizeDeg;
    this.eastEdgeLonDeg = westEdgeLonDeg + cols * cellSizeDeg;
    this.cellsPerDegree = 1.0 / cellSizeDeg;
  }

  /**
   * A grid from its values (copied), row-major with row 0 the northernmost.
   *
   * @param noDataValue the value that marks a cell without data; NaN if every cell has data
   * @throws IllegalArgumentException if the shape or the cell size is invalid, or the array
   *     length is not {@code rows * cols}
   */
  public static ElevationGrid of(
      double westEdgeLonDeg, double southEdgeLatDeg, double cellSizeDeg, int rows, int cols,
      float noDataValue, float[] elevationsM) {
    Builder builder =
        new Builder(westEdgeLonDeg, southEdgeLatDeg, cellSizeDeg, rows, cols, noDataValue);
    if (elevationsM.length != builder.cells.length) {
      throw new IllegalArgumentException(
          "expected " + builder.cells.length + " elevations, got " + elevationsM.length);
    }
    for (int r = 0; r < rows; r++) {
      builder.setRow(r, elevationsM, r * cols);
    }
    return builder.build();
  }

  /** Fills a grid row by row without a second copy of the values (for readers of large files). */
  public static final class Builder {
    private final double westEdgeLonDeg;
    private final double southEdgeLatDeg;
    private final double cellSizeDeg;
    private final int rows;
    private final int cols;
    private final float noDataValue;
    private float[] cells;

    /**
     * An empty grid of this shape (all cells without data until set).
     *
     * @throws IllegalArgumentException if rows or cols is below 1, rows x cols does not fit an
     *     array, the cell size is not positive and finite, or a corner is not finite
     */
    public Builder(
        double westEdgeLonDeg, double southEdgeLatDeg, double cellSizeDeg, int rows, int cols,
        float noDataValue) {
      if (rows < 1 || cols < 1) {
        throw new IllegalArgumentException("a grid needs at least one row and one column");
      }
      if ((long) rows * cols > MAX_CELLS) {
        throw new IllegalArgumentException(
            "a grid of " + rows + " x " + cols + " cells is larger than " + MAX_CELLS);
      }
      if (!(cellSizeDeg > 0) || !Double.isFinite(cellSizeDeg)
          || !Double.isFinite(westEdgeLonDeg) || !Double.isFinite(southEdgeLatDeg)) {
        throw new IllegalArgumentException("cell size must be > 0 and the corner finite");
      }
      this.westEdgeLonDeg = westEdgeLonDeg;
      this.southEdgeLatDeg = southEdgeLatDeg;
      this.cellSizeDeg = cellSizeDeg;
      this.rows = rows;
      this.cols = cols;
      this.noDataValue = noDataValue;
      this.cells = new float[rows * cols];
      Arrays.fill(cells, Float.NaN);
    }

    /** Sets row {@code row} (0 = north) from {@code cols} values of {@code values} at {@code from}. */
    public Builder setRow(int row, float[] values, int from) {
      if (cells == null) {
        throw new IllegalStateException("the grid was already built");
      }
      if (row < 0 || row >= rows) {
        throw new IndexOutOfBoundsException("row " + row + " of " + rows);
      }
      int base = row * cols;
      for (int c = 0; c < cols; c++) {
        float v = values[from + c];
        cells[base + c] = v == noDataValue ? Float.NaN : v;
      }
      return this;
    }

    /** The grid; the builder cannot be used afterwards. */
    public ElevationGrid build() {
      if (cells == null) {
        throw new IllegalStateException("the grid was already built");
      }
      float[] handedOver = cells;
      cells = null;
      return new ElevationGrid(
          westEdgeLonDeg, southEdgeLatDeg, cellSizeDeg, rows, cols, noDataValue, handedOver);
    }
  }

  /**
   * Ground elevation at a point, m, interpolated bilinearly from the four surrounding cell centres;
   * NaN outside the grid's extent or when a cell the interpolation needs has no data. Exact at
   * cell centres (only that cell is needed there). Allocates nothing.
   */
  public double elevationM(double latDeg, double lonDeg) {
    if (!(latDeg >= southEdgeLatDeg && latDeg <= northEdgeLatDeg
        && lonDeg >= westEdgeLonDeg && lonDeg <= eastEdgeLonDeg)) {
      return Double.NaN;
    }
    double y = clamp((northEdgeLatDeg - latDeg) * cellsPerDegree - 0.5, rows - 1);
    double x = clamp((lonDeg - westEdgeLonDeg) * cellsPerDegree - 0.5, cols - 1);
    int r0 = (int) y;
    int c0 = (int) x;
    double t = y - r0;
    double u = x - c0;
    int base0 = r0 * cols;
    int c1 = u > 0 ? c0 + 1 : c0;
    double north = lerp(elevationsM[base0 + c0], elevationsM[base0 + c1], u);
    if (t == 0) {
      return north;
    }
    int base1 = base0 + cols;
    double south = lerp(elevationsM[base1 + c0], elevationsM[base1 + c1], u);
    return north + (south - north) * t;
  }

  private static double clamp(double v, int max) {
    return v <= 0 ? 0 : Math.min(v, max);
  }

  private static double lerp(float a, float b, double u) {
    return u == 0 ? a : a + (b - (double) a) * u;
  }

  /** The stored value of one cell (row 0 = north), NaN when it has no data. */
  public double cellElevationM(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") of " + rows + " x " + cols);
    }
    return elevationsM[row * cols + col];
  }

  /** True if the point lies within the grid's extent (it may still fall on no-data cells). */
  public boolean covers(double latDeg, double lonDeg) {
    return latDeg >= southEdgeLatDeg && latDeg <= northEdgeLatDeg
        && lonDeg >= westEdgeLonDeg && lonDeg <= eastEdgeLonDeg;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double cellSizeDeg() {
    return cellSizeDeg;
  }

  /** The value that marked cells without data when the grid was made (NaN if none was given). */
  public float noDataValue() {
    return noDataValue;
  }

  public double westEdgeLonDeg() {
    return westEdgeLonDeg;
  }

  public double eastEdgeLonDeg() {
    return eastEdgeLonDeg;
  }

  public double southEdgeLatDeg() {
    return southEdgeLatDeg;
  }

  public double northEdgeLatDeg() {
    return northEdgeLatDeg;
  }

  @Override
  public String toString() {
    return "ElevationGrid[" + rows + " x " + cols + " cells of " + cellSizeDeg + " deg, lat "
        + southEdgeLatDeg + ".." + northEdgeLatDeg + ", lon " + westEdgeLonDeg + ".."
        + eastEdgeLonDeg + "]";
  }
}
