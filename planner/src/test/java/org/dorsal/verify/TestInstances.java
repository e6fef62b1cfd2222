package org.dorsal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Constraints;
import org.dorsal.model.Economics;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;

/**
 * Test-only reader of instance files into the model records, with the defaults of
 * docs/instance-format.md. No validation: the bundled instances are known to be good.
 */
public final class TestInstances {
  private TestInstances() {}

  public static byte[] bytes(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Instance read(String file) {
    try {
      return parse(new ObjectMapper().readTree(bytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instance parse(JsonNode root) {
    JsonNode eco = root.get("economics");
    JsonNode con = root.path("constraints");
    Economics economics =
        new Economics(
            eco.path("currency").asText("USD"),
            eco.get("horizonYears").asInt(),
            eco.get("discountRate").asDouble());
    Constraints constraints =
        new Constraints(
            con.path("maxMicrowaveHops").asInt(4),
            con.has("capexBudgetUsd")
                ? con.get("capexBudgetUsd").asDouble()
                : Double.POSITIVE_INFINITY);
    List<Node> nodes = new ArrayList<>();
    for (JsonNode n : root.get("nodes")) {
      nodes.add(
          new Node(
              n.get("id").asText(),
              NodeKind.fromJson(n.get("kind").asText()),
              n.get("name").asText(),
              n.get("lat").asDouble(),
              n.get("lon").asDouble(),
              n.path("elevationM").asDouble(0),
              n.path("demandMbps").asDouble(0),
              n.path("population").asLong(0),
              n.path("required").asBoolean(true),
              n.path("unservedPenaltyUsd").asDouble(0),
              n.path("uplinkCapacityMbps").asDouble(0),
              n.path("transitUsdPerMbpsMonth").asDouble(0)));
    }
    List<Link> links = new ArrayList<>();
    for (JsonNode l : root.get("links")) {
      List<LinkOption> options = new ArrayList<>();
      for (JsonNode o : l.get("options")) {
        options.add(
            new LinkOption(
                o.get("id").asText(),
                o.get("capacityMbps").asDouble(),
                o.path("capexUsd").asDouble(0),
                o.path("opexUsdPerYear").asDouble(0),
                o.path("leaseUsdPerMbpsMonth").asDouble(0),
                o.path("leaseUsdPerYear").asDouble(0)));
      }
      links.add(
          new Link(
              l.get("id").asText(),
              l.get("from").asText(),
              l.hasNonNull("to") ? l.get("to").asText() : null,
              Technology.fromJson(l.get("technology").asText()),
              l.path("lengthKm").asDouble(0),
              l.path("buildUsdPerKm").asDouble(0),
              options));
    }
    return new Instance(
        root.get("name").asText(),
        root.path("description").asText(""),
        economics,
        constraints,
        nodes,
        links);
  }
}
