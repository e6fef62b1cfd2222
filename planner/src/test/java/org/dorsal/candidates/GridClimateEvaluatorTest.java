package org.dorsal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.dorsal.radio.Atmosphere;
import org.dorsal.radio.HopEndpoint;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.PropagationGrid;
import org.junit.jupiter.api.Test;

class GridClimateEvaluatorTest {
  private final ItuHopEngineer engineer = ItuHopEngineer.withDefaults();
  private final PropagationGrid grid = PropagationGrid.peru();
  private final GridClimateEvaluator evaluator = new GridClimateEvaluator(engineer, grid);

  @Test
  void amazonHopUsesTheGridNodeRainAndHumidAir() {
    // 20 km hop around Iquitos, 45 m towers at 100 m ground: grid node (-3.75, -73.25), R0.01 99.16
    HopPath path = HopPath.between(new HopEndpoint(-3.70, -73.33, 100, 45), new HopEndpoint(-3.80, -73.17, 100, 45));
    PropagationGrid.Point point = grid.node(grid.nearestNode(-3.75, -73.25));
    assertThat(point.rainRateR001MmPerHour()).isEqualTo(99.16);
    var expected = engineer.engineer(path, engineer.prepare(point.climate(Atmosphere.amazon())));
    assertThat(evaluator.engineer(path)).isEqualTo(expected);
    // and again from the cache
    assertThat(evaluator.engineer(path)).isEqualTo(expected);
  }

  @Test
  void andeanHopUsesHighAltitudeAir() {
    HopPath path = HopPath.between(new HopEndpoint(-13.45, -72.05, 3400, 30), new HopEndpoint(-13.55, -71.95, 3900, 30));
    PropagationGrid.Point point = grid.node(grid.nearestNode(-13.5, -72.0));
    var expected = engineer.engineer(path, engineer.prepare(point.climate(Atmosphere.andes4000m())));
    assertThat(evaluator.engineer(path)).isEqualTo(expected);
  }

  @Test
  void airClassesFollowAltitudeThenRain() {
    assertThat(GridClimateEvaluator.air(4200, 30)).isEqualTo(Atmosphere.andes4000m());
    assertThat(GridClimateEvaluator.air(2000, 30)).isEqualTo(Atmosphere.andes3000m());
    assertThat(GridClimateEvaluator.air(150, 95)).isEqualTo(Atmosphere.amazon());
    assertThat(GridClimateEvaluator.air(50, 12)).isEqualTo(Atmosphere.seaLevelStandard());
  }
}
