package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dorsal.verify.RecordCopies.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dorsal.model.result.GatewayLoad;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.Provenance;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;
import org.dorsal.model.result.ResultSummary;
import org.dorsal.model.result.SolverReport;
import org.dorsal.verify.TinyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonTest {

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> errors(String json) {
    try {
      ResultJson.read("r.json", json.getBytes(StandardCharsets.UTF_8));
    } catch (InvalidInputException e) {
      List<String> out = new ArrayList<>();
      e.errors().forEach(err -> out.add(err.format()));
      return out;
    }
    throw new AssertionError("expected the result to be rejected");
  }

  /** The tiny result as text, with one replacement applied (which must match exactly once). */
  private static String tinyWith(String from, String to) {
    String json = text(ResultJson.write(TinyResult.result()));
    assertThat(json.indexOf(from)).as("'%s' in the written result", from).isNotNegative();
    assertThat(json.indexOf(from)).isEqualTo(json.lastIndexOf(from));
    return json.replace(from, to);
  }

  // ---- writing and round trip ----------------------------------------------------------------

  @Test
  void roundTripGivesAnEqualResultAndIdenticalBytes() throws Exception {
    PlanResult original = TinyResult.result();
    byte[] first = ResultJson.write(original);
    PlanResult read = ResultJson.read("tiny-result.json", first);
    assertThat(read).isEqualTo(original);
    assertThat(ResultJson.write(read)).isEqualTo(first);
  }

  @Test
  void writingIsDeterministic() {
    assertThat(ResultJson.write(TinyResult.result())).isEqualTo(ResultJson.write(TinyResult.result()));
  }

  @Test
  void awkwardDoublesRoundTripExactly() throws Exception {
    double[] values = {0.1 + 0.2, 1e-300, Math.PI * 1e20, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3};
    for (double v : values) {
      PlanResult r = with(TinyResult.result(), "solver", with(TinyResult.solver(), "seconds", v));
      PlanResult back = ResultJson.read("x.json", ResultJson.write(r));
      assertThat(Double.doubleToRawLongBits(back.solver().seconds()))
          .as("%s", v)
          .isEqualTo(Double.doubleToRawLongBits(v));
    }
  }

  @Test
  void fieldsAreWrittenInRecordComponentOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ResultJson.write(TinyResult.result()));
    // a plan of the cost objective without roll-out leaves out the coverage and roll-out blocks
    // (coverage and roll-out tests check them)
    List<String> topLevel = new ArrayList<>(withoutRollout(components(PlanResult.class)));
    topLevel.remove("coverage");
    assertThat(names(root)).isEqualTo(topLevel);
    // and the fields of split routing (usage charges, each route's share)
    assertThat(names(root.get("summary"))).isEqualTo(withoutSplit(components(ResultSummary.class)));
    assertThat(names(root.get("links").get(0))).isEqualTo(withoutSplit(withoutRollout(components(ResultLink.class))));
    assertThat(names(root.get("routes").get(0))).isEqualTo(withoutSplit(components(ResultRoute.class)));
    assertThat(names(root.get("gateways").get(0))).isEqualTo(components(GatewayLoad.class));
    assertThat(names(root.get("solver"))).isEqualTo(components(SolverReport.class));
    assertThat(names(root.get("provenance"))).isEqualTo(components(Provenance.class));
  }

  @Test
  void mapsAreSortedByKeyAndNaNIsWrittenAsNull() {
    String json = text(ResultJson.write(TinyResult.result()));
    assertThat(json)
        .contains(
            "    \"byTechnologyNpcUsd\": {\n"
                + "      \"backbone-transit\": 497709.93556207913,\n"
                + "      \"microwave\": 227638.396190436\n"
                + "    },")
        .contains(
            "    \"options\": {\n"
                + "      \"gapTolerance\": \"1e-4\",\n"
                + "      \"timeLimitSeconds\": \"60\"\n"
                + "    },")
        .contains("\"heuristicObjectiveUsd\": null,")
        .contains("\"gatewayId\": null,\n      \"nodePath\": [],")
        .startsWith("{\n  \"schema\": \"dorsal-result/1\",\n  \"instanceName\": \"tiny\",\n")
        .endsWith("\n}\n");
  }

  @Test
  void refusesToWriteNonFiniteNumbers() {
    PlanResult r = with(TinyResult.result(), "links", List.of(with(TinyResult.l1(), "capexUsd", Double.NaN)));
    assertThatThrownBy(() -> ResultJson.write(r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write NaN as \"/links/0/capexUsd\": JSON numbers are finite");
  }

  @Test
  void readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tiny-result.json");
    Files.write(file, ResultJson.write(TinyResult.result()));
    assertThat(ResultJson.read(file)).isEqualTo(TinyResult.result());
  }

  // ---- located errors ------------------------------------------------------------------------

  @Test
  void reportsSyntaxErrors() {
    assertThat(errors("{\n  \"schema\": \"dorsal-result/1\",\n  \"summary\": {\"capexUsd\": 1,}\n}"))
        .containsExactly(
            "r.json:3:29: /summary/capexUsd: invalid JSON: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name; fix the JSON syntax");
  }

  @Test
  void reportsAnEmptyFileAndTrailingContent() {
    assertThat(errors("  ")).containsExactly("r.json:1:1: /: the file holds no JSON; a result file is one JSON object");
    assertThat(errors("{\"schema\": \"dorsal-result/1\"} []")).containsExactly(
        "r.json:1:31: /: unexpected content after the end of the JSON document; remove it");
  }

  @Test
  void reportsAWrongOrMissingSchemaTag() {
    assertThat(errors("{\"schema\": \"dorsal-instance/1\", \"name\": \"tiny\"}"))
        .containsExactly(
            "r.json:1:12: /schema: schema is \"dorsal-instance/1\", expected \"dorsal-result/1\";"
                + " this is not a result file of this format version");
    assertThat(errors("{\n  \"instanceName\": \"tiny\"\n}"))
        .containsExactly("r.json:1:1: /schema: missing field \"schema\"; add \"schema\": \"dorsal-result/1\"");
    assertThat(errors("[1, 2]"))
        .containsExactly(
            "r.json:1:1: /: a result file is one JSON object, found an array;"
                + " write {\"schema\": \"dorsal-result/1\", ...}");
  }

  @Test
  void reportsMissingFieldsWrongTypesAndUnknownFieldsAllAtOnce() {
    String json = tinyWith("\"capexUsd\": 141000.0,", "\"capexUsd\": \"141000\",");
    json = json.replace("\"instanceName\": \"tiny\",\n", "\"instanceNam\": \"tiny\",\n");
    json = json.replace("\"hops\": 2,", "\"hops\": 2.5,");
    json = json.replace("\"seed\": 1,", "\"seed\": null,");
    json = json.replace("\"exit\": \"unserved\"", "\"exit\": \"skipped\"");
    json = json.replace("\"flowToId\": \"S1\",", "");
    assertThat(errors(json))
        .containsExactly(
            "r.json:3:18: /instanceNam: unknown field \"instanceNam\"; remove it or fix its spelling"
                + " (fields here: schema, instanceName, summary, links, routes, gateways, solver,"
                + " provenance, coverage, rollout)",
            "r.json:1:1: /instanceName: missing field \"instanceName\"; add it: a string",
            "r.json:6:17: /summary/capexUsd: expected a number, found a string; write a JSON number",
            "r.json:37:5: /links/1/flowToId: missing field \"flowToId\"; add it: a string or null",
            "r.json:98:15: /routes/1/hops: expected an integer, found 2.5; write a whole number",
            "r.json:121:15: /routes/3/exit: unknown exit \"skipped\";"
                + " use one of \"gateway\", \"satellite\", \"unserved\"",
            "r.json:159:13: /provenance/seed: expected an integer, found null; write an integer");
  }

  @Test
  void reportsDuplicateFields() {
    String json = tinyWith("\"threads\": 1\n", "\"threads\": 1,\n    \"threads\": 2\n");
    assertThat(errors(json))
        .containsExactly("r.json:161:16: /provenance/threads: duplicate field \"threads\"; keep only one");
  }

  @Test
  void reportsAnInfeasibleStatus() {
    String json = tinyWith("\"status\": \"optimal\"", "\"status\": \"infeasible\"");
    assertThat(errors(json))
        .containsExactly(
            "r.json:142:15: /solver/status: unknown status \"infeasible\";"
                + " use one of \"optimal\", \"feasible\", \"timed-out\"");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The names without the optional roll-out fields ("rollout", "schedule"). */
  private static List<String> withoutSplit(List<String> names) {
    return names.stream().filter(n -> !n.equals("usageNpcUsd") && !n.equals("shareMbps")).toList();
  }

  private static List<String> withoutRollout(List<String> names) {
    return names.stream().filter(n -> !n.equals("rollout") && !n.equals("schedule")).toList();
  }

  private static List<String> components(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }
}
