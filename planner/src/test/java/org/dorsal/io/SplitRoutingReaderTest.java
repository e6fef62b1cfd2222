package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Routing;
import org.junit.jupiter.api.Test;

/** Reading split routing: the routing, one-way links, usage charges, and what split routing refuses. */
class SplitRoutingReaderTest {
  private static final String BASE =
      """
      {
        "schema": "dorsal-instance/1",
        "name": "t",
        "economics": {"horizonYears": 1, "discountRate": 0},
        "constraints": {"routing": "split"},
        "nodes": [
          {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000},
          {"id": "S1", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10}
        ],
        "links": [
          {"id": "L1", "from": "S1", "to": "G1", "technology": "fiber-lease", "lengthKm": 5, "oneWay": true,
           "usageUsdPerMbpsYear": 12.5, "options": [{"id": "o1", "capacityMbps": 100}]}
        ]
      }
      """;

  private final InstanceReader reader = new InstanceReader();

  private Instance read(String json) throws InvalidInputException {
    return reader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String base(String fragment, String replacement) {
    assertThat(BASE.split(Pattern.quote(fragment), -1)).hasSize(2);
    return BASE.replace(fragment, replacement);
  }

  private List<String> errorsOf(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
    assertThat(e).as("expected the input to be rejected").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void readsSplitRoutingOneWayAndUsage() throws Exception {
    Instance i = read(BASE);
    assertThat(i.constraints().routing()).isEqualTo(Routing.SPLIT);
    assertThat(i.constraints().splitRouting()).isTrue();
    Link l = i.links().get(0);
    assertThat(l.oneWay()).isTrue();
    assertThat(l.usageUsdPerMbpsYear()).isEqualTo(12.5);
  }

  @Test
  void routingDefaultsToSinglePath() throws Exception {
    Instance i = read(base("\"constraints\": {\"routing\": \"split\"},", "")
        .replace(", \"oneWay\": true,", ",").replace("\"usageUsdPerMbpsYear\": 12.5, ", ""));
    assertThat(i.constraints().routing()).isEqualTo(Routing.SINGLE_PATH);
    assertThat(i.links().get(0).oneWay()).isFalse();
    assertThat(i.links().get(0).usageUsdPerMbpsYear()).isZero();
  }

  @Test
  void writerRoundTripsSplitFields() throws Exception {
    Instance i = read(BASE);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new InstanceWriter().write(i, out);
    Instance again = read(out.toString(StandardCharsets.UTF_8));
    assertThat(again.constraints()).isEqualTo(i.constraints());
    assertThat(again.links()).isEqualTo(i.links());
  }

  @Test
  void unknownRouting() {
    assertThat(errorsOf(base("\"routing\": \"split\"", "\"routing\": \"splittable\"")))
        .containsExactly("t.json:5:30: /constraints/routing: unknown routing 'splittable'; use \"single-path\""
            + " (every site on one path, the default) or \"split\"");
  }

  @Test
  void oneWayAndUsageNeedSplitRouting() {
    assertThat(errorsOf(base("\"routing\": \"split\"", "\"routing\": \"single-path\"")))
        .containsExactly(
            "t.json:11:98: /links/0/oneWay: link 'L1' is one-way, which needs constraints.routing \"split\";"
                + " remove 'oneWay' or set the routing to split",
            "t.json:12:29: /links/0/usageUsdPerMbpsYear: link 'L1' charges per Mbps carried, which needs"
                + " constraints.routing \"split\"; remove 'usageUsdPerMbpsYear' or set the routing to split");
  }

  @Test
  void splitRoutingRefusesMicrowave() {
    assertThat(errorsOf(base("\"technology\": \"fiber-lease\"", "\"technology\": \"microwave\"")))
        .containsExactly("t.json:11:58: /links/0/technology: link 'L1' is microwave, and constraints.routing"
            + " \"split\" (set at /constraints/routing) does not enforce the microwave hop limit; use single-path"
            + " routing for networks with microwave hops");
  }

  @Test
  void splitRoutingRefusesRollout() {
    assertThat(errorsOf(base("\"name\": \"t\",", "\"name\": \"t\", \"rollout\": {\"demandGrowthPerYear\": 0.1},")))
        .containsExactly("t.json:3:27: /rollout: constraints.routing \"split\" plans one network flow at the lowest"
            + " cost; it takes no 'rollout' section: remove it, or use single-path routing");
  }

  @Test
  void satelliteLinksAreNotOneWay() {
    String json = base("\"links\": [", "\"links\": [\n    {\"id\": \"sat\", \"from\": \"S1\", \"technology\":"
        + " \"satellite\", \"oneWay\": true, \"options\": [{\"id\": \"v\", \"capacityMbps\": 20}]},");
    assertThat(errorsOf(json)).containsExactly("t.json:11:70: /links/0/oneWay: a satellite link carries traffic"
        + " from its node to the internet only; remove 'oneWay'");
  }
}
