package org.dorsal.candidates;

import java.util.Arrays;
import org.dorsal.model.ElevationGrid;
import org.dorsal.radio.HopEndpoint;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.TerrainProfile;

/**
 * Samples the ground under a hop from an elevation grid: evenly spaced points on the great circle
 * from end A to end B, strictly between the ends, at distances {@code i d / (n + 1)} km from A
 * ({@code i = 1..n}, {@code d} the hop's length as the path gives it, so that the samples line up
 * with the clearance calculation's geometry).
 *
 * <p>The spacing is about one cell: at most the cell's east-west width at the hop's mid-latitude
 * (its smaller side), so consecutive samples never step over a row or column of cells. There are
 * at least 2 interior samples and at most {@code maxInteriorSamples} (default
 * {@value #DEFAULT_MAX_INTERIOR_SAMPLES}); longer hops on fine grids are sampled more sparsely.
 *
 * <p>Exact great-circle points are worked out every 2 km; the samples between them are placed on
 * the straight line in latitude and longitude, which is off the great circle by centimetres (the
 * trigonometry per sample would cost more than engineering the hop).
 *
 * <p>The ends are not sampled: their ground elevations are the nodes' (in the {@link HopEndpoint}s),
 * and {@link org.dorsal.radio.PathClearance} uses only samples strictly between the ends anyway.
 * Samples where the grid has no data (or that fall outside it) are left out; when none is left the
 * result is null and the engineer falls back to its straight-ground assumption. Immutable and
 * thread-safe; allocates only the profile's arrays.
 */
public final class ProfileSampler {
  public static final int DEFAULT_MAX_INTERIOR_SAMPLES = 512;
  /** Fewest interior samples of a profile. */
  public static final int MIN_INTERIOR_SAMPLES = 2;
  /** Below this latitude and arc the bounding-box test for hops off the grid is safe. */
  private static final double BOX_TEST_MAX_LATITUDE_DEG = 80;
  private static final double BOX_TEST_MAX_ARC_RAD = 0.5;
  /**
   * Exact great-circle points are computed every 2 km (and at the ends); the samples between are
   * interpolated linearly in latitude and longitude. The great circle bows off that chord by about
   * h^2 tan(lat) / 8 for knots h radians apart: about 2 cm at 15 degrees of latitude, 0.2 m at 70.
   */
  private static final double KNOT_SPACING_RAD = 2.0 / Geodesy.EARTH_RADIUS_KM;
  /** Beyond this latitude every sample is an exact great-circle point. */
  private static final double KNOT_MAX_LATITUDE_DEG = 70;

  private final ElevationGrid grid;
  private final int maxInteriorSamples;
  private final double cellKm;

  public ProfileSampler(ElevationGrid grid) {
    this(grid, DEFAULT_MAX_INTERIOR_SAMPLES);
  }

  public ProfileSampler(ElevationGrid grid, int maxInteriorSamples) {
    if (maxInteriorSamples < MIN_INTERIOR_SAMPLES) {
      throw new IllegalArgumentException(
          "at least " + MIN_INTERIOR_SAMPLES + " interior samples are needed");
    }
    this.grid = grid;
    this.maxInteriorSamples = maxInteriorSamples;
    this.cellKm = grid.cellSizeDeg() * Geodesy.KM_PER_DEGREE;
  }

  public ElevationGrid grid() {
    return grid;
  }

  public int maxInteriorSamples() {
    return maxInteriorSamples;
  }

  /** The ground under a hop (its ends and length), or null where the grid has nothing. */
  public TerrainProfile profile(HopPath path) {
    return profile(path.a(), path.b(), path.distanceKm());
  }

