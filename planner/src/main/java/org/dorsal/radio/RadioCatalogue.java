package org.dorsal.radio;

import java.util.List;

/**
 * Everything the hop engineer may choose from, and the planning assumptions that go with it.
 *
 * @param miscLossDb per-hop losses not modelled otherwise (feeders, connectors, radome)
 * @param antennaEfficiency aperture efficiency used for dish gains
 * @param clearanceCriteria all must hold at every obstacle for a band to be usable
 */
public record RadioCatalogue(
    List<BandSpec> bands,
    ModulationLadder ladder,
    List<RadioConfiguration> configurations,
    double miscLossDb,
    double antennaEfficiency,
    List<ClearanceCriterion> clearanceCriteria,
    RainTimeScaling rainTimeScaling) {

  public RadioCatalogue {
    bands = List.copyOf(bands);
    configurations = List.copyOf(configurations);
    clearanceCriteria = List.copyOf(clearanceCriteria);
    if (bands.isEmpty() || configurations.isEmpty()) {
      throw new IllegalArgumentException("a catalogue needs at least one band and configuration");
    }
  }

  /**
   * The defaults of microwave-links.md §8: 6-80 GHz, QPSK powers +28 to +15 dBm, 28 MHz channels
   * at 6-8 GHz, 56 MHz at 11-38 GHz, 500 MHz in the E-band, usual dish sizes, +4/+6 dB threshold
   * penalties at 38/80 GHz, V polarisation, 2 dB misc losses, 1+0 and 2+0 XPIC. The per-band
   * maximum hop lengths are generous pruning limits (assumption), at least the coastal QPSK
   * lengths of §9.
   */
  public static RadioCatalogue defaults() {
    List<Double> lowDishes = List.of(1.2, 1.8, 2.4, 3.0);
    List<Double> midDishes = List.of(0.3, 0.6, 0.9, 1.2);
    List<Double> narrow28 = List.of(28.0);
    List<Double> wide56 = List.of(56.0);
    Polarisation v = Polarisation.VERTICAL;
    return new RadioCatalogue(
        List.of(
            new BandSpec("6GHz", 6.0, 28.0, narrow28, lowDishes, 0.0, v, 100.0),
            new BandSpec("7GHz", 7.0, 28.0, narrow28, lowDishes, 0.0, v, 100.0),
            new BandSpec("8GHz", 8.0, 28.0, narrow28, lowDishes, 0.0, v, 100.0),
            new BandSpec("11GHz", 11.0, 25.0, wide56, List.of(0.6, 1.2, 1.8), 0.0, v, 90.0),
            new BandSpec("13GHz", 13.0, 23.0, wide56, midDishes, 0.0, v, 80.0),
            new BandSpec("15GHz", 15.0, 23.0, wide56, midDishes, 0.0, v, 75.0),
            new BandSpec("18GHz", 18.0, 21.0, wide56, midDishes, 0.0, v, 60.0),
            new BandSpec("23GHz", 23.0, 20.0, wide56, midDishes, 0.0, v, 50.0),
            new BandSpec("38GHz", 38.0, 17.0, wide56, List.of(0.3, 0.6), 4.0, v, 20.0),
            new BandSpec("80GHz", 80.0, 15.0, List.of(500.0), List.of(0.3, 0.6), 6.0, v, 10.0)),
        ModulationLadder.defaults(),
        List.of(RadioConfiguration.ONE_PLUS_ZERO, RadioConfiguration.TWO_PLUS_ZERO_XPIC),
        2.0,
        AntennaGain.DEFAULT_EFFICIENCY,
        ClearanceCriterion.industryRule(),
        RainTimeScaling.LOG_OF_POWER);
  }

  /** A copy with only these bands. */
  public RadioCatalogue withBands(List<BandSpec> newBands) {
    return new RadioCatalogue(
        newBands, ladder, configurations, miscLossDb, antennaEfficiency, clearanceCriteria,
        rainTimeScaling);
  }

  /** A copy with only these configurations. */
  public RadioCatalogue withConfigurations(List<RadioConfiguration> newConfigurations) {
    return new RadioCatalogue(
        bands, ladder, newConfigurations, miscLossDb, antennaEfficiency, clearanceCriteria,
        rainTimeScaling);
  }

  /** The band with this name, or null. */
  public BandSpec band(String name) {
    for (BandSpec band : bands) {
      if (band.name().equals(name)) {
        return band;
      }
    }
    return null;
  }
}
