package org.dorsal.radio;

/** Linear polarisation of a hop, as the tilt angle τ of P.838 (relative to the horizontal). */
public enum Polarisation {
  HORIZONTAL(0.0),
  VERTICAL(90.0);

  private final double tiltDeg;

  Polarisation(double tiltDeg) {
    this.tiltDeg = tiltDeg;
  }

  /** The polarisation tilt angle τ in degrees. */
  public double tiltDeg() {
    return tiltDeg;
  }
}
