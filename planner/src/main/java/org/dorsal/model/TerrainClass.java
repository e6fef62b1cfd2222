package org.dorsal.model;

/**
 * Coarse terrain of a fiber route, for the civil-works cost per km. cost-figures.md found no
 * Peru-specific split by terrain, so the classes are broad: the default rule only looks at the
 * elevation of the two ends.
 */
public enum TerrainClass {
  /** Coast and Amazon lowlands: cable on existing power-line poles and ducts is the norm. */
  LOWLAND,
  /** Andean highlands: long climbs, rock, few existing poles. */
  HIGHLAND
}
