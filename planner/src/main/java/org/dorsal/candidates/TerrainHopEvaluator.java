package org.dorsal.candidates;

import org.dorsal.model.ElevationGrid;
import org.dorsal.radio.HopEngineering;
import org.dorsal.radio.HopPath;
import org.dorsal.radio.TerrainProfile;

/**
 * Engineers each hop over the ground of an elevation grid: samples the profile under the hop
 * ({@link ProfileSampler}) and hands the path with that profile to another evaluator, so a hop
 * whose line of sight is blocked by a ridge is rejected as NO_CLEARANCE. The path keeps its
 * endpoints (ground from the nodes), length and clutter height; clutter stands on the sampled
 * ground. A path that already carries a profile keeps it, and a hop the grid has no data for is
 * engineered as it is (straight ground between the ends). Thread-safe when the inner evaluator is.
 */
public final class TerrainHopEvaluator implements HopEvaluator {
  private final ProfileSampler sampler;
  private final HopEvaluator inner;

  /** Samples {@code grid} with the default cap of interior samples. */
  public TerrainHopEvaluator(ElevationGrid grid, HopEvaluator inner) {
    this(new ProfileSampler(grid), inner);
  }

  public TerrainHopEvaluator(ProfileSampler sampler, HopEvaluator inner) {
    if (sampler == null || inner == null) {
      throw new IllegalArgumentException("a sampler and an inner evaluator are needed");
    }
    this.sampler = sampler;
    this.inner = inner;
  }

  @Override
  public HopEngineering engineer(HopPath path) {
    if (path.terrain() != null) {
      return inner.engineer(path);
    }
    TerrainProfile profile = sampler.profile(path);
    return inner.engineer(profile == null ? path : path.withTerrain(profile));
  }
}
