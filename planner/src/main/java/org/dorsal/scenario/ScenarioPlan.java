package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import java.util.List;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;

/**
 * One plan of a comparison, ready to solve: the base itself or a scenario applied to it.
 *
 * @param file the scenario file, null for the base
 * @param instance what is planned: patched, expanded, links dropped, scaled
 * @param instanceLabel the file the result's provenance names (the base file, or the written
 *     scenario instance)
 * @param instanceBytes that file's bytes
 * @param instanceFileName the file name to write {@code instanceBytes} under, null for the base
 *     (whose file exists); ending in {@code .gz} when they are to be written gzip-compressed
 */
public record ScenarioPlan(String name, String description, String file, Multipliers multipliers,
    List<Technology> droppedTechnologies, Instance instance, String instanceLabel, byte[] instanceBytes,
    String instanceFileName) {

  public ScenarioPlan {
    droppedTechnologies = List.copyOf(droppedTechnologies);
  }

  public boolean isBase() {
    return file == null;
  }
}
