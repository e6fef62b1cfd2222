package org.dorsal.candidates;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dorsal.radio.Atmosphere;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.PreparedClimate;
import org.dorsal.radio.PropagationGrid;

/**
 * Engineers each hop in the climate of its place: rain rate and multipath factor of the
 * propagation-grid node nearest the hop's midpoint, and air by the mean antenna altitude (at least
 * 3,500 m: Andes at 4,000 m; at least 1,500 m: Andes at 3,000 m; lower: Amazon air where R0.01 is
 * at least {@value #HUMID_RAIN_RATE_MM_PER_HOUR} mm/h, else the sea-level standard). Prepared
 * climates are cached per grid node and air class; thread-safe.
 */
public final class GridClimateEvaluator implements HopEvaluator {
  static final double HUMID_RAIN_RATE_MM_PER_HOUR = 60;
  private static final Atmosphere[] AIR = {
      Atmosphere.seaLevelStandard(), Atmosphere.amazon(), Atmosphere.andes3000m(), Atmosphere.andes4000m()};

  private final ItuHopEngineer engineer;
  private final PropagationGrid grid;
  private final AtomicReferenceArray<PreparedClimate> prepared;

  public GridClimateEvaluator(ItuHopEngineer engineer, PropagationGrid grid) {
    this.engineer = engineer;
    this.grid = grid;
    this.prepared = new AtomicReferenceArray<>(grid.nodeCount() * AIR.length);
  }

  @Override
  public HopEngineering engineer(HopPath path) {
    double lat = (path.a().latitudeDeg() + path.b().latitudeDeg()) / 2;
    double lon = (path.a().longitudeDeg() + path.b().longitudeDeg()) / 2;
    int node = grid.nearestNode(lat, lon);
    int air = airClass((path.a().antennaAslM() + path.b().antennaAslM()) / 2, grid.rainRateR001MmPerHour(node));
    int slot = node * AIR.length + air;
    PreparedClimate climate = prepared.get(slot);
    if (climate == null) {
      climate = engineer.prepare(grid.node(node).climate(AIR[air]));
      prepared.compareAndSet(slot, null, climate);
    }
    return engineer.engineer(path, climate);
  }

  /** 0 sea level, 1 Amazon, 2 Andes 3,000 m, 3 Andes 4,000 m. */
  static int airClass(double altitudeM, double rainRateMmPerHour) {
    if (altitudeM >= 3500) {
      return 3;
    }
    if (altitudeM >= 1500) {
      return 2;
    }
    return rainRateMmPerHour >= HUMID_RAIN_RATE_MM_PER_HOUR ? 1 : 0;
  }

  /** The air used for a hop at this altitude and rain rate. */
  static Atmosphere air(double altitudeM, double rainRateMmPerHour) {
    return AIR[airClass(altitudeM, rainRateMmPerHour)];
  }
}
