package org.dorsal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;

/** The committed reference plan of instances/tiny.json (results/tiny.result.json) joined to its instance. */
public final class TinyPlanBundle {
  public static final String RESULT_FILE = "results/tiny.result.json";
  public static final String INSTANCE_FILE = "instances/tiny.json";

  private TinyPlanBundle() {}

  public static PlanBundle plan() {
    return withRenamedNode("Oropesa", "Oropesa");
  }

  /** The plan with one node's name replaced in the instance file's text (to test escaping). */
  public static PlanBundle withRenamedNode(String name, String newName) {
    try {
      byte[] resultBytes = Files.readAllBytes(Path.of(RESULT_FILE));
      String instanceText = Files.readString(Path.of(INSTANCE_FILE), StandardCharsets.UTF_8);
      String jsonName = newName.replace("\\", "\\\\").replace("\"", "\\\"");
      instanceText = instanceText.replace("\"name\": \"" + name + "\"", "\"name\": \"" + jsonName + "\"");
      Instance instance = new InstanceReader().read(INSTANCE_FILE, instanceText.getBytes(StandardCharsets.UTF_8));
      PlanResult result = ResultJson.read(RESULT_FILE, resultBytes);
      return PlanBundle.of(result, instance, PlanSchedule.of(resultBytes), RESULT_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
