package org.dorsal.radio;

/**
 * Surface air along a hop, the input of the gaseous attenuation model (ITU-R P.676 Annex 1).
 *
 * @param dryAirPressureHpa dry-air pressure p (the water-vapour partial pressure is derived from
 *     the density and added where P.676 asks for total pressure)
 * @param temperatureK air temperature
 * @param waterVapourDensityGPerM3 absolute humidity
 */
public record Atmosphere(
    double dryAirPressureHpa, double temperatureK, double waterVapourDensityGPerM3) {

  public Atmosphere {
    if (!(dryAirPressureHpa > 0) || !(temperatureK > 0) || !(waterVapourDensityGPerM3 >= 0)) {
      throw new IllegalArgumentException(
          "atmosphere needs positive pressure and temperature and a non-negative humidity");
    }
  }

  /** Sea level, 15 °C, 7.5 g/m³ (the ITU reference atmosphere at the surface). */
  public static Atmosphere seaLevelStandard() {
    return new Atmosphere(1013.25, 288.15, 7.5);
  }

  /** Amazon lowlands: sea-level pressure, 27 °C, 20 g/m³. */
  public static Atmosphere amazon() {
    return new Atmosphere(1013.25, 300.15, 20.0);
  }

  /** Andes at about 3000 m: 700 hPa, 6 g/m³, 10 °C (temperature assumed; fits the §4 table). */
  public static Atmosphere andes3000m() {
    return new Atmosphere(700.0, 283.15, 6.0);
  }

  /** Andes at about 4000 m: 620 hPa, 5 g/m³, 5 °C (temperature assumed; fits the §4 table). */
  public static Atmosphere andes4000m() {
    return new Atmosphere(620.0, 278.15, 5.0);
  }
}
