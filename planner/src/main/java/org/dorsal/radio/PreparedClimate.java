package org.dorsal.radio;

/**
 * A climate with its per-band constants worked out once for one engineer (gaseous and rain
 * specific attenuation, the rain-rate term of the distance factor). Reuse it for every hop in
 * the same climate; it is immutable and may be shared between threads.
 */
public final class PreparedClimate {

  final ItuHopEngineer owner;
  final RadioClimate climate;
  final double[] gasDbPerKm;
  final double[] rainGammaDbPerKm;
  final double[] distanceFactorTerm;

  PreparedClimate(
      ItuHopEngineer owner,
      RadioClimate climate,
      double[] gasDbPerKm,
      double[] rainGammaDbPerKm,
      double[] distanceFactorTerm) {
    this.owner = owner;
    this.climate = climate;
    this.gasDbPerKm = gasDbPerKm;
    this.rainGammaDbPerKm = rainGammaDbPerKm;
    this.distanceFactorTerm = distanceFactorTerm;
  }

  public RadioClimate climate() {
    return climate;
  }
}
