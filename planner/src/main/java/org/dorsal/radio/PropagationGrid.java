package org.dorsal.radio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ITU-R propagation inputs on a regular latitude/longitude grid, interpolated bilinearly: rain
 * rate R0.01 (P.837), refractivity gradient dN1 (P.453) and terrain roughness s_a (P.530). The
 * bundled grid covers Peru at 0.25 degrees ({@link #peru()}); its sources are in
 * instances/SOURCES.md. Points outside the grid are refused rather than extrapolated.
 */
public final class PropagationGrid {
  private static final String PERU_RESOURCE = "peru-propagation-grid.csv";

  private final double lat0Deg;
  private final double lon0Deg;
  private final double stepDeg;
  private final int latCount;
  private final int lonCount;
  private final double[] rainRate;
  private final double[] dn1;
  private final double[] roughness;

  /** The inputs at one point. */
  public record Point(double rainRateR001MmPerHour, double refractivityGradientDn1, double terrainRoughnessM) {

    /** Multipath geoclimatic factor K from dN1 and s_a (P.530 Eq. 4). */
    public double geoclimaticFactorK() {
      return MultipathFading.geoclimaticFactor(refractivityGradientDn1, terrainRoughnessM);
    }

    /** The hop climate with this rain rate and K, and the given air. */
    public RadioClimate climate(Atmosphere atmosphere) {
      return new RadioClimate(rainRateR001MmPerHour, geoclimaticFactorK(), atmosphere);
    }
  }

  private PropagationGrid(double lat0Deg, double lon0Deg, double stepDeg, int latCount, int lonCount,
      double[] rainRate, double[] dn1, double[] roughness) {
    this.lat0Deg = lat0Deg;
    this.lon0Deg = lon0Deg;
    this.stepDeg = stepDeg;
    this.latCount = latCount;
    this.lonCount = lonCount;
    this.rainRate = rainRate;
    this.dn1 = dn1;
    this.roughness = roughness;
  }

  /** The bundled grid for Peru (latitude -18.5..0, longitude -81.5..-68.5, 0.25 degrees). */
  public static PropagationGrid peru() {
    return Holder.PERU;
  }

  private static final class Holder {
    static final PropagationGrid PERU = load(PERU_RESOURCE, -18.5, -81.5, 0.25, 75, 53);
  }

  private static PropagationGrid load(String resource, double lat0, double lon0, double step, int latCount,
      int lonCount) {
    int n = latCount * lonCount;
    double[] rain = new double[n];
    double[] dn1 = new double[n];
    double[] sa = new double[n];
    boolean[] seen = new boolean[n];
    try (InputStream in = PropagationGrid.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",");
        int i = (int) Math.round((Double.parseDouble(f[0]) - lat0) / step);
        int j = (int) Math.round((Double.parseDouble(f[1]) - lon0) / step);
        int k = i * lonCount + j;
        rain[k] = Double.parseDouble(f[2]);
        dn1[k] = Double.parseDouble(f[3]);
        sa[k] = Double.parseDouble(f[4]);
        seen[k] = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int k = 0; k < n; k++) {
      if (!seen[k]) {
        throw new IllegalStateException(resource + " lacks grid node " + k);
      }
    }
    return new PropagationGrid(lat0, lon0, step, latCount, lonCount, rain, dn1, sa);
  }

  /** Whether the point lies inside the grid. */
  public boolean covers(double latDeg, double lonDeg) {
    double u = (latDeg - lat0Deg) / stepDeg;
    double v = (lonDeg - lon0Deg) / stepDeg;
    return u >= 0 && v >= 0 && u <= latCount - 1 && v <= lonCount - 1;
  }

  /** Number of grid nodes. */
  public int nodeCount() {
    return latCount * lonCount;
  }

  /** Index of the grid node nearest a point inside the grid. */
  public int nearestNode(double latDeg, double lonDeg) {
    requireCovered(latDeg, lonDeg);
    int i = (int) Math.round((latDeg - lat0Deg) / stepDeg);
    int j = (int) Math.round((lonDeg - lon0Deg) / stepDeg);
    return i * lonCount + j;
  }

  /** The stored rain rate R0.01 at one grid node. */
  public double rainRateR001MmPerHour(int index) {
    return rainRate[index];
  }

  /** The stored inputs at one grid node. */
  public Point node(int index) {
    return new Point(rainRate[index], dn1[index], roughness[index]);
  }

  private void requireCovered(double latDeg, double lonDeg) {
    if (!covers(latDeg, lonDeg)) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "(%.4f, %.4f) lies outside the propagation grid (latitude %.2f..%.2f, longitude %.2f..%.2f)",
          latDeg, lonDeg, lat0Deg, lat0Deg + (latCount - 1) * stepDeg, lon0Deg, lon0Deg + (lonCount - 1) * stepDeg));
    }
  }

  /** The bilinearly interpolated inputs at a point inside the grid. */
  public Point at(double latDeg, double lonDeg) {
    requireCovered(latDeg, lonDeg);
    double u = (latDeg - lat0Deg) / stepDeg;
    double v = (lonDeg - lon0Deg) / stepDeg;
    int i = Math.min((int) u, latCount - 2);
    int j = Math.min((int) v, lonCount - 2);
    double fu = u - i;
    double fv = v - j;
    return new Point(interpolate(rainRate, i, j, fu, fv), interpolate(dn1, i, j, fu, fv),
        interpolate(roughness, i, j, fu, fv));
  }

  private double interpolate(double[] values, int i, int j, double fu, double fv) {
    int k = i * lonCount + j;
    double low = values[k] * (1 - fv) + values[k + 1] * fv;
    double high = values[k + lonCount] * (1 - fv) + values[k + lonCount + 1] * fv;
    return low * (1 - fu) + high * fu;
  }
}
