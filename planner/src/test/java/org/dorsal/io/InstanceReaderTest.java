package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstanceReaderTest {

  /**
   * A small valid instance. Most tests change one fragment of it; the line and column of the
   * offending value in the changed text are spelled out in the expected message.
   */
  private static final String BASE =
      """
      {
        "schema": "dorsal-instance/1",
        "name": "t",
        "economics": {"horizonYears": 10, "discountRate": 0.08},
        "nodes": [
          {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000},
          {"id": "S1", "kind": "site", "name": "s", "lat": 1, "lon": 1, "demandMbps": 10}
        ],
        "links": [
          {"id": "L1", "from": "S1", "to": "G1", "technology": "microwave", "lengthKm": 5,
           "options": [{"id": "o1", "capacityMbps": 100}]}
        ]
      }
      """;

  private final InstanceReader reader = new InstanceReader();

  private Instance read(String json) throws InvalidInputException {
    return reader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** BASE with {@code fragment} (which must occur exactly once) replaced. */
  private static String base(String fragment, String replacement) {
    assertThat(BASE.split(Pattern.quote(fragment), -1)).hasSize(2);
    return BASE.replace(fragment, replacement);
  }

  private List<String> errorsOf(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
    assertThat(e).as("expected the input to be rejected").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  private void assertErrors(String json, String... expected) {
    assertThat(errorsOf(json)).containsExactly(expected);
  }

  // ---------------------------------------------------------------- valid input

  @Nested
  class ValidInput {

    @Test
    void readsTinyInstanceFromFile() throws Exception {
      Instance tiny = reader.read(Path.of("instances/tiny.json"));

      assertThat(tiny.name()).isEqualTo("tiny");
      assertThat(tiny.description()).startsWith("Four sites and one gateway near Cusco");
      assertThat(tiny.economics().currency()).isEqualTo("USD");
      assertThat(tiny.economics().horizonYears()).isEqualTo(10);
      assertThat(tiny.economics().discountRate()).isEqualTo(0.10);
      assertThat(tiny.constraints().maxMicrowaveHops()).isEqualTo(2);
      assertThat(tiny.constraints().capexBudgetUsd()).isEqualTo(Double.POSITIVE_INFINITY);
      assertThat(tiny.constraints().hasBudget()).isFalse();

      assertThat(tiny.nodes()).hasSize(5);
      assertThat(tiny.nodes()).extracting(Node::id).containsExactly("G1", "S1", "S2", "S3", "S4");
      assertThat(tiny.nodes().stream().filter(Node::isGateway)).hasSize(1);
      assertThat(tiny.nodes().stream().filter(Node::isSite)).hasSize(4);
      Node g1 = tiny.nodes().get(0);
      assertThat(g1.kind()).isEqualTo(NodeKind.GATEWAY);
      assertThat(g1.name()).isEqualTo("Cusco PoP");
      assertThat(g1.lat()).isEqualTo(-13.5192);
      assertThat(g1.lon()).isEqualTo(-71.9767);
      assertThat(g1.elevationM()).isEqualTo(3439);
      assertThat(g1.uplinkCapacityMbps()).isEqualTo(1000);
      assertThat(g1.transitUsdPerMbpsMonth()).isEqualTo(27);
      Node s1 = tiny.nodes().get(1);
      assertThat(s1.demandMbps()).isEqualTo(100);
      assertThat(s1.population()).isEqualTo(2000);
      assertThat(s1.isRequiredSite()).isTrue();
      assertThat(s1.unservedPenaltyUsd()).isZero();
      Node s4 = tiny.nodes().get(4);
      assertThat(s4.isOptionalSite()).isTrue();
      assertThat(s4.unservedPenaltyUsd()).isEqualTo(50000);
      assertThat(s4.demandMbps()).isEqualTo(20);

      assertThat(tiny.links()).hasSize(7);
      assertThat(tiny.links()).extracting(Link::id)
          .containsExactly("L1", "L2", "L3", "L4", "L5", "L6", "L7");
      Link l1 = tiny.links().get(0);
      assertThat(l1.fromId()).isEqualTo("S1");
      assertThat(l1.toId()).isEqualTo("G1");
      assertThat(l1.technology()).isEqualTo(Technology.MICROWAVE);
      assertThat(l1.lengthKm()).isEqualTo(10);
      assertThat(l1.buildUsdPerKm()).isZero();
      assertThat(l1.options()).containsExactly(
          new LinkOption("mw-200", 200, 30000, 3000, 0, 0),
          new LinkOption("mw-400", 400, 40000, 4000, 0, 0));
      Link l3 = tiny.links().get(2);
      assertThat(l3.technology()).isEqualTo(Technology.FIBER_BUILD);
      assertThat(l3.buildUsdPerKm()).isEqualTo(20000);
      assertThat(l3.lengthKm()).isEqualTo(25);
      assertThat(l3.capexUsd(l3.options().get(0))).isEqualTo(5000 + 20000 * 25);
      Link l5 = tiny.links().get(4);
      assertThat(l5.isSatellite()).isTrue();
      assertThat(l5.toId()).isNull();
      assertThat(l5.lengthKm()).isZero();
      assertThat(l5.options()).containsExactly(new LinkOption("sat-50", 50, 5000, 0, 300, 0));
    }

    @Test
    void appliesDefaults() throws Exception {
      Instance instance = read(BASE);

      assertThat(instance.description()).isEmpty();
      assertThat(instance.economics().currency()).isEqualTo("USD");
      assertThat(instance.constraints().maxMicrowaveHops()).isEqualTo(4);
      assertThat(instance.constraints().capexBudgetUsd()).isEqualTo(Double.POSITIVE_INFINITY);
      Node gateway = instance.nodes().get(0);
      assertThat(gateway.elevationM()).isZero();
      assertThat(gateway.transitUsdPerMbpsMonth()).isZero();
      assertThat(gateway.demandMbps()).isZero();
      Node site = instance.nodes().get(1);
      assertThat(site.population()).isZero();
      assertThat(site.required()).isTrue();
      assertThat(site.unservedPenaltyUsd()).isZero();
      assertThat(site.uplinkCapacityMbps()).isZero();
      assertThat(instance.links().get(0).options())
          .containsExactly(new LinkOption("o1", 100, 0, 0, 0, 0));
    }

    @Test
    void readsConstraintsAndOptionalSite() throws Exception {
      Instance instance =
          read(
              base(
                      "\"discountRate\": 0.08}",
                      "\"discountRate\": 0}, \"constraints\": {\"maxMicrowaveHops\": 3,"
                          + " \"capexBudgetUsd\": 0}")
                  .replace(
                      "\"demandMbps\": 10}",
                      "\"demandMbps\": 10, \"required\": false, \"unservedPenaltyUsd\": 7.5}"));

      assertThat(instance.economics().discountRate()).isZero();
      assertThat(instance.constraints().maxMicrowaveHops()).isEqualTo(3);
      assertThat(instance.constraints().capexBudgetUsd()).isZero();
      assertThat(instance.nodes().get(1).isOptionalSite()).isTrue();
      assertThat(instance.nodes().get(1).unservedPenaltyUsd()).isEqualTo(7.5);
    }

    @Test
    void modelListsAreImmutable() throws Exception {
      Instance instance = read(BASE);

      assertThatThrownBy(() -> instance.nodes().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> instance.links().get(0).options().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  // ---------------------------------------------------------------- syntax

  @Nested
  class Syntax {

    @Test
    void trailingCommaIsLocated() {
      assertErrors(
          """
          {
            "schema": "dorsal-instance/1",
          }
          """,
          "t.json:3:1: /: trailing comma before '}'; JSON allows no comma after the last field,"
              + " remove it");
    }

    @Test
    void trailingCommaInArrayIsLocated() {
      assertErrors(
          """
          {"nodes": [1, 2, ]}
          """,
          "t.json:1:18: /nodes: trailing comma before ']'; JSON allows no comma after the last"
              + " element, remove it");
    }

    @Test
    void truncatedFileIsLocated() {
      assertErrors(
          "{\n  \"nodes\": [\n    {\"id\": \"G1\"",
          "t.json:3:16: /nodes/0: the file ends inside the object that starts at line 3, column 5;"
              + " the file looks truncated, complete it or add the missing '}'");
    }

    @Test
    void missingCommaIsLocated() {
      assertErrors(
          "{\"schema\": \"dorsal-instance/1\" \"name\": \"t\"}",
          "t.json:1:32: /: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma"
              + " to separate Object entries; fix the JSON syntax here (look for a missing comma,"
              + " quote or bracket)");
    }

    @Test
    void emptyFile() {
      assertErrors(
          "  \n",
          "t.json:1:1: /: the file is empty; an instance is one JSON object that starts with '{'");
    }

    @Test
    void contentAfterTheInstance() {
      assertErrors(
          BASE + "{}",
          "t.json:14:1: /: more JSON follows the end of the instance object; remove everything"
              + " after its closing '}'");
    }

    @Test
    void rootMustBeAnObject() {
      assertErrors(
          "[1]",
          "t.json:1:1: /: the instance must be a JSON object but is an array; wrap the instance in"
              + " { ... }");
    }

    @Test
    void repeatedFieldName() {
      assertErrors(
          base("\"name\": \"t\",", "\"name\": \"t\", \"name\": \"u\","),
          "t.json:3:16: /name: field 'name' appears more than once in this object; keep only one"
              + " of them");
    }

    @Test
    void invalidUtf8() throws Exception {
      byte[] bytes = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', ' ', '"', (byte) 0xE9, '"', '}'};
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> reader.read("t.json", bytes));
      assertThat(e.errors())
          .extracting(ValidationError::format)
          .containsExactly(
              "t.json:1:11: /: the file is not valid UTF-8 (byte 0xE9); save it with UTF-8"
                  + " encoding");
    }
  }

  // ---------------------------------------------------------------- top level and settings

  @Nested
  class TopLevel {

    @Test
    void schemaTagMustBeV1() {
      assertErrors(
          base("\"dorsal-instance/1\"", "\"dorsal-instance/2\""),
          "t.json:2:13: /schema: schema is 'dorsal-instance/2' but this reader understands only"
              + " \"dorsal-instance/1\"; convert the file to format v1 and set \"schema\":"
              + " \"dorsal-instance/1\"");
    }

    @Test
    void missingTopLevelField() {
      assertErrors(
          base("  \"name\": \"t\",\n", ""),
          "t.json:1:1: /: missing required field 'name'; add a short name for the instance, used"
              + " in results");
    }

    @Test
    void unknownTopLevelFieldWithGuess() {
      assertErrors(
          base("\"name\": \"t\",", "\"name\": \"t\", \"nmae\": \"x\","),
          "t.json:3:24: /nmae: unknown field 'nmae'; allowed fields are schema, name, description,"
              + " economics, constraints, candidateRules, coverage, nodes, links, uncertainty, rollout (did you mean 'name'?)");
    }

    @Test
    void unknownFieldPointerIsEscaped() {
      assertErrors(
          base("\"name\": \"t\",", "\"name\": \"t\", \"a/b~c\": 1,"),
          "t.json:3:25: /a~1b~0c: unknown field 'a/b~c'; allowed fields are schema, name,"
              + " description, economics, constraints, candidateRules, coverage, nodes, links, uncertainty, rollout");
    }

    @Test
    void stringExpectedButNumber() {
      assertErrors(
          base("\"name\": \"t\"", "\"name\": 5"),
          "t.json:3:11: /name: name must be a string but is a number; put the text in double"
              + " quotes");
    }

    @Test
    void objectExpectedButArray() {
      assertErrors(
          base(
              "\"economics\": {\"horizonYears\": 10, \"discountRate\": 0.08}",
              "\"economics\": []"),
          "t.json:4:16: /economics: economics must be an object but is an array; write an object"
              + " { ... } with its fields");
    }

    @Test
    void arrayExpectedButObjectAndNoGatewayOrSite() {
      assertErrors(
          """
          {
            "schema": "dorsal-instance/1",
            "name": "t",
            "economics": {"horizonYears": 10, "discountRate": 0.08},
            "nodes": [],
            "links": {}
          }
          """,
          "t.json:5:12: /nodes: there is no gateway; add at least one node with \"kind\":"
              + " \"gateway\" where traffic leaves the network",
          "t.json:5:12: /nodes: there is no site; add at least one node with \"kind\": \"site\""
              + " that has demand",
          "t.json:6:12: /links: links must be an array but is an object; write an array [ ... ]");
    }

    @Test
    void horizonYearsMustBeAnInteger() {
      assertErrors(
          base("\"horizonYears\": 10", "\"horizonYears\": 10.5"),
          "t.json:4:33: /economics/horizonYears: horizonYears must be a whole number but is 10.5;"
              + " write the planning horizon in whole years, e.g. 10");
    }

    @Test
    void horizonYearsMustBeAtLeastOne() {
      assertErrors(
          base("\"horizonYears\": 10", "\"horizonYears\": 0"),
          "t.json:4:33: /economics/horizonYears: horizonYears must be at least 1 but is 0; write"
              + " the planning horizon in whole years, e.g. 10");
    }

    @Test
    void discountRateLooksLikeAPercentage() {
      assertErrors(
          base("\"discountRate\": 0.08", "\"discountRate\": 8.0"),
          "t.json:4:53: /economics/discountRate: discountRate 8.0 looks like a percentage; write"
              + " 0.08 for 8 %");
    }

    @Test
    void discountRateMustNotBeNegative() {
      assertErrors(
          base("\"discountRate\": 0.08", "\"discountRate\": -0.1"),
          "t.json:4:53: /economics/discountRate: discountRate -0.1 is negative; write a yearly"
              + " rate of 0 or more, e.g. 0.08 for 8 %");
    }

    @Test
    void maxMicrowaveHopsMustBeAtLeastOne() {
      assertErrors(
          base(
              "\"discountRate\": 0.08}",
              "\"discountRate\": 0.08}, \"constraints\": {\"maxMicrowaveHops\": 0}"),
          "t.json:4:96: /constraints/maxMicrowaveHops: maxMicrowaveHops must be at least 1 but is"
              + " 0; write how many consecutive microwave hops a path may have, at least 1");
    }

    @Test
    void capexBudgetMustNotBeNegative() {
      assertErrors(
          base(
              "\"discountRate\": 0.08}",
              "\"discountRate\": 0.08}, \"constraints\": {\"capexBudgetUsd\": -1}"),
          "t.json:4:94: /constraints/capexBudgetUsd: capexBudgetUsd -1.0 is negative; write a"
              + " value of 0 or more");
    }
  }

  // ---------------------------------------------------------------- nodes

  @Nested
  class Nodes {

    @Test
    void missingNodeField() {
      assertErrors(
          base("\"lat\": 1, ", ""),
          "t.json:7:5: /nodes/1: missing required field 'lat'; add the latitude in decimal degrees"
              + " (-90 to 90)");
    }

    @Test
    void numberExpectedButString() {
      assertErrors(
          base("\"lat\": 1,", "\"lat\": \"1\","),
          "t.json:7:54: /nodes/1/lat: lat must be a number but is a string; write a number without"
              + " quotes, e.g. 12.5");
    }

    @Test
    void booleanExpectedButString() {
      assertErrors(
          base("\"demandMbps\": 10}", "\"demandMbps\": 10, \"required\": \"no\"}"),
          "t.json:7:97: /nodes/1/required: required must be a boolean but is a string; write true"
              + " or false without quotes");
    }

    @Test
    void latitudeOutOfRange() {
      assertErrors(
          base("\"lat\": 1,", "\"lat\": 123.0,"),
          "t.json:7:54: /nodes/1/lat: latitude 123.0 is out of range; use decimal degrees between"
              + " -90 and 90");
    }

    @Test
    void longitudeOutOfRange() {
      assertErrors(
          base("\"lon\": 0,", "\"lon\": -180.5,"),
          "t.json:6:67: /nodes/0/lon: longitude -180.5 is out of range; use decimal degrees"
              + " between -180 and 180");
    }

    @Test
    void duplicateNodeId() {
      assertErrors(
          base(
              "\"demandMbps\": 10}\n",
              "\"demandMbps\": 10},\n"
                  + "    {\"id\": \"S1\", \"kind\": \"relay\", \"name\": \"r\", \"lat\": 2,"
                  + " \"lon\": 2}\n"),
          "t.json:8:12: /nodes/2/id: duplicate node id 'S1', already used by /nodes/1; give every"
              + " node its own id");
    }

    @Test
    void unknownNodeKind() {
      assertErrors(
          base("\"kind\": \"gateway\"", "\"kind\": \"hub\""),
          "t.json:5:12: /nodes: there is no gateway; add at least one node with \"kind\":"
              + " \"gateway\" where traffic leaves the network",
          "t.json:6:26: /nodes/0/kind: unknown node kind 'hub'; use one of gateway, site, relay,"
              + " junction");
    }

    @Test
    void noGateway() {
      assertErrors(
          base(
              "\"kind\": \"gateway\", \"name\": \"g\", \"lat\": 0, \"lon\": 0,"
                  + " \"uplinkCapacityMbps\": 1000",
              "\"kind\": \"relay\", \"name\": \"g\", \"lat\": 0, \"lon\": 0"),
          "t.json:5:12: /nodes: there is no gateway; add at least one node with \"kind\":"
              + " \"gateway\" where traffic leaves the network");
    }

    @Test
    void noSite() {
      assertErrors(
          base("\"kind\": \"site\", \"name\": \"s\", \"lat\": 1, \"lon\": 1, \"demandMbps\": 10",
              "\"kind\": \"junction\", \"name\": \"s\", \"lat\": 1, \"lon\": 1"),
          "t.json:5:12: /nodes: there is no site; add at least one node with \"kind\": \"site\""
              + " that has demand");
    }

    @Test
    void gatewayUplinkMustBePositive() {
      assertErrors(
          base("\"uplinkCapacityMbps\": 1000", "\"uplinkCapacityMbps\": 0"),
          "t.json:6:92: /nodes/0/uplinkCapacityMbps: uplinkCapacityMbps must be greater than 0 but"
              + " is 0.0; write a positive value");
    }

    @Test
    void gatewayUplinkIsRequired() {
      assertErrors(
          base(", \"uplinkCapacityMbps\": 1000", ""),
          "t.json:6:5: /nodes/0: missing required field 'uplinkCapacityMbps'; add the gateway's"
              + " uplink capacity in Mbps");
    }

    @Test
    void siteDemandMustBePositive() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 0"),
          "t.json:7:81: /nodes/1/demandMbps: demandMbps must be greater than 0 but is 0.0; write a"
              + " positive value");
    }

    @Test
    void populationMustBeAnInteger() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 10, \"population\": 2.5"),
          "t.json:7:99: /nodes/1/population: population must be a whole number but is 2.5; write"
              + " the number of people served, 0 if unknown");
    }

    @Test
    void populationMustNotBeNegative() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 10, \"population\": -3"),
          "t.json:7:99: /nodes/1/population: population must be at least 0 but is -3; write the"
              + " number of people served, 0 if unknown");
    }

    @Test
    void penaltyOnlyOnOptionalSites() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 10, \"unservedPenaltyUsd\": 500"),
          "t.json:7:107: /nodes/1/unservedPenaltyUsd: unservedPenaltyUsd is only allowed on"
              + " optional sites; remove it, or make the site optional with \"required\": false");
    }

    @Test
    void siteFieldOnGateway() {
      assertErrors(
          base("\"uplinkCapacityMbps\": 1000", "\"uplinkCapacityMbps\": 1000, \"demandMbps\": 5"),
          "t.json:6:112: /nodes/0/demandMbps: field 'demandMbps' is only allowed on site nodes;"
              + " remove it from this gateway (or change its kind)");
    }

    @Test
    void gatewayFieldOnSite() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 10, \"transitUsdPerMbpsMonth\": 2"),
          "t.json:7:111: /nodes/1/transitUsdPerMbpsMonth: field 'transitUsdPerMbpsMonth' is only"
              + " allowed on gateway nodes; remove it from this site (or change its kind)");
    }

    @Test
    void unknownNodeField() {
      assertErrors(
          base("\"demandMbps\": 10", "\"demandMbps\": 10, \"elevation\": 2"),
          "t.json:7:98: /nodes/1/elevation: unknown field 'elevation'; allowed fields are id, kind,"
              + " name, lat, lon, elevationM, demandMbps, population, required, unservedPenaltyUsd, priority"
              + " (did you mean 'elevationM'?)");
    }

    @Test
    void siteWithoutLink() {
      assertErrors(
          base(
              "\"demandMbps\": 10}\n",
              "\"demandMbps\": 10},\n"
                  + "    {\"id\": \"S9\", \"kind\": \"site\", \"name\": \"x\", \"lat\": 2,"
                  + " \"lon\": 2, \"demandMbps\": 5}\n"),
          "t.json:8:5: /nodes/2: site S9 has no link; add a microwave, fiber or satellite link"
              + " from it, or remove it");
    }
  }

  // ---------------------------------------------------------------- links and options

  @Nested
  class Links {

    @Test
    void duplicateLinkId() {
      assertErrors(
          base(
              "\"capacityMbps\": 100}]}\n",
              "\"capacityMbps\": 100}]},\n"
                  + "    {\"id\": \"L1\", \"from\": \"G1\", \"technology\": \"satellite\","
                  + " \"options\": [{\"id\": \"o1\", \"capacityMbps\": 100}]}\n"),
          "t.json:12:12: /links/1/id: duplicate link id 'L1', already used by /links/0; give every"
              + " link its own id");
    }

    @Test
    void duplicateOptionId() {
      assertErrors(
          base(
              "[{\"id\": \"o1\", \"capacityMbps\": 100}]",
              "[{\"id\": \"o1\", \"capacityMbps\": 100}, {\"id\": \"o1\", \"capacityMbps\": 200}]"),
          "t.json:11:60: /links/0/options/1/id: duplicate option id 'o1', already used by"
              + " /links/0/options/0; give each option of a link its own id");
    }

    @Test
    void unknownNodeReference() {
      assertErrors(
          base("\"to\": \"G1\",", "\"to\": \"G9\","),
          "t.json:10:38: /links/0/to: no node has id 'G9'; 'to' must be the id of a node listed in"
              + " 'nodes'");
    }

    @Test
    void linkFromANodeToItself() {
      assertErrors(
          base("\"to\": \"G1\",", "\"to\": \"S1\","),
          "t.json:10:38: /links/0/to: link goes from node 'S1' back to itself; 'from' and 'to' must"
              + " be two different nodes");
    }

    @Test
    void satelliteLinkWithTo() {
      assertErrors(
          base("\"technology\": \"microwave\", \"lengthKm\": 5", "\"technology\": \"satellite\""),
          "t.json:10:38: /links/0/to: a satellite link has no far end; remove 'to' (the terminal"
              + " stands at the node in 'from')");
    }

    @Test
    void nonSatelliteLinkWithoutTo() {
      assertErrors(
          base("\"to\": \"G1\", ", ""),
          "t.json:10:5: /links/0: missing required field 'to'; add the id of the node at the other"
              + " end (only satellite links have no 'to')");
    }

    @Test
    void buildCostRequiredForFiberBuild() {
      assertErrors(
          base("\"technology\": \"microwave\"", "\"technology\": \"fiber-build\""),
          "t.json:10:5: /links/0: missing required field 'buildUsdPerKm'; add the civil-works cost"
              + " per km of the new fiber");
    }

    @Test
    void buildCostOnlyForFiberBuild() {
      assertErrors(
          base("\"lengthKm\": 5", "\"lengthKm\": 5, \"buildUsdPerKm\": 100"),
          "t.json:10:103: /links/0/buildUsdPerKm: buildUsdPerKm is only allowed on fiber-build"
              + " links; remove it, or change technology to \"fiber-build\"");
    }

    @Test
    void unknownTechnology() {
      assertErrors(
          base("\"technology\": \"microwave\"", "\"technology\": \"copper\""),
          "t.json:10:58: /links/0/technology: unknown technology 'copper'; use one of"
              + " fiber-existing, fiber-lease, fiber-build, microwave, satellite");
    }

    @Test
    void negativeLength() {
      assertErrors(
          base("\"lengthKm\": 5", "\"lengthKm\": -5"),
          "t.json:10:83: /links/0/lengthKm: lengthKm -5.0 is negative; write a value of 0 or more");
    }

    @Test
    void optionsMustNotBeEmpty() {
      assertErrors(
          base("\"options\": [{\"id\": \"o1\", \"capacityMbps\": 100}]", "\"options\": []"),
          "t.json:11:17: /links/0/options: options is empty; add at least one capacity option");
    }

    @Test
    void capacityMustBePositive() {
      assertErrors(
          base("\"capacityMbps\": 100", "\"capacityMbps\": 0"),
          "t.json:11:47: /links/0/options/0/capacityMbps: capacityMbps must be greater than 0 but"
              + " is 0.0; write a positive value");
    }

    @Test
    void notANumber() {
      assertErrors(
          base("\"capacityMbps\": 100", "\"capacityMbps\": 100, \"capexUsd\": NaN"),
          "t.json:11:64: /links/0/options/0/capexUsd: capexUsd is NaN, not a finite number; write"
              + " an ordinary number such as 12.5");
    }

    @Test
    void infinity() {
      assertErrors(
          base("\"capacityMbps\": 100", "\"capacityMbps\": 100, \"leaseUsdPerYear\": -Infinity"),
          "t.json:11:71: /links/0/options/0/leaseUsdPerYear: leaseUsdPerYear is -Infinity, not a"
              + " finite number; write an ordinary number such as 12.5");
    }

    @Test
    void unknownOptionField() {
      assertErrors(
          base("{\"id\": \"o1\", \"capacityMbps\": 100}",
              "{\"id\": \"o1\", \"capacityMbps\": 100, \"colour\": \"red\"}"),
          "t.json:11:62: /links/0/options/0/colour: unknown field 'colour'; allowed fields are id,"
              + " capacityMbps, capexUsd, opexUsdPerYear, leaseUsdPerMbpsMonth, leaseUsdPerYear");
    }
  }

  // ---------------------------------------------------------------- more shapes

  @Nested
  class Shapes {

    @Test
    void integerExpectedButString() {
      assertErrors(
          base("\"horizonYears\": 10", "\"horizonYears\": \"10\""),
          "t.json:4:33: /economics/horizonYears: horizonYears must be an integer but is a string;"
              + " write a whole number without quotes");
    }

    @Test
    void nullIsNotANumber() {
      assertErrors(
          base("\"lengthKm\": 5", "\"lengthKm\": null"),
          "t.json:10:83: /links/0/lengthKm: lengthKm must be a number but is null; write a number"
              + " without quotes, e.g. 12.5");
    }

    @Test
    void nodeEntryMustBeAnObject() {
      assertErrors(
          base("\"demandMbps\": 10}\n", "\"demandMbps\": 10},\n    42\n"),
          "t.json:8:5: /nodes/2: node must be an object but is a number; write an object { ... }"
              + " with the node's fields");
    }

    @Test
    void misspeltFieldIsUnknownAndTheRealOneMissing() {
      assertErrors(
          base("\"lengthKm\": 5", "\"lenghtKm\": 5"),
          "t.json:10:5: /links/0: missing required field 'lengthKm'; add the route length in km",
          "t.json:10:83: /links/0/lenghtKm: unknown field 'lenghtKm'; allowed fields are id, from,"
              + " to, technology, lengthKm, buildUsdPerKm, oneWay, usageUsdPerMbpsYear, options (did you mean"
              + " 'lengthKm'?)");
    }

    @Test
    void columnsCountCharactersNotBytes() {
      assertErrors(
          base("\"name\": \"s\", \"lat\": 1,", "\"name\": \"Ñuñoa\", \"lat\": 123.0,"),
          "t.json:7:58: /nodes/1/lat: latitude 123.0 is out of range; use decimal degrees between"
              + " -90 and 90");
    }
  }

  // ---------------------------------------------------------------- several errors

  @Test
  void reportsAllErrorsInDocumentOrder() {
    String json =
        """
        {
          "schema": "dorsal-instance/0",
          "economics": {"horizonYears": 10, "discountRate": 8},
          "nodes": [
            {"id": "G1", "kind": "gateway", "name": "g", "lat": 0, "lon": 0, "uplinkCapacityMbps": 1000},
            {"id": "S1", "kind": "site", "name": "s", "lat": 95, "lon": 1, "demandMbps": -1}
          ],
          "links": [
            {"id": "L1", "from": "S1", "to": "G7", "technology": "microwave", "lengthKm": 5,
             "options": [{"id": "o1", "capacityMbps": 100, "capexUsd": -2}]}
          ]
        }
        """;

    assertErrors(
        json,
        "t.json:1:1: /: missing required field 'name'; add a short name for the instance, used in"
            + " results",
        "t.json:2:13: /schema: schema is 'dorsal-instance/0' but this reader understands only"
            + " \"dorsal-instance/1\"; convert the file to format v1 and set \"schema\":"
            + " \"dorsal-instance/1\"",
        "t.json:3:53: /economics/discountRate: discountRate 8.0 looks like a percentage; write"
            + " 0.08 for 8 %",
        "t.json:6:54: /nodes/1/lat: latitude 95.0 is out of range; use decimal degrees between -90"
            + " and 90",
        "t.json:6:82: /nodes/1/demandMbps: demandMbps must be greater than 0 but is -1.0; write a"
            + " positive value",
        "t.json:9:38: /links/0/to: no node has id 'G7'; 'to' must be the id of a node listed in"
            + " 'nodes'",
        "t.json:10:64: /links/0/options/0/capexUsd: capexUsd -2.0 is negative; write a value of 0"
            + " or more");
  }

  @Test
  void exceptionMessageIsTheFirstError() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> read(base("\"lat\": 1,", "\"lat\": 123.0,")));
    assertThat(e.getMessage()).isEqualTo(e.errors().get(0).format());
  }

  // ---------------------------------------------------------------- JSON Schema in step

  @Test
  void schemaFileDescribesExactlyTheFieldsTheReaderAccepts() throws IOException {
    JsonNode schema =
        new ObjectMapper().readTree(Path.of("schemas/dorsal-instance-1.schema.json").toFile());
    JsonNode defs = schema.get("$defs");

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/schema/const").asText())
        .isEqualTo(InstanceFields.SCHEMA_TAG);
    assertThat(propertyNames(schema)).containsExactlyElementsOf(InstanceFields.TOP_LEVEL);
    assertThat(propertyNames(defs.get("economics")))
        .containsExactlyElementsOf(InstanceFields.ECONOMICS);
    assertThat(propertyNames(defs.get("constraints")))
        .containsExactlyElementsOf(InstanceFields.CONSTRAINTS);
    assertThat(propertyNames(defs.get("node")))
        .containsExactlyElementsOf(InstanceFields.allNodeFields());
    assertThat(propertyNames(defs.get("link"))).containsExactlyElementsOf(InstanceFields.LINK);
    assertThat(propertyNames(defs.get("option"))).containsExactlyElementsOf(InstanceFields.OPTION);
    JsonNode rules = defs.get("candidateRules");
    assertThat(propertyNames(rules)).containsExactlyElementsOf(InstanceFields.CANDIDATE_RULES);
    assertThat(propertyNames(rules.at("/properties/microwave")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_MICROWAVE);
    assertThat(propertyNames(rules.at("/properties/microwave/properties/antennaPrices/items")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_ANTENNA_PRICE);
    assertThat(propertyNames(rules.at("/properties/fiber")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_FIBER);
    assertThat(propertyNames(rules.at("/properties/fiber/properties/buildUsdPerKm")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_TERRAIN_CLASSES);
    assertThat(propertyNames(rules.at("/properties/fiber/properties/equipment/items")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_FIBER_EQUIPMENT);
    assertThat(propertyNames(rules.at("/properties/satellite")))
        .containsExactlyElementsOf(InstanceFields.CANDIDATE_SATELLITE);
    for (String def : List.of("economics", "constraints", "node", "link", "option", "candidateRules")) {
      assertThat(defs.get(def).get("additionalProperties").asBoolean(true))
          .as("additionalProperties of %s", def)
          .isFalse();
    }
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();

    assertThat(textsOf(defs.at("/node/properties/kind/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(NodeKind.values()).map(NodeKind::jsonName).toList());
    assertThat(textsOf(defs.at("/link/properties/technology/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(Technology.values()).map(Technology::jsonName).toList());
  }

  private static List<String> propertyNames(JsonNode objectSchema) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = objectSchema.get("properties").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
