package org.dorsal.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** microwave-links.md §8 modulation table: capacities by channel width, thresholds. */
class ModulationLadderTest {

  @Test
  void capacityTable() {
    double[] channels = {7, 14, 28, 56, 112};
    double[][] table = {
      {9, 18, 36, 73, 146},
      {20, 40, 80, 160, 320},
      {25, 51, 101, 203, 405},
      {32, 64, 129, 257, 514},
      {38, 76, 152, 304, 607},
      {42, 84, 169, 338, 675},
      {48, 95, 190, 381, 762},
      {53, 106, 213, 426, 851},
      {58, 116, 232, 465, 930},
      {63, 127, 253, 507, 1014},
    };
    ModulationLadder ladder = ModulationLadder.defaults();
    for (int m = 0; m < table.length; m++) {
      for (int c = 0; c < channels.length; c++) {
        assertThat(ladder.step(m).capacityMbps(channels[c]))
            .as("%s at %s MHz", ladder.step(m).name(), channels[c])
            .isCloseTo(table[m][c], within(0.5));
      }
    }
  }

  @Test
  void thresholdScalesWithChannelWidth() {
    Modulation qpsk = ModulationLadder.defaults().step(0);
    assertThat(qpsk.thresholdDbm(56)).isEqualTo(-87.0);
    assertThat(qpsk.thresholdDbm(28)).isCloseTo(-90.0, within(0.02));
    // RAy11 at 28 MHz: QPSK -90 dBm, 256QAM -69 dBm, within about 1 dB.
    assertThat(ModulationLadder.defaults().step(5).thresholdDbm(28)).isCloseTo(-69.0, within(1.0));
  }
}
