package org.dorsal.candidates;

import org.dorsal.model.TerrainClass;
import org.dorsal.model.Node;

/** Decides the terrain class of a fiber route between two nodes. */
@FunctionalInterface
public interface TerrainClassifier {

  TerrainClass classify(Node a, Node b);

  /** HIGHLAND when either end stands at or above {@code elevationM}, else LOWLAND. */
  static TerrainClassifier byElevation(double elevationM) {
    return (a, b) ->
        Math.max(a.elevationM(), b.elevationM()) >= elevationM
            ? TerrainClass.HIGHLAND
            : TerrainClass.LOWLAND;
  }
}
