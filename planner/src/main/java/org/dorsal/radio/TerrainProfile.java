package org.dorsal.radio;

import java.util.Arrays;

/**
 * Ground elevation samples along a hop, measured from end A. Immutable: the arrays are copied in
 * and never handed out.
 */
public final class TerrainProfile {

  private final double[] distanceKm;
  private final double[] elevationM;

  private TerrainProfile(double[] distanceKm, double[] elevationM) {
    this.distanceKm = distanceKm;
    this.elevationM = elevationM;
  }

  /** A profile from parallel arrays of (distance from A in km, ground elevation in m). */
  public static TerrainProfile of(double[] distanceKm, double[] elevationM) {
    if (distanceKm.length != elevationM.length) {
      throw new IllegalArgumentException("profile arrays differ in length");
    }
    for (int i = 0; i < distanceKm.length; i++) {
      if (!Double.isFinite(distanceKm[i]) || !Double.isFinite(elevationM[i])) {
        throw new IllegalArgumentException("profile sample " + i + " is not finite");
      }
    }
    return new TerrainProfile(distanceKm.clone(), elevationM.clone());
  }

  public int size() {
    return distanceKm.length;
  }

  public double distanceKm(int index) {
    return distanceKm[index];
  }

  public double elevationM(int index) {
    return elevationM[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TerrainProfile p
        && Arrays.equals(distanceKm, p.distanceKm)
        && Arrays.equals(elevationM, p.elevationM);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(distanceKm) + Arrays.hashCode(elevationM);
  }

  @Override
  public String toString() {
    return "TerrainProfile[" + distanceKm.length + " samples]";
  }
}
