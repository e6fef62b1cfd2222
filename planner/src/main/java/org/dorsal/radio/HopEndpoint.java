package org.dorsal.radio;

/**
 * One end of a hop.
 *
 * @param groundElevationM ground at the tower, m above sea level
 * @param antennaHeightM antenna centre above ground
 */
public record HopEndpoint(
    double latitudeDeg, double longitudeDeg, double groundElevationM, double antennaHeightM) {

  /** Antenna centre above sea level. */
  public double antennaAslM() {
    return groundElevationM + antennaHeightM;
  }
}
