package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleBinaryOperator;
import org.dorsal.model.ElevationGrid;
import org.dorsal.radio.HopEndpoint;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.TerrainProfile;
import org.junit.jupiter.api.Test;

class ProfileSamplerTest {
  static final double CELL_DEG = 0.001;

  /** A grid over lat -14.2..-13.6, lon -72.2..-71.6 of 0.001 deg cells, valued at cell centres. */
  static ElevationGrid grid(DoubleBinaryOperator elevationAtLatLon) {
    int rows = 600;
    int cols = 600;
    double west = -72.2;
    double north = -13.6;
    float[] values = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        values[r * cols + c] = (float) elevationAtLatLon.applyAsDouble(
            north - (r + 0.5) * CELL_DEG, west + (c + 0.5) * CELL_DEG);
      }
    }
    return ElevationGrid.of(west, north - rows * CELL_DEG, CELL_DEG, rows, cols, -9999f, values);
  }

  /** Elevation rising 100 m per degree north and 50 m per degree east: bilinear reproduces it. */
  private static double tilt(double lat, double lon) {
    return 100 * (lat + 14.2) + 50 * (lon + 72.2);
  }

  private static final ElevationGrid TILTED = grid(ProfileSamplerTest::tilt);

  /** Intermediate point of the great circle at fraction f, directly from spherical trigonometry. */
  private static double[] greatCirclePoint(HopEndpoint a, HopEndpoint b, double f) {
    double p1 = Math.toRadians(a.latitudeDeg());
    double l1 = Math.toRadians(a.longitudeDeg());
    double p2 = Math.toRadians(b.latitudeDeg());
    double l2 = Math.toRadians(b.longitudeDeg());
    double delta = 2 * Math.asin(Math.sqrt(Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin((l2 - l1) / 2), 2)));
    double wa = Math.sin((1 - f) * delta) / Math.sin(delta);
    double wb = Math.sin(f * delta) / Math.sin(delta);
    double x = wa * Math.cos(p1) * Math.cos(l1) + wb * Math.cos(p2) * Math.cos(l2);
    double y = wa * Math.cos(p1) * Math.sin(l1) + wb * Math.cos(p2) * Math.sin(l2);
    double z = wa * Math.sin(p1) + wb * Math.sin(p2);
    return new double[] {
        Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))};
  }

  @Test
  void meridianHopIsSampledAboutOncePerCellWidth() {
    HopEndpoint a = new HopEndpoint(-14.0, -72.0, 900, 30);
    HopEndpoint b = new HopEndpoint(-13.9, -72.0, 950, 30);
    HopPath path = HopPath.between(a, b);
    // 11.1195 km; a cell is 0.001 deg x 111.195 km/deg x cos(13.95 deg) = 0.10792 km wide,
    // so 104 intervals of 0.10692 km and 103 interior samples
    assertThat(path.distanceKm()).isCloseTo(11.11949, within(1e-5));
    ProfileSampler sampler = new ProfileSampler(TILTED);
    assertThat(sampler.interiorSamples(path.distanceKm(), -13.95)).isEqualTo(103);
    TerrainProfile profile = sampler.profile(path);
    assertThat(profile.size()).isEqualTo(103);
    for (int i = 0; i < 103; i++) {
      double f = (i + 1) / 104.0;
      assertThat(profile.distanceKm(i)).isCloseTo(f * path.distanceKm(), within(1e-12));
      // on a meridian the great circle runs straight north
      assertThat(profile.elevationM(i)).isCloseTo(tilt(-14.0 + 0.1 * f, -72.0), within(1e-4));
    }
    // the ends are not sampled: their ground is the nodes'
    assertThat(profile.distanceKm(0)).isCloseTo(0.10692, within(1e-5));
    assertThat(profile.distanceKm(102)).isLessThan(path.distanceKm());
  }

  @Test
  void diagonalHopFollowsTheGreatCircleUpToTheCap() {
    HopEndpoint a = new HopEndpoint(-14.1, -72.1, 900, 30);
    HopEndpoint b = new HopEndpoint(-13.7, -71.7, 950, 30);
    HopPath path = HopPath.between(a, b); // 61.7 km: 572 cell widths, capped at 512
    ProfileSampler sampler = new ProfileSampler(TILTED);
    TerrainProfile profile = sampler.profile(path);
    assertThat(profile.size()).isEqualTo(ProfileSampler.DEFAULT_MAX_INTERIOR_SAMPLES);
    for (int i = 0; i < profile.size(); i++) {
      double f = (i + 1) / 513.0;
      double[] p = greatCirclePoint(a, b, f);
      assertThat(profile.distanceKm(i)).isCloseTo(f * path.distanceKm(), within(1e-12));
      assertThat(profile.elevationM(i)).isCloseTo(tilt(p[0], p[1]), within(1e-4));
    }
    // the great circle bows off the straight line in lat/lon by ~1.7e-4 deg mid-path
    double straightMid = tilt(-13.9, -71.9);
    assertThat(Math.abs(profile.elevationM(255) - straightMid)).isGreaterThan(5e-3);

    TerrainProfile capped = new ProfileSampler(TILTED, 16).profile(path);
    assertThat(capped.size()).isEqualTo(16);
    assertThat(capped.distanceKm(15)).isCloseTo(16 / 17.0 * path.distanceKm(), within(1e-12));
  }

  @Test
  void shortHopGetsTwoInteriorSamplesAndDistancesFollowThePathLength() {
    HopEndpoint a = new HopEndpoint(-14.0, -72.0, 900, 30);
    HopEndpoint b = new HopEndpoint(-14.0, -71.9995, 900, 30); // 54 m
    TerrainProfile profile = new ProfileSampler(TILTED).profile(HopPath.of(a, b, 0.06));
    assertThat(profile.size()).isEqualTo(2);
    assertThat(profile.distanceKm(0)).isCloseTo(0.02, within(1e-15));
    assertThat(profile.distanceKm(1)).isCloseTo(0.04, within(1e-15));
  }

  @Test
  void samplesWithoutDataAreLeftOut() {
    // no data in the band of latitudes -13.96..-13.94
    ElevationGrid holed = grid((lat, lon) -> lat > -13.96 && lat < -13.94 ? -9999 : tilt(lat, lon));
    HopEndpoint a = new HopEndpoint(-14.0, -72.0, 900, 30);
    HopEndpoint b = new HopEndpoint(-13.9, -72.0, 950, 30);
    HopPath path = HopPath.between(a, b);
    TerrainProfile profile = new ProfileSampler(holed).profile(path);
    assertThat(profile.size()).isLessThan(103).isGreaterThan(75);
    for (int i = 0; i < profile.size(); i++) {
      double lat = -14.0 + 0.1 * profile.distanceKm(i) / path.distanceKm();
      assertThat(lat <= -13.96 || lat >= -13.94).as("%s outside the hole", lat).isTrue();
      assertThat(profile.elevationM(i)).isCloseTo(tilt(lat, -72.0), within(1e-4));
    }
  }

  @Test
  void hopsTheGridDoesNotCoverHaveNoProfile() {
    ProfileSampler sampler = new ProfileSampler(TILTED);
    // entirely west of the grid
    assertThat(sampler.profile(HopPath.between(
        new HopEndpoint(-14.0, -73.0, 100, 30), new HopEndpoint(-13.9, -72.9, 100, 30)))).isNull();
    // past the grid's north-west corner, never inside: the box test passes, sampling finds none
    assertThat(sampler.profile(HopPath.between(
        new HopEndpoint(-13.5, -72.19, 100, 30), new HopEndpoint(-13.7, -72.3, 100, 30)))).isNull();
    // all no data
    ElevationGrid empty = grid((lat, lon) -> -9999);
    assertThat(new ProfileSampler(empty).profile(HopPath.between(
        new HopEndpoint(-14.0, -72.0, 100, 30), new HopEndpoint(-13.9, -72.0, 100, 30)))).isNull();
    // zero length
    HopEndpoint a = new HopEndpoint(-14.0, -72.0, 100, 30);
    assertThat(sampler.profile(HopPath.between(a, a))).isNull();
  }

  @Test
  void hopLeavingTheGridKeepsTheSamplesInside() {
    HopEndpoint a = new HopEndpoint(-13.9, -72.1, 900, 30);
    HopEndpoint b = new HopEndpoint(-13.9, -72.3, 950, 30); // the grid ends at -72.2
    HopPath path = HopPath.between(a, b);
    TerrainProfile profile = new ProfileSampler(TILTED).profile(path);
    assertThat(profile.distanceKm(profile.size() - 1)).isCloseTo(path.distanceKm() / 2, within(0.11));
  }
}