  /**
   * The ground between two ends, distances from {@code a} scaled to {@code distanceKm}; null if the
   * hop has no length or no sample has data.
   */
  public TerrainProfile profile(HopEndpoint a, HopEndpoint b, double distanceKm) {
    if (!(distanceKm > 0) || !Double.isFinite(distanceKm)) {
      return null;
    }
    double lat1 = Math.toRadians(a.latitudeDeg());
    double lon1 = Math.toRadians(a.longitudeDeg());
    double lat2 = Math.toRadians(b.latitudeDeg());
    double lon2 = Math.toRadians(b.longitudeDeg());
    // unit vectors of the ends
    double cos1 = Math.cos(lat1);
    double ax = cos1 * Math.cos(lon1);
    double ay = cos1 * Math.sin(lon1);
    double az = Math.sin(lat1);
    double cos2 = Math.cos(lat2);
    double bx = cos2 * Math.cos(lon2);
    double by = cos2 * Math.sin(lon2);
    double bz = Math.sin(lat2);
    double dot = ax * bx + ay * by + az * bz;
    double cx = ay * bz - az * by;
    double cy = az * bx - ax * bz;
    double cz = ax * by - ay * bx;
    double sinArc = Math.sqrt(cx * cx + cy * cy + cz * cz);
    double arc = Math.atan2(sinArc, dot);
    if (!(sinArc > 1e-15) || offGrid(a, b, arc)) {
      return null;
    }
    int n = interiorSamples(distanceKm, 0.5 * (a.latitudeDeg() + b.latitudeDeg()));
    // u: unit vector in the plane of the great circle, 90 degrees ahead of A towards B
    double ux = (bx - ax * dot) / sinArc;
    double uy = (by - ay * dot) / sinArc;
    double uz = (bz - az * dot) / sinArc;
    double step = arc / (n + 1);
    boolean nearPole = Math.max(Math.abs(a.latitudeDeg()), Math.abs(b.latitudeDeg()))
        > KNOT_MAX_LATITUDE_DEG;
    int knotEvery = nearPole ? 1 : Math.max(1, (int) (KNOT_SPACING_RAD / step));
    double[] distanceKmAt = new double[n];
    double[] elevationM = new double[n];
    int kept = 0;
    double latPrev = a.latitudeDeg();
    double lonPrev = a.longitudeDeg();
    for (int knot = 0; knot <= n; ) {
      int next = Math.min(knot + knotEvery, n + 1);
      double latNext;
      double lonNext;
      if (next == n + 1) {
        latNext = b.latitudeDeg();
        lonNext = b.longitudeDeg();
      } else {
        double c = Math.cos(next * step);
        double s = Math.sin(next * step);
        double px = ax * c + ux * s;
        double py = ay * c + uy * s;
        double pz = az * c + uz * s;
        latNext = Math.toDegrees(Math.atan2(pz, Math.sqrt(px * px + py * py)));
        lonNext = Math.toDegrees(Math.atan2(py, px));
      }
      if (lonNext - lonPrev > 180) {
        lonNext -= 360;
      } else if (lonNext - lonPrev < -180) {
        lonNext += 360;
      }
      double span = next - knot;
      for (int i = knot + 1; i <= next && i <= n; i++) {
        double g = (i - knot) / span;
        double lat = latPrev + (latNext - latPrev) * g;
        double lon = lonPrev + (lonNext - lonPrev) * g;
        double elevation = grid.elevationM(lat, lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon);
        if (!Double.isNaN(elevation)) {
          distanceKmAt[kept] = distanceKm * i / (n + 1);
          elevationM[kept] = elevation;
          kept++;
        }
      }
      latPrev = latNext;
      lonPrev = lonNext;
      knot = next;
    }
    if (kept == 0) {
      return null;
    }
    return kept == n
        ? TerrainProfile.of(distanceKmAt, elevationM)
        : TerrainProfile.of(Arrays.copyOf(distanceKmAt, kept), Arrays.copyOf(elevationM, kept));
  }

  /**
   * Interior samples for a hop of this length at this mid-latitude: one per east-west cell width,
   * within [{@value #MIN_INTERIOR_SAMPLES}, maxInteriorSamples].
   */
  public int interiorSamples(double distanceKm, double midLatitudeDeg) {
    double spacingKm = cellKm * Math.cos(Math.toRadians(midLatitudeDeg));
    double intervals = Math.ceil(distanceKm / spacingKm);
    if (!(intervals - 1 < maxInteriorSamples)) {
      return maxInteriorSamples;
    }
    return Math.max(MIN_INTERIOR_SAMPLES, (int) intervals - 1);
  }

  /**
   * True if the hop certainly misses the grid: its endpoints' bounding box, widened by a bound on
   * how far the great circle bows towards the pole (the arc squared, in radians, which exceeds the
   * bow below 80 degrees of latitude), does not meet the grid. Longitude is monotonic along an arc
   * shorter than 180 degrees, so the box's longitudes need no widening.
   */
  private boolean offGrid(HopEndpoint a, HopEndpoint b, double arcRad) {
    double latMin = Math.min(a.latitudeDeg(), b.latitudeDeg());
    double latMax = Math.max(a.latitudeDeg(), b.latitudeDeg());
    double lonMin = Math.min(a.longitudeDeg(), b.longitudeDeg());
    double lonMax = Math.max(a.longitudeDeg(), b.longitudeDeg());
    if (arcRad > BOX_TEST_MAX_ARC_RAD || lonMax - lonMin >= 180
        || Math.max(Math.abs(latMin), Math.abs(latMax)) > BOX_TEST_MAX_LATITUDE_DEG) {
      return false;
    }
    double bowDeg = Math.toDegrees(arcRad * arcRad) + 1e-9;
    return latMax + bowDeg < grid.southEdgeLatDeg() || latMin - bowDeg > grid.northEdgeLatDeg()
        || lonMax < grid.westEdgeLonDeg() || lonMin > grid.eastEdgeLonDeg();
  }
}
