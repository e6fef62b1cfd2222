package org.dorsal.radio;

import java.util.List;

/** Adaptive-modulation steps ordered from the most robust (lowest capacity) to the fastest. */
public record ModulationLadder(List<Modulation> steps) {

  public ModulationLadder {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a modulation ladder needs at least one step");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).efficiencyBitsPerHz() <= steps.get(i - 1).efficiencyBitsPerHz()) {
        throw new IllegalArgumentException("ladder steps must have increasing efficiency");
      }
    }
  }

  /**
   * QPSK to 4096QAM after microwave-links.md §8: RACOM RAy17 (QPSK-256QAM, 56 MHz), RAy3
   * (4096QAM), 512-2048QAM interpolated; back-off fitted to RAy11 and PTP 800 (assumptions).
   */
  public static ModulationLadder defaults() {
    return new ModulationLadder(
        List.of(
            new Modulation("QPSK", -87.0, 1.30, 0.0),
            new Modulation("16QAM", -80.0, 2.86, 0.0),
            new Modulation("32QAM", -76.0, 3.62, 2.0),
            new Modulation("64QAM", -73.0, 4.59, 2.0),
            new Modulation("128QAM", -69.0, 5.42, 4.0),
            new Modulation("256QAM", -66.0, 6.03, 5.0),
            new Modulation("512QAM", -63.0, 6.8, 6.0),
            new Modulation("1024QAM", -60.0, 7.6, 7.0),
            new Modulation("2048QAM", -57.0, 8.3, 8.0),
            new Modulation("4096QAM", -53.5, 9.05, 9.0)));
  }

  public int size() {
    return steps.size();
  }

  public Modulation step(int index) {
    return steps.get(index);
  }
}
