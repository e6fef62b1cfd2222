package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dorsal.model.FactorDistribution;
import org.dorsal.model.Instance;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;
import org.junit.jupiter.api.Test;

/** The {@code uncertainty} section: what it reads, and every message for a bad one. */
class UncertaintyReaderTest {
  /** A one-site instance; {@code %s} is the uncertainty section, on line 9 from column 1. */
  private static final String INSTANCE = """
      {
        "schema": "dorsal-instance/1",
        "name": "u",
        "economics": {"horizonYears": 5, "discountRate": 0.1},
        "nodes": [
          {"id": "G", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 100},
          {"id": "S", "kind": "site", "name": "s", "lat": 0, "lon": 1, "demandMbps": 10}],
        "links": [{"id": "L", "from": "S", "to": "G", "technology": "microwave", "lengthKm": 3, "options": [{"id": "o", "capacityMbps": 50}]}],
      "uncertainty": %s
      }
      """;

  private static Instance read(String section) throws InvalidInputException {
    return new InstanceReader().read("u.json", INSTANCE.formatted(section).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(String section) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(section));
    assertThat(e).as("errors expected").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void readsEveryDistributionTypeInOrder() throws Exception {
    Instance instance = read("""
        {"drivers": [
          {"multiplier": "demand", "distribution": {"type": "lognormal", "median": 1, "sigma": 0.25}},
          {"multiplier": "transitPrice", "distribution": {"type": "triangular", "min": 0.55, "mode": 1, "max": 1.1}},
          {"multiplier": "satellitePrice", "distribution": {"type": "uniform", "min": 0.6, "max": 1.2}},
          {"multiplier": "opex", "distribution": {"type": "normal", "mean": 1, "sd": 0.1}}]}""");
    assertThat(instance.uncertainty()).isEqualTo(new Uncertainty(List.of(
        new UncertainDriver("demand", new FactorDistribution.Lognormal(1, 0.25)),
        new UncertainDriver("transitPrice", new FactorDistribution.Triangular(0.55, 1, 1.1)),
        new UncertainDriver("satellitePrice", new FactorDistribution.Uniform(0.6, 1.2)),
        new UncertainDriver("opex", new FactorDistribution.Normal(1, 0.1)))));
  }

  @Test
  void anInstanceWithoutTheSectionHasNoUncertainty() throws Exception {
    Instance instance = new InstanceReader().read("u.json",
        INSTANCE.replace(",\n\"uncertainty\": %s", "").getBytes(StandardCharsets.UTF_8));
    assertThat(instance.uncertainty()).isNull();
  }

  @Test
  void theWriterWritesTheSectionSoThatItReadsBack() throws Exception {
    Instance instance = read("""
        {"drivers": [{"multiplier": "leasePrice", "distribution": {"type": "triangular", "min": 0.5, "mode": 0.75, "max": 1}},
          {"multiplier": "fiberBuildCapex", "distribution": {"type": "normal", "mean": 1.1, "sd": 0.2}}]}""");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InstanceWriter().write(instance, out);
    Instance back = new InstanceReader().read("w.json", out.toByteArray());
    assertThat(back.uncertainty()).isEqualTo(instance.uncertainty());
  }

  @Test
  void theBundledRiskInstanceIsCuscoPunoPlusItsDrivers() throws Exception {
    // scripts/build_cusco_puno_risk.py copies the network; rerun it when cusco-puno.json changes
    Instance base = new InstanceReader().read(Path.of("instances/cusco-puno.json"));
    Instance risk = new InstanceReader().read(Path.of("instances/cusco-puno-risk.json"));
    assertThat(risk.nodes()).isEqualTo(base.nodes());
    assertThat(risk.links()).isEqualTo(base.links());
    assertThat(risk.economics()).isEqualTo(base.economics());
    assertThat(risk.constraints()).isEqualTo(base.constraints());
    assertThat(risk.uncertainty().drivers()).extracting(UncertainDriver::multiplier)
        .containsExactly("demand", "fiberBuildCapex", "transitPrice", "satellitePrice");
  }

  @Test
  void unknownMultiplierWithAGuess() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demnd\", \"distribution\": {\"type\": \"uniform\","
        + " \"min\": 0.5, \"max\": 1}}]}"))
        .containsExactly("u.json:9:44: /uncertainty/drivers/0/multiplier: unknown multiplier 'demnd'; known"
            + " multipliers are demand, fiberBuildCapex, microwaveCapex, satellitePrice, leasePrice, transitPrice,"
            + " opex (did you mean 'demand'?)");
  }

  @Test
  void aMultiplierTwice() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"opex\", \"distribution\": {\"type\": \"uniform\","
        + " \"min\": 0.5, \"max\": 1}}, {\"multiplier\": \"opex\", \"distribution\": {\"type\": \"uniform\","
        + " \"min\": 0.5, \"max\": 2}}]}"))
        .containsExactly("u.json:9:127: /uncertainty/drivers/1/multiplier: multiplier 'opex' already has a driver"
            + " at /uncertainty/drivers/0; give each multiplier at most one driver");
  }

  @Test
  void badLognormalParameters() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"lognormal\","
        + " \"median\": 0, \"sigma\": -0.1}}]}"))
        .containsExactly(
            "u.json:9:102: /uncertainty/drivers/0/distribution/median: median must be greater than 0 but is 0.0;"
                + " write a positive value",
            "u.json:9:114: /uncertainty/drivers/0/distribution/sigma: sigma must be greater than 0 but is -0.1;"
                + " write a positive value");
  }

  @Test
  void triangularOutOfOrder() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"triangular\","
        + " \"min\": 1.2, \"mode\": 1, \"max\": 1.5}}]}"))
        .containsExactly("u.json:9:113: /uncertainty/drivers/0/distribution/mode: triangular mode 1.0 is below"
            + " min 1.2; write min <= mode <= max");
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"triangular\","
        + " \"min\": 0.8, \"mode\": 1, \"max\": 0.9}}]}"))
        .containsExactly("u.json:9:123: /uncertainty/drivers/0/distribution/max: triangular max 0.9 is below"
            + " mode 1.0; write min <= mode <= max");
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"triangular\","
        + " \"min\": 1, \"mode\": 1, \"max\": 1}}]}"))
        .containsExactly("u.json:9:121: /uncertainty/drivers/0/distribution/max: triangular min and max are both"
            + " 1.0; write min < max (a fixed factor belongs in a scenario, not in uncertainty)");
  }

  @Test
  void uniformAndNormalParameters() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"uniform\","
        + " \"min\": 2, \"max\": 1}}, {\"multiplier\": \"opex\", \"distribution\": {\"type\": \"normal\","
        + " \"mean\": 1, \"sd\": 0}}]}"))
        .containsExactly(
            "u.json:9:107: /uncertainty/drivers/0/distribution/max: uniform max 1.0 is not above min 2.0;"
                + " write min < max",
            "u.json:9:187: /uncertainty/drivers/1/distribution/sd: sd must be greater than 0 but is 0.0;"
                + " write a positive value");
  }

  @Test
  void unknownTypeMissingParameterAndStrayField() {
    assertThat(errors("{\"drivers\": [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"gauss\"}},"
        + " {\"multiplier\": \"opex\", \"distribution\": {\"type\": \"uniform\", \"min\": 1, \"mean\": 2}}]}"))
        .containsExactly(
            "u.json:9:79: /uncertainty/drivers/0/distribution/type: unknown distribution type 'gauss'; known"
                + " types are lognormal, triangular, uniform, normal",
            "u.json:9:129: /uncertainty/drivers/1/distribution: missing required field 'max'; add the largest"
                + " factor, e.g. 1.3",
            "u.json:9:167: /uncertainty/drivers/1/distribution/mean: unknown field 'mean'; allowed fields are"
                + " type, min, max");
  }

  @Test
  void emptyOrMissingDrivers() {
    assertThat(errors("{\"drivers\": []}"))
        .containsExactly("u.json:9:28: /uncertainty/drivers: drivers is empty; add at least one driver such as"
            + " {\"multiplier\": \"demand\", \"distribution\": {\"type\": \"lognormal\", \"median\": 1,"
            + " \"sigma\": 0.25}}, or remove the uncertainty section");
    assertThat(errors("{\"driver\": 1}"))
        .containsExactly(
            "u.json:9:16: /uncertainty: missing required field 'drivers'; add an array of drivers such as"
                + " [{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"lognormal\", \"median\": 1,"
                + " \"sigma\": 0.25}}]",
            "u.json:9:27: /uncertainty/driver: unknown field 'driver'; allowed fields are drivers (did you mean"
                + " 'drivers'?)");
  }
}
