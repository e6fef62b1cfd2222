package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeodesyTest {

  /**
   * Lima, Plaza de Armas (-12.0464, -77.0428) to Cusco, Plaza de Armas (-13.5320, -71.9675).
   * Independent check with the spherical law of cosines (not the haversine the code uses):
   * sin(lat1) = -0.208704, sin(lat2) = -0.233988, cos(lat1) = 0.977979, cos(lat2) = 0.972239,
   * cos(dLon = 5.0753°) = 0.996079; cos c = 0.048834 + 0.950824 × 0.996079 ... written out:
   * 0.208704 × 0.233988 = 0.048834; 0.977979 × 0.972239 × 0.996079 = 0.947102; sum 0.995936;
   * c = acos(0.995936) = 0.090187 rad; × 6371.0088 km = 574.6 km. (Commonly quoted as ~573 km;
   * the figure depends on which points of the two cities are taken.) A flat equirectangular
   * estimate gives 574.6 km as well.
   */
  @Test
  void limaToCusco() {
    double d = Geodesy.distanceKm(-12.0464, -77.0428, -13.5320, -71.9675);
    assertThat(d).isCloseTo(574.6, within(1.0));
  }

  @Test
  void oneDegreeOfMeridianAndEquator() {
    // 2 pi R / 360 = 111.19508 km
    assertThat(Geodesy.distanceKm(0, 0, 1, 0)).isCloseTo(111.19508, within(1e-4));
    assertThat(Geodesy.distanceKm(0, 10, 0, 11)).isCloseTo(111.19508, within(1e-4));
    assertThat(Geodesy.KM_PER_DEGREE).isCloseTo(111.19508, within(1e-4));
  }

  @Test
  void symmetricZeroAndAntipodes() {
    assertThat(Geodesy.distanceKm(-9.5, -77.5, -9.5, -77.5)).isZero();
    assertThat(Geodesy.distanceKm(-9.5, -77.5, 3.0, 120.0))
        .isEqualTo(Geodesy.distanceKm(3.0, 120.0, -9.5, -77.5));
    // the haversine loses digits near antipodes (asin near 1): 0.2 m here
    assertThat(Geodesy.distanceKm(10, 20, -10, -160))
        .isCloseTo(Math.PI * Geodesy.EARTH_RADIUS_KM, within(1e-3));
    // across the antimeridian: 179.5 E to 179.5 W on the equator is one degree
    assertThat(Geodesy.distanceKm(0, 179.5, 0, -179.5)).isCloseTo(111.19508, within(1e-4));
  }

  @Test
  void longitudeSpanBoundsTheCircle() {
    // a point due "east" at the tangent meridian lies exactly radius away
    double lat = -40;
    double r = 300;
    double span = Geodesy.maxLongitudeSpanDeg(lat, r);
    double best = Double.POSITIVE_INFINITY;
    for (double la = -50; la <= -30; la += 0.001) {
      best = Math.min(best, Geodesy.distanceKm(lat, 0, la, span));
    }
    assertThat(best).isCloseTo(r, within(0.01));
    assertThat(Geodesy.maxLongitudeSpanDeg(85, 1000)).isEqualTo(180.0);
  }
}
