package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.io.InstanceWriter;
import org.dorsal.io.ScenarioFile;
import org.dorsal.io.ScenarioReader;
import org.dorsal.model.Instance;
import org.dorsal.model.Technology;

/** Makes the {@link ScenarioPlan}s of a comparison from instances already read and expanded. */
public final class ScenarioPlans {
  /** Scenario instances larger than this are written gzip-compressed ({@code .instance.json.gz}). */
  public static final int GZIP_ABOVE_BYTES = 16 << 20;

  private final OutputNames names;
  private final int gzipAboveBytes;

  public ScenarioPlans(OutputNames names) {
    this(names, GZIP_ABOVE_BYTES);
  }

  /** @param gzipAboveBytes scenario instances larger than this are to be written gzip-compressed */
  public ScenarioPlans(OutputNames names, int gzipAboveBytes) {
    this.names = names;
    this.gzipAboveBytes = gzipAboveBytes;
  }

  /**
   * The base's plan, then each scenario's, in order.
   *
   * @param candidates generates the candidates of the base and of every patched instance
   * @return the plans, or null when {@code candidates} could not expand an instance
   */
  public List<ScenarioPlan> all(String baseLabel, byte[] baseBytes, ComparisonInputs inputs,
      ExpansionCache candidates) {
    Instance expandedBase = candidates.expanded(inputs.base());
    if (expandedBase == null) {
      return null;
    }
    List<ScenarioPlan> plans = new ArrayList<>(List.of(base(baseLabel, baseBytes, expandedBase)));
    for (int i = 0; i < inputs.scenarios().size(); i++) {
      Instance expanded = candidates.expanded(inputs.patched().get(i));
      if (expanded == null) {
        return null;
      }
      plans.add(scenario(inputs.scenarios().get(i), expanded));
    }
    return plans;
  }

  /** The base instance as given. */
  public ScenarioPlan base(String baseLabel, byte[] baseBytes, Instance expandedBase) {
    return new ScenarioPlan(ScenarioReader.BASE_NAME, "the base instance as given", null, Multipliers.NONE, List.of(),
        expandedBase, baseLabel, baseBytes, null);
  }

  /**
   * A scenario: its links of the dropped technologies removed (given and generated alike), then
   * its multipliers applied; the result is written out as a plain instance so that
   * {@code dorsal verify} can check the plan against it (gzip-compressed when large; the provenance hash is that of the uncompressed bytes, which is
   * what {@code dorsal verify} reads).
   *
   * @param expandedPatched the base with the scenario's patch, candidates generated
   */
  public ScenarioPlan scenario(ScenarioFile scenario, Instance expandedPatched) {
    List<Technology> dropped = scenario.dropLinkTechnologies();
    Instance kept = dropped.isEmpty() ? expandedPatched : expandedPatched.withLinks(
        expandedPatched.links().stream().filter(l -> !dropped.contains(l.technology())).toList());
    Instance scaled = InstanceScaling.apply(kept, scenario.multipliers());
    byte[] bytes = bytesOf(scaled);
    String fileName = names.instanceFile(scenario.name()) + (bytes.length > gzipAboveBytes ? ".gz" : "");
    return new ScenarioPlan(scenario.name(), scenario.description(), scenario.file(), scenario.multipliers(),
        dropped, scaled, names.inFolder(fileName).toString(), bytes, fileName);
  }

  private static byte[] bytesOf(Instance instance) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new InstanceWriter().write(instance, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }
}
