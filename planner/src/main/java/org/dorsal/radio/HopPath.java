package org.dorsal.radio;

/**
 * The geometry of a candidate hop.
 *
 * @param distanceKm path length (great-circle unless the caller knows better)
 * @param terrain ground samples between the ends, or null: then the ground is taken to run
 *     straight between the two endpoint ground elevations
 * @param clutterHeightM trees or buildings standing on all ground between the ends (e.g. 30-40 m
 *     of Amazon canopy); 0 for bare ground
 */
public record HopPath(
    HopEndpoint a, HopEndpoint b, double distanceKm, TerrainProfile terrain,
    double clutterHeightM) {

  private static final double EARTH_RADIUS_KM = 6371.0;

  public HopPath {
    if (a == null || b == null) {
      throw new IllegalArgumentException("a hop needs two endpoints");
    }
    if (Double.isNaN(distanceKm) || distanceKm < 0 || !(clutterHeightM >= 0)) {
      throw new IllegalArgumentException("distance and clutter height must be >= 0");
    }
  }

  /** A hop without a terrain profile or clutter; the distance is the great-circle distance. */
  public static HopPath between(HopEndpoint a, HopEndpoint b) {
    return new HopPath(a, b, greatCircleKm(a, b), null, 0.0);
  }

  /** A hop of a given length without a terrain profile or clutter. */
  public static HopPath of(HopEndpoint a, HopEndpoint b, double distanceKm) {
    return new HopPath(a, b, distanceKm, null, 0.0);
  }

  public HopPath withTerrain(TerrainProfile profile) {
    return new HopPath(a, b, distanceKm, profile, clutterHeightM);
  }

  public HopPath withClutterHeightM(double heightM) {
    return new HopPath(a, b, distanceKm, terrain, heightM);
  }

  /** Mid-path latitude, used by the multipath worst-month conversion. */
  public double midLatitudeDeg() {
    return 0.5 * (a.latitudeDeg() + b.latitudeDeg());
  }

  /** Haversine distance on a sphere of radius 6371 km. */
  public static double greatCircleKm(HopEndpoint a, HopEndpoint b) {
    double lat1 = Math.toRadians(a.latitudeDeg());
    double lat2 = Math.toRadians(b.latitudeDeg());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitudeDeg() - a.longitudeDeg());
    double s1 = Math.sin(dLat / 2);
    double s2 = Math.sin(dLon / 2);
    double h = s1 * s1 + Math.cos(lat1) * Math.cos(lat2) * s2 * s2;
    return 2.0 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
