package org.dorsal.radio;

/** Engineers a point-to-point microwave hop: which equipment options close, with what capacity. */
public interface HopEngineer {

  /** Engineers one hop in one climate. Never throws for a geometrically valid path. */
  HopEngineering engineer(HopPath path, RadioClimate climate);
}
