package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Test;

class InstanceWriterTest {

  private static byte[] write(Instance instance) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new InstanceWriter().write(instance, out);
    return out.toByteArray();
  }

  @Test
  void theRegionalInstanceReadsBackEqual() throws Exception {
    Instance original = new InstanceReader().read(Path.of("instances/cusco-puno.json"));

    Instance reread = new InstanceReader().read("w.json", write(original));

    assertThat(reread).isEqualTo(original);
  }

  @Test
  void anExpandedInstanceReadsBackEqualWithNothingLeftToGenerate() throws Exception {
    Instance withRules = new InstanceReader().read(Path.of("instances/cusco-puno-generated.json"));
    Instance expanded = new CandidateExpansion().expand(withRules).instance();

    byte[] json = write(expanded);
    Instance reread = new InstanceReader().read("w.json", json);

    assertThat(reread.needsCandidates()).isFalse();
    assertThat(reread).isEqualTo(expanded);
    assertThat(reread.links()).hasSize(expanded.links().size());
  }

  @Test
  void aFiberBuildLinkWithoutPerKmCostReadsBack() throws Exception {
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny.json"));
    Link free = new Link("F1", "S4", "G1", Technology.FIBER_BUILD, 0, 0,
        List.of(new LinkOption("fo", 1000, 0, 0, 0, 0)));
    List<Link> links = new ArrayList<>(tiny.links());
    links.add(free);
    Instance withFree = tiny.withLinks(links);

    String json = new String(write(withFree), StandardCharsets.UTF_8);

    assertThat(json).contains("{\"id\":\"F1\",\"from\":\"S4\",\"to\":\"G1\",\"technology\":\"fiber-build\","
        + "\"lengthKm\":0,\"buildUsdPerKm\":0,");
    assertThat(new InstanceReader().read("w.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(withFree);
  }

  @Test
  void oneNodeOrLinkPerLineAndDefaultsLeftOut() throws Exception {
    Instance tiny = new InstanceReader().read(Path.of("instances/tiny.json"));

    String[] lines = new String(write(tiny), StandardCharsets.UTF_8).split("\n");

    assertThat(lines[0]).isEqualTo("{");
    assertThat(lines[1]).isEqualTo("  \"schema\": \"dorsal-instance/1\",");
    assertThat(lines).contains(
        "  \"constraints\": {\"maxMicrowaveHops\":2},",
        "    {\"id\":\"G1\",\"kind\":\"gateway\",\"name\":\"Cusco PoP\",\"lat\":-13.5192,"
            + "\"lon\":-71.9767,\"elevationM\":3439,\"uplinkCapacityMbps\":1000,"
            + "\"transitUsdPerMbpsMonth\":27},",
        "    {\"id\":\"L5\",\"from\":\"S3\",\"technology\":\"satellite\",\"options\":[{\"id\":"
            + "\"sat-50\",\"capacityMbps\":50,\"capexUsd\":5000,\"leaseUsdPerMbpsMonth\":300}]},");
    assertThat(lines[lines.length - 1]).isEqualTo("}");
    assertThat(lines).hasSize(tiny.nodes().size() + tiny.links().size() + 11);
  }
}
