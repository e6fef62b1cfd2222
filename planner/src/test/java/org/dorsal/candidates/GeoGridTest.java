package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoGridTest {

  private static double[][] randomPeru(int n, long seed) {
    Random rnd = new Random(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      // a quarter of the points in a dense cluster, the rest over Peru's bounding box
      if (i % 4 == 0) {
        lat[i] = -13.5 + rnd.nextGaussian() * 0.05;
        lon[i] = -72.0 + rnd.nextGaussian() * 0.05;
      } else {
        lat[i] = -18.4 + rnd.nextDouble() * 18.4;
        lon[i] = -81.4 + rnd.nextDouble() * 12.7;
      }
    }
    // a few exact duplicates (co-located nodes)
    for (int i = 1; i < n; i += 97) {
      lat[i] = lat[i - 1];
      lon[i] = lon[i - 1];
    }
    return new double[][] {lat, lon};
  }

  private static double[][] randomWorld(int n, long seed) {
    Random rnd = new Random(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
      lon[i] = -180 + 360 * rnd.nextDouble();
      if (i % 50 == 0) {
        lon[i] = rnd.nextBoolean() ? 179.9 + rnd.nextDouble() * 0.1 : -180 + rnd.nextDouble() * 0.1;
      }
      if (i % 211 == 0) {
        lat[i] = rnd.nextBoolean() ? 89.95 : -89.95;
      }
    }
    return new double[][] {lat, lon};
  }

  /** Other points within r of i, sorted by (distance, index), by brute force. */
  private static int[] bruteWithin(double[] lat, double[] lon, int i, double r) {
    List<double[]> hits = new ArrayList<>();
    for (int j = 0; j < lat.length; j++) {
      if (j == i) {
        continue;
      }
      double d = Geodesy.distanceKm(lat[i], lon[i], lat[j], lon[j]);
      if (d <= r) {
        hits.add(new double[] {d, j});
      }
    }
    hits.sort(Comparator.<double[]>comparingDouble(h -> h[0]).thenComparingDouble(h -> h[1]));
    return hits.stream().mapToInt(h -> (int) h[1]).toArray();
  }

  private static int[] bruteNearest(double[] lat, double[] lon, int i, int k, double maxKm) {
    int[] all = bruteWithin(lat, lon, i, maxKm);
    return java.util.Arrays.copyOf(all, Math.min(k, all.length));
  }

  private static void checkAgainstBruteForce(double[][] pts, double[] radii, int[] ks) {
    double[] lat = pts[0];
    double[] lon = pts[1];
    GeoGrid grid = GeoGrid.of(lat, lon);
    Neighbours out = new Neighbours();
    for (int i = 0; i < lat.length; i++) {
      double r = radii[i % radii.length];
      assertThat(grid.neighboursWithin(i, r))
          .as("within %s km of %s", r, i)
          .containsExactly(bruteWithin(lat, lon, i, r));
      int k = ks[i % ks.length];
      grid.kNearest(i, k, Double.POSITIVE_INFINITY, out);
      assertThat(out.toIndexArray())
          .as("%s nearest of %s", k, i)
          .containsExactly(bruteNearest(lat, lon, i, k, Double.POSITIVE_INFINITY));
      grid.kNearest(i, k, 60.0, out);
      assertThat(out.toIndexArray())
          .as("%s nearest of %s within 60 km", k, i)
          .containsExactly(bruteNearest(lat, lon, i, k, 60.0));
      for (int m = 0; m < out.size(); m++) {
        assertThat(out.distanceKm(m)).isEqualTo(grid.distanceKm(i, out.index(m)));
      }
    }
  }

  @Test
  void queriesEqualBruteForceOverPeru() {
    checkAgainstBruteForce(
        randomPeru(2000, 42), new double[] {0.0, 1.0, 10.0, 60.0, 250.0}, new int[] {1, 4, 8, 30});
  }

  @Test
  void queriesEqualBruteForceOverTheWholeSphere() {
    // antimeridian and near-pole points included
    checkAgainstBruteForce(
        randomWorld(2000, 7), new double[] {50.0, 500.0, 3000.0}, new int[] {1, 8, 25});
  }

  @Test
  void explicitCellSizesGiveTheSameAnswers() {
    double[][] pts = randomPeru(2000, 3);
    GeoGrid coarse = new GeoGrid(pts[0], pts[1], 2.0);
    GeoGrid fine = new GeoGrid(pts[0], pts[1], 0.01);
    for (int i = 0; i < 2000; i += 13) {
      assertThat(fine.neighboursWithin(i, 80)).containsExactly(coarse.neighboursWithin(i, 80));
      assertThat(fine.kNearest(i, 8)).containsExactly(coarse.kNearest(i, 8));
    }
  }

  @Test
  void tinyAndEmptyGrids() {
    GeoGrid empty = GeoGrid.of(new double[0], new double[0]);
    assertThat(empty.size()).isZero();
    GeoGrid one = GeoGrid.of(new double[] {-12}, new double[] {-77});
    assertThat(one.neighboursWithin(0, 100)).isEmpty();
    assertThat(one.kNearest(0, 3)).isEmpty();
    GeoGrid two = GeoGrid.of(new double[] {-12, -12}, new double[] {-77, -77});
    assertThat(two.neighboursWithin(0, 0)).containsExactly(1);
    assertThat(two.kNearest(1, 3)).containsExactly(0);
  }
}
