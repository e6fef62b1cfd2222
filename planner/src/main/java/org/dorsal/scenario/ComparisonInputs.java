package org.dorsal.scenario;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ScenarioFile;
import org.dorsal.io.ScenarioReader;
import org.dorsal.io.ValidationError;
import org.dorsal.model.Instance;

/**
 * The base instance and the scenario files of a comparison, read and checked, with each
 * scenario's patch applied to the base (candidates not yet generated).
 *
 * @param patched the instance of each scenario, in the order of {@code scenarios}
 */
public record ComparisonInputs(Instance base, List<ScenarioFile> scenarios, List<Instance> patched) {

  public ComparisonInputs {
    scenarios = List.copyOf(scenarios);
    patched = List.copyOf(patched);
  }

  /**
   * Reads everything; throws every error found: first those of the scenario files themselves, else
   * those of the base, else those of all patched instances (each in the file its value came from).
   */
  public static ComparisonInputs read(String baseFile, byte[] baseJson, List<ScenarioReader.Source> scenarioFiles)
      throws InvalidInputException {
    List<ScenarioFile> scenarios = new ScenarioReader().readAll(scenarioFiles);
    InstanceReader reader = new InstanceReader();
    Instance base = reader.read(baseFile, baseJson);
    List<ValidationError> errors = new ArrayList<>();
    List<Instance> patched = new ArrayList<>();
    for (ScenarioFile scenario : scenarios) {
      try {
        patched.add(reader.read(baseFile, baseJson, scenario.patch()));
      } catch (InvalidInputException e) {
        for (ValidationError error : e.errors()) {
          errors.add(error.file().equals(scenario.file()) ? error : new ValidationError(error.file(), error.line(),
              error.column(), error.pointer(), error.message() + " (with the patch of scenario '" + scenario.name()
                  + "', " + scenario.file() + ")"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ComparisonInputs(base, scenarios, patched);
  }
}
