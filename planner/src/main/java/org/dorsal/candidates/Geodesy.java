package org.dorsal.candidates;

/** Great-circle distances on a spherical Earth. */
public final class Geodesy {

  /** Mean Earth radius (IUGG R1 = (2a + b) / 3 of WGS 84), km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /** Kilometres per degree of arc on the mean sphere. */
  public static final double KM_PER_DEGREE = EARTH_RADIUS_KM * Math.PI / 180.0;

  private Geodesy() {}

  /**
   * Haversine great-circle distance between two points given in degrees, km. Accurate to about
   * 0.5 % against the ellipsoid, which is far inside the uncertainty of a planning route.
   */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    return haversineKm(
        phi1, Math.cos(phi1), Math.toRadians(lon1), phi2, Math.cos(phi2), Math.toRadians(lon2));
  }

  /**
   * Haversine distance from latitudes and longitudes in radians with the cosines of the latitudes
   * already worked out (the form the spatial index uses; same arithmetic as {@link #distanceKm}).
   */
  static double haversineKm(
      double phi1, double cosPhi1, double lambda1, double phi2, double cosPhi2, double lambda2) {
    double s1 = Math.sin(0.5 * (phi2 - phi1));
    double s2 = Math.sin(0.5 * (lambda2 - lambda1));
    double h = s1 * s1 + cosPhi1 * cosPhi2 * s2 * s2;
    return 2.0 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /**
   * Largest longitude difference, in degrees, of any point within {@code radiusKm} of a point at
   * latitude {@code latDeg}; 180 when the circle reaches a pole. Exact for the sphere: the extreme
   * meridian is tangent to the circle, where sin(dLon) = sin(d/R) / cos(lat).
   */
  public static double maxLongitudeSpanDeg(double latDeg, double radiusKm) {
    double angular = radiusKm / EARTH_RADIUS_KM;
    if (angular >= Math.PI) {
      return 180.0;
    }
    double cosLat = Math.cos(Math.toRadians(latDeg));
    double s = Math.sin(Math.min(angular, 0.5 * Math.PI)) / cosLat;
    if (angular >= 0.5 * Math.PI || !(s < 1.0)
        || Math.abs(latDeg) + Math.toDegrees(angular) >= 90.0) {
      return 180.0;
    }
    return Math.toDegrees(Math.asin(s));
  }
}
