package org.dorsal.radio;

/**
 * The propagation climate of a hop. Rain rate and the geoclimatic factor come from the ITU maps
 * (P.837, P.453, P.530), which this package does not carry: callers pass them in.
 *
 * @param rainRateR001MmPerHour rain rate exceeded for 0.01 % of an average year (1-min)
 * @param geoclimaticFactorK multipath factor K of P.530 Eq. 4
 * @param atmosphere surface air for gaseous attenuation
 */
public record RadioClimate(
    double rainRateR001MmPerHour, double geoclimaticFactorK, Atmosphere atmosphere) {

  public RadioClimate {
    if (!(rainRateR001MmPerHour >= 0) || !(geoclimaticFactorK >= 0) || atmosphere == null) {
      throw new IllegalArgumentException(
          "climate needs a non-negative rain rate and K and an atmosphere");
    }
  }

  /** Peruvian coast: R0.01 = 10 mm/h, K of Lima (3.3e-6), sea-level standard air. */
  public static RadioClimate coast() {
    return new RadioClimate(10.0, 3.3e-6, Atmosphere.seaLevelStandard());
  }

  /** Andes near Cusco: R0.01 = 25 mm/h, K = 4.1e-6, air at about 3000 m. */
  public static RadioClimate andes() {
    return new RadioClimate(25.0, 4.1e-6, Atmosphere.andes3000m());
  }

  /** Amazon lowlands near Iquitos: R0.01 = 95 mm/h, K = 1.4e-4, warm humid air. */
  public static RadioClimate amazon() {
    return new RadioClimate(95.0, 1.4e-4, Atmosphere.amazon());
  }
}
