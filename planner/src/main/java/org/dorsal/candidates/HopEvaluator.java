package org.dorsal.candidates;

import org.dorsal.radio.HopEngineer;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.ItuHopEngineer;
import org.dorsal.radio.PreparedClimate;
import org.dorsal.radio.RadioClimate;

/**
 * Engineers one candidate microwave hop: an engineer bound to its climate. An implementation may
 * pick the climate from the path's position. Must be thread-safe when the generator runs in
 * parallel.
 */
@FunctionalInterface
public interface HopEvaluator {

  HopEngineering engineer(HopPath path);

  /** The ITU engineer with a climate prepared once (the fast path; thread-safe). */
  static HopEvaluator of(ItuHopEngineer engineer, PreparedClimate climate) {
    return path -> engineer.engineer(path, climate);
  }

  /** Any engineer in one climate; ITU engineers get the climate prepared once. */
  static HopEvaluator of(HopEngineer engineer, RadioClimate climate) {
    if (engineer instanceof ItuHopEngineer itu) {
      return of(itu, itu.prepare(climate));
    }
    return path -> engineer.engineer(path, climate);
  }
}
