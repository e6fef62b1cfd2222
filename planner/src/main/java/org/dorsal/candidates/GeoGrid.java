package org.dorsal.candidates;

/**
 * A uniform latitude/longitude bucket grid over a fixed set of points, for radius and k-nearest
 * queries without an all-pairs loop. Points are kept in primitive arrays (radians and the cosine
 * of the latitude, so a distance costs one haversine) and bucketed by a counting sort: memory is
 * O(n + cells) with no per-point objects. Immutable after construction and safe to query from
 * several threads, each with its own {@link Neighbours} buffer.
 *
 * <p>The grid covers the bounding box of the points. Queries near the antimeridian also scan the
 * wrapped-around columns, and a query circle that reaches a pole scans every column, so results
 * are exact on the whole sphere (the cell layout is just less efficient there).
 */
public final class GeoGrid {
  /** Cap on cells per point, so a sparse wide instance cannot blow up the bucket table. */
  private static final int MAX_CELLS_PER_POINT = 4;

  private final int n;
  private final double[] latRad;
  private final double[] lonRad;
  private final double[] cosLat;
  private final double[] latDeg;
  private final double[] lonDeg;
  private final double minLat;
  private final double minLon;
  private final double cellDeg;
  private final int rows;
  private final int cols;
  /** Points of cell c are cellItems[cellStart[c] .. cellStart[c+1]), in ascending index order. */
  private final int[] cellStart;
  private final int[] cellItems;

  /** A grid with a cell size chosen for about two points per occupied-box cell. */
  public static GeoGrid of(double[] latDeg, double[] lonDeg) {
    return new GeoGrid(latDeg, lonDeg, Double.NaN);
  }

  /**
   * A grid over points given in degrees (arrays are copied).
   *
   * @param cellDeg cell edge in degrees; NaN or non-positive to choose it from the point density.
   *     It is enlarged when the bounding box would need more than 4 cells per point.
   */
  public GeoGrid(double[] latDeg, double[] lonDeg, double cellDeg) {
    if (latDeg.length != lonDeg.length) {
      throw new IllegalArgumentException("latitude and longitude arrays differ in length");
    }
    n = latDeg.length;
    this.latDeg = latDeg.clone();
    this.lonDeg = lonDeg.clone();
    latRad = new double[n];
    lonRad = new double[n];
    cosLat = new double[n];
    double loLat = Double.POSITIVE_INFINITY;
    double hiLat = Double.NEGATIVE_INFINITY;
    double loLon = Double.POSITIVE_INFINITY;
    double hiLon = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double la = latDeg[i];
      double lo = lonDeg[i];
      if (!(la >= -90 && la <= 90) || !(lo >= -180 && lo <= 180)) {
        throw new IllegalArgumentException(
            "point " + i + " has invalid coordinates (" + la + ", " + lo + ")");
      }
      latRad[i] = Math.toRadians(la);
      lonRad[i] = Math.toRadians(lo);
      cosLat[i] = Math.cos(latRad[i]);
      loLat = Math.min(loLat, la);
      hiLat = Math.max(hiLat, la);
      loLon = Math.min(loLon, lo);
      hiLon = Math.max(hiLon, lo);
    }
    if (n == 0) {
      loLat = hiLat = loLon = hiLon = 0;
    }
    double spanLat = Math.max(hiLat - loLat, 1e-6);
    double spanLon = Math.max(hiLon - loLon, 1e-6);
    double cell = cellDeg;
    if (!(cell > 0)) {
      cell = Math.sqrt(spanLat * spanLon * 2.0 / Math.max(1, n));
    }
    cell = Math.max(cell, 1e-5);
    long maxCells = (long) MAX_CELLS_PER_POINT * Math.max(1, n) + 16;
    while (cellCount(spanLat, spanLon, cell) > maxCells) {
      cell *= 1.5;
    }
    this.cellDeg = cell;
    this.minLat = loLat;
    this.minLon = loLon;
    this.rows = (int) Math.floor(spanLat / cell) + 1;
    this.cols = (int) Math.floor(spanLon / cell) + 1;
    int cells = rows * cols;
    cellStart = new int[cells + 1];
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      int c = row(latDeg[i]) * cols + col(lonDeg[i]);
      cellOf[i] = c;
      cellStart[c + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    cellItems = new int[n];
    int[] fill = new int[cells];
    for (int i = 0; i < n; i++) {
      int c = cellOf[i];
      cellItems[cellStart[c] + fill[c]++] = i;
    }
  }

  private static long cellCount(double spanLat, double spanLon, double cell) {
    return ((long) Math.floor(spanLat / cell) + 1) * ((long) Math.floor(spanLon / cell) + 1);
  }

  private int row(double lat) {
    int r = (int) Math.floor((lat - minLat) / cellDeg);
    return r < 0 ? 0 : Math.min(r, rows - 1);
  }

  private int col(double lon) {
    int c = (int) Math.floor((lon - minLon) / cellDeg);
    return c < 0 ? 0 : Math.min(c, cols - 1);
  }

  public int size() {
    return n;
  }

  public double cellDeg() {
    return cellDeg;
  }

  public double latitudeDeg(int i) {
    return latDeg[i];
  }

  public double longitudeDeg(int i) {
    return lonDeg[i];
  }

  /** Great-circle distance between two indexed points, km (same arithmetic as {@link Geodesy}). */
  public double distanceKm(int i, int j) {
    return Geodesy.haversineKm(latRad[i], cosLat[i], lonRad[i], latRad[j], cosLat[j], lonRad[j]);
  }

