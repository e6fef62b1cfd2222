package org.dorsal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ElevationGridTest {
  private static final float NO_DATA = -9999f;

  /**
   * 3 rows x 4 cols of 0.25 deg from (-72, -14): centres at lat -13.375, -13.625, -13.875 (rows 0-2,
   * north first) and lon -71.875, -71.625, -71.375, -71.125.
   */
  private static ElevationGrid grid(float... values) {
    return ElevationGrid.of(-72, -14, 0.25, 3, 4, NO_DATA, values);
  }

  private static final float[] VALUES = {
      100, 200, 300, 400,
      500, 600, 700, 800,
      900, 1000, 1100, 1200};

  private static double centreLat(int row) {
    return -13.25 - (row + 0.5) * 0.25;
  }

  private static double centreLon(int col) {
    return -72 + (col + 0.5) * 0.25;
  }

  @Test
  void exactAtCellCentres() {
    ElevationGrid g = grid(VALUES);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        assertThat(g.elevationM(centreLat(r), centreLon(c))).isEqualTo(VALUES[r * 4 + c]);
        assertThat(g.cellElevationM(r, c)).isEqualTo(VALUES[r * 4 + c]);
      }
    }
  }

  @Test
  void bilinearBetweenCentres() {
    ElevationGrid g = grid(VALUES);
    // the middle of cells (0,0), (0,1), (1,0), (1,1)
    assertThat(g.elevationM(-13.5, -71.75)).isEqualTo(350.0);
    // a quarter of the way south, half-way east: north 150, south 550 -> 250
    assertThat(g.elevationM(-13.4375, -71.75)).isEqualTo(250.0);
    // against the weighted sum of the four corners at random points between centres
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      double t = random.nextDouble();
      double u = random.nextDouble();
      int r = random.nextInt(2);
      int c = random.nextInt(3);
      double lat = centreLat(r) - t * 0.25;
      double lon = centreLon(c) + u * 0.25;
      double expected = (1 - t) * (1 - u) * VALUES[r * 4 + c] + (1 - t) * u * VALUES[r * 4 + c + 1]
          + t * (1 - u) * VALUES[(r + 1) * 4 + c] + t * u * VALUES[(r + 1) * 4 + c + 1];
      assertThat(g.elevationM(lat, lon)).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void outermostCellsExtendFlatToTheEdge() {
    ElevationGrid g = grid(VALUES);
    assertThat(g.elevationM(-13.25, -72.0)).isEqualTo(100.0); // north-west corner
    assertThat(g.elevationM(-14.0, -71.0)).isEqualTo(1200.0); // south-east corner
    assertThat(g.elevationM(-13.3, -71.75)).isEqualTo(150.0); // north of row 0's centres
  }

  @Test
  void nanOutsideTheGrid() {
    ElevationGrid g = grid(VALUES);
    assertThat(g.elevationM(-13.2, -71.5)).isNaN();
    assertThat(g.elevationM(-14.01, -71.5)).isNaN();
    assertThat(g.elevationM(-13.5, -72.01)).isNaN();
    assertThat(g.elevationM(-13.5, -70.99)).isNaN();
    assertThat(g.elevationM(Double.NaN, -71.5)).isNaN();
    assertThat(g.covers(-13.5, -71.5)).isTrue();
    assertThat(g.covers(-13.5, -70.9)).isFalse();
  }

  @Test
  void nanWhereANeededCellHasNoData() {
    float[] values = VALUES.clone();
    values[5] = NO_DATA; // cell (1, 1)
    ElevationGrid g = grid(values);
    assertThat(g.cellElevationM(1, 1)).isNaN();
    assertThat(g.elevationM(centreLat(1), centreLon(1))).isNaN();
    assertThat(g.elevationM(-13.5, -71.75)).isNaN(); // needs (1, 1)
    assertThat(g.elevationM(-13.75, -71.5)).isNaN(); // needs (1, 1) from the other side
    // points that need only cells with data
    assertThat(g.elevationM(centreLat(0), centreLon(0))).isEqualTo(100.0);
    assertThat(g.elevationM(centreLat(0), -71.75)).isEqualTo(150.0);
    assertThat(g.elevationM(-13.5, centreLon(0))).isEqualTo(300.0);
    assertThat(g.elevationM(-13.5, -71.25)).isEqualTo(550.0);
  }

  @Test
  void nanCellsHaveNoDataWithoutANoDataValue() {
    float[] values = VALUES.clone();
    values[0] = Float.NaN;
    ElevationGrid g = ElevationGrid.of(-72, -14, 0.25, 3, 4, Float.NaN, values);
    assertThat(g.elevationM(centreLat(0), centreLon(0))).isNaN();
    assertThat(g.elevationM(centreLat(0), centreLon(1))).isEqualTo(200.0);
  }

  @Test
  void closeAtCellCentresOfAThreeArcSecondGrid() {
    double cell = 3.0 / 3600;
    int rows = 40;
    int cols = 50;
    float[] values = new float[rows * cols];
    Random random = new Random(7);
    for (int i = 0; i < values.length; i++) {
      values[i] = 2000 + random.nextInt(3000);
    }
    double west = -72 - cell / 2; // an SRTM-style tile corner
    double south = -14 - cell / 2;
    ElevationGrid g = ElevationGrid.of(west, south, cell, rows, cols, NO_DATA, values);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double lat = south + (rows - r - 0.5) * cell;
        double lon = west + (c + 0.5) * cell;
        assertThat(g.elevationM(lat, lon)).isCloseTo(values[r * cols + c], within(1e-6));
      }
    }
  }

  @Test
  void valuesAreCopiedAndShapeChecked() {
    float[] values = VALUES.clone();
    ElevationGrid g = grid(values);
    values[0] = 0;
    assertThat(g.cellElevationM(0, 0)).isEqualTo(100.0);
    assertThat(g.northEdgeLatDeg()).isEqualTo(-13.25);
    assertThat(g.eastEdgeLonDeg()).isEqualTo(-71.0);
    assertThatThrownBy(() -> ElevationGrid.of(-72, -14, 0.25, 3, 3, NO_DATA, VALUES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ElevationGrid.of(-72, -14, 0, 3, 4, NO_DATA, VALUES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ElevationGrid.Builder(-72, -14, 0.25, 100_000, 100_000, NO_DATA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSingleCellGridIsFlat() {
    ElevationGrid g = ElevationGrid.of(-72, -14, 0.5, 1, 1, NO_DATA, new float[] {321});
    assertThat(g.elevationM(-13.5, -71.9)).isEqualTo(321.0);
    assertThat(g.elevationM(-13.75, -71.75)).isEqualTo(321.0);
  }
}
