package org.dorsal.io;

import java.util.List;
import org.dorsal.model.Technology;
import org.dorsal.model.Multipliers;

/**
 * A scenario file ({@code "schema": "dorsal-scenario/1"}, docs/scenarios.md) as read and checked.
 *
 * @param file how errors and results name the file
 * @param name identifier-like name, used in output file names
 * @param multipliers factors applied after candidate generation ({@link Multipliers#NONE} if none)
 * @param dropLinkTechnologies links of these technologies, given or generated, are removed
 * @param patch the changes to the base instance's JSON
 */
public record ScenarioFile(String file, String name, String description, Multipliers multipliers,
    List<Technology> dropLinkTechnologies, InstancePatch patch) {

  public static final String SCHEMA_TAG = "dorsal-scenario/1";

  public ScenarioFile {
    dropLinkTechnologies = List.copyOf(dropLinkTechnologies);
  }
}