  /** Indices of all other points within {@code radiusKm} (inclusive) of point {@code i}. */
  public int[] neighboursWithin(int i, double radiusKm) {
    Neighbours out = new Neighbours();
    neighboursWithin(i, radiusKm, out);
    return out.toIndexArray();
  }

  /**
   * Fills {@code out} with every other point within {@code radiusKm} (inclusive) of point
   * {@code i}, sorted by distance then index.
   */
  public void neighboursWithin(int i, double radiusKm, Neighbours out) {
    out.clear();
    collect(i, radiusKm, out);
    out.sort();
  }

  /** Indices of the {@code k} nearest other points to point {@code i}, nearest first. */
  public int[] kNearest(int i, int k) {
    Neighbours out = new Neighbours();
    kNearest(i, k, Double.POSITIVE_INFINITY, out);
    return out.toIndexArray();
  }

  /**
   * Fills {@code out} with the {@code k} nearest other points to point {@code i} that lie within
   * {@code maxKm} (fewer if there are not that many), sorted by distance then index. Exact: the
   * search radius doubles until it holds k points or reaches {@code maxKm}.
   */
  public void kNearest(int i, int k, double maxKm, Neighbours out) {
    kNearest(latDeg[i], lonDeg[i], i, k, maxKm, out);
  }

  /**
   * As {@link #kNearest(int, int, double, Neighbours)} for any place: the {@code k} nearest points
   * to (latDeg, lonDeg) within {@code maxKm}, sorted by distance then index.
   */
  public void kNearest(double latDeg, double lonDeg, int k, double maxKm, Neighbours out) {
    kNearest(latDeg, lonDeg, -1, k, maxKm, out);
  }

  private void kNearest(double la, double lo, int exclude, int k, double maxKm, Neighbours out) {
    out.clear();
    int others = exclude >= 0 ? n - 1 : n;
    if (k <= 0 || others <= 0) {
      return;
    }
    double cos = Math.cos(Math.toRadians(la));
    double cap = Math.min(maxKm, Math.PI * Geodesy.EARTH_RADIUS_KM + 1.0);
    double cellKm = cellDeg * Geodesy.KM_PER_DEGREE * Math.max(0.1, cos);
    // a square of side s holds about s^2 / cell^2 * (n / cells) points: aim for ~2k
    double density = (double) n / ((double) rows * cols);
    double r = cellKm * Math.sqrt(Math.max(1.0, 2.0 * k / Math.max(density, 1e-9)) / 4.0);
    r = Math.min(Math.max(r, 1e-3), cap);
    while (true) {
      out.clear();
      collect(la, lo, exclude, r, out);
      if (out.size() >= k || r >= cap) {
        break;
      }
      r = Math.min(cap, r * 2.0);
    }
    out.sort();
    out.truncate(k);
  }

  private void collect(int i, double radiusKm, Neighbours out) {
    collect(latDeg[i], lonDeg[i], i, radiusKm, out);
  }

  /** Every point within radiusKm of (la, lo) except {@code exclude} (-1: none). */
  private void collect(double la, double lo, int exclude, double radiusKm, Neighbours out) {
    if (!(radiusKm >= 0)) {
      return;
    }
    double phi = Math.toRadians(la);
    double cp = Math.cos(phi);
    double lam = Math.toRadians(lo);
    // a hair of slack so rounding at a cell edge cannot lose a point the haversine accepts
    double radiusDeg = radiusKm / Geodesy.KM_PER_DEGREE * (1 + 1e-9) + 1e-9;
    int r0 = row(la - radiusDeg);
    int r1 = row(la + radiusDeg);
    if (la - radiusDeg > minLat + rows * cellDeg || la + radiusDeg < minLat) {
      return;
    }
    double span = Geodesy.maxLongitudeSpanDeg(la, radiusKm) * (1 + 1e-9) + 1e-9;
    if (span >= 180.0) {
      scan(exclude, phi, cp, lam, radiusKm, r0, r1, 0, cols - 1, out);
      return;
    }
    double a = lo - span;
    double b = lo + span;
    scanLon(exclude, phi, cp, lam, radiusKm, r0, r1, a, b, out);
    if (a < -180.0) {
      scanLon(exclude, phi, cp, lam, radiusKm, r0, r1, a + 360.0, 180.0, out);
    }
    if (b > 180.0) {
      scanLon(exclude, phi, cp, lam, radiusKm, r0, r1, -180.0, b - 360.0, out);
    }
  }

  private void scanLon(int exclude, double phi, double cp, double lam, double radiusKm, int r0,
      int r1, double a, double b, Neighbours out) {
    if (b < minLon || a > minLon + cols * cellDeg) {
      return;
    }
    scan(exclude, phi, cp, lam, radiusKm, r0, r1, col(a), col(b), out);
  }

  private void scan(int exclude, double phi, double cp, double lam, double radiusKm, int r0,
      int r1, int c0, int c1, Neighbours out) {
    for (int r = r0; r <= r1; r++) {
      int base = r * cols;
      int from = cellStart[base + c0];
      int to = cellStart[base + c1 + 1];
      for (int p = from; p < to; p++) {
        int j = cellItems[p];
        if (j == exclude) {
          continue;
        }
        double d = Geodesy.haversineKm(phi, cp, lam, latRad[j], cosLat[j], lonRad[j]);
        if (d <= radiusKm) {
          out.add(j, d);
        }
      }
    }
  }
}
