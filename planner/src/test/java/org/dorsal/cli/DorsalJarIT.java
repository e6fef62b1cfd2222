package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dorsal.bench.TinyBenchmarkSets;
import org.dorsal.cli.DorsalJar.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the packaged jar, run as the user runs it, on the bundled instances. */
class DorsalJarIT {
  @TempDir Path temp;


  private Run dorsal(String... args) throws IOException, InterruptedException {
    return DorsalJar.run(temp, "4g", 5, args);
  }

  @Test
  void plansTinyToItsHandComputedOptimumAndVerifiesIt() throws Exception {
    Path result = temp.resolve("tiny.result.json");
    Run run = dorsal("plan", "instances/tiny.json", "-o", result.toString(), "--time-limit", "20");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.get("schema").asText()).isEqualTo("dorsal-result/1");
    assertThat(json.at("/summary/objectiveUsd").asDouble()).isCloseTo(775348.331752515, within(1e-3));
    assertThat(json.at("/summary/totalNpcUsd").asDouble()).isCloseTo(725348.331752515, within(1e-3));
    assertThat(json.at("/solver/status").asText()).isEqualTo("optimal");
    Run verify = dorsal("verify", "instances/tiny.json", result.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    assertThat(verify.stdout()).isEqualTo(result + ": verified against instances/tiny.json\n");
  }

  /**
   * docs/split-routing.md: leases L2 and L4, usage 1,500 per year, transit 12,600, so 32,100 per year
   * over 10 years at 10 %; Caracoto's traffic splits 100 / 50 between Juliaca and Puno.
   */
  @Test
  void plansTinySplitToItsHandComputedOptimumWithASplitSite() throws Exception {
    Path result = temp.resolve("tiny-split.result.json");
    Run run = dorsal("plan", "instances/tiny-split.json", "-o", result.toString(), "--time-limit", "20");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("  net present cost 197,241 USD (capex 0, opex 0, leases 110,602, usage 9,217,"
        + " transit 77,422)\n");
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.at("/summary/objectiveUsd").asDouble()).isCloseTo(197240.60409312023, within(1e-6));
    assertThat(json.at("/summary/usageNpcUsd").asDouble()).isCloseTo(1500 * 6.14456710570468, within(1e-6));
    assertThat(json.at("/solver/status").asText()).isEqualTo("optimal");
    List<String> caracoto = new ArrayList<>();
    for (JsonNode r : json.get("routes")) {
      if (r.get("siteId").asText().equals("S2")) {
        caracoto.add(r.get("linkPath") + " " + r.get("shareMbps").asDouble());
      }
    }
    assertThat(caracoto).containsExactlyInAnyOrder("[\"L2\"] 100.0", "[\"L6\",\"L4\"] 50.0");
    Run verify = dorsal("verify", "instances/tiny-split.json", result.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
  }

  @Test
  void plansTheRegionalInstanceAndVerifiesIt() throws Exception {
    Path result = temp.resolve("cusco-puno.result.json");
    Run run = dorsal("plan", "instances/cusco-puno.json", "-o", result.toString(), "--time-limit", "20");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.at("/summary/sitesTotal").asInt()).isEqualTo(200);
    // Camisea's only link is satellite; every required site is served
    assertThat(json.at("/summary/sitesServed").asInt()).isGreaterThanOrEqualTo(180);
    double objective = json.at("/solver/objectiveUsd").asDouble();
    double bound = json.at("/solver/boundUsd").asDouble();
    assertThat(bound).isPositive().isLessThanOrEqualTo(objective);
    assertThat(json.at("/solver/gap").asDouble()).isCloseTo((objective - bound) / objective, within(1e-12));
    assertThat(json.at("/solver/objectiveUsd").asDouble()).isLessThanOrEqualTo(json.at("/solver/heuristicObjectiveUsd").asDouble());
    Run verify = dorsal("verify", "instances/cusco-puno.json", result.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
  }

  @Test
  void plansTheMidSizeInstanceRegionByRegionWithProgressAndAGlobalBound() throws Exception {
    Path result = temp.resolve("peru-south.result.json");
    Run run = dorsal("plan", "instances/peru-south.json", "-o", result.toString(), "--time-limit", "25");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    // progress on stderr: the regions, then the combined plan's cost, then the bound and gap
    assertThat(run.stderr()).contains("regions planned: 1 of ").contains("plan of all ")
        .containsPattern("done; cost [0-9,]+ USD, bound [0-9,]+, gap [0-9.]+ %");
    JsonNode json = new ObjectMapper().readTree(result.toFile());
    assertThat(json.at("/solver/solver").asText()).contains("regions planned in parallel");
    assertThat(json.at("/summary/sitesTotal").asInt()).isEqualTo(3104);
    assertThat(json.at("/summary/sitesServed").asInt()).isGreaterThanOrEqualTo(2861);
    double objective = json.at("/solver/objectiveUsd").asDouble();
    double bound = json.at("/solver/boundUsd").asDouble();
    // the whole network's minimum arborescence, 234,726,052 USD (docs/national-scale.md), raised by
    // the hop-cover prices, beats the regions' LP sum (191.6 M at 60 s): the gap is under 20 % (it
    // was 34-37 % with the LP sum alone)
    assertThat(json.at("/solver/solver").asText()).contains("lower bound: minimum arborescence of the whole network");
    assertThat(bound).isGreaterThan(234_726_052).isLessThan(objective);
    assertThat((objective - bound) / objective).isLessThan(0.20);
    Run quiet = dorsal("plan", "instances/peru-south.json", "-o", temp.resolve("quiet.json").toString(),
        "--time-limit", "5", "--heuristic-only", "-q");
    assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
    assertThat(quiet.stderr()).isEmpty();
    assertThat(quiet.stdout()).isEmpty();
    // heuristic only: no lower bound, status feasible
    JsonNode heuristic = new ObjectMapper().readTree(temp.resolve("quiet.json").toFile());
    assertThat(heuristic.at("/solver/boundUsd").asDouble()).isZero();
    assertThat(heuristic.at("/solver/status").asText()).isEqualTo("feasible");
  }

  @Test
  void generatesTheRegionsCandidatesThenPlansAndVerifiesTheGeneratedNetwork() throws Exception {
    Path expanded = temp.resolve("cusco-puno-expanded.json");
    Run candidates = dorsal("candidates", "instances/cusco-puno-generated.json", "-o", expanded.toString());
    assertThat(candidates.exitCode()).as(candidates.stderr()).isZero();
    assertThat(candidates.stdout()).startsWith(expanded + ": 226 nodes (200 sites), 165 given links + 1583 generated\n"
        + "  fiber-build           659 links\n"
        + "  microwave             724 links\n"
        + "  satellite             200 links\n"
        + "  microwave hops engineered 1,068, rejected 344\n");
    Run valid = dorsal("validate", expanded.toString());
    assertThat(valid.stdout()).isEqualTo(expanded + ": valid (cusco-puno-generated: 226 nodes, 1748 links)\n");

    // the instance with rules and its expansion plan alike, and each result verifies against both
    Path fromRules = temp.resolve("rules.result.json");
    Run plan = dorsal("plan", "instances/cusco-puno-generated.json", "-o", fromRules.toString(), "--heuristic-only");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).startsWith("candidates generated: 1583 links in ");
    Path fromExpanded = temp.resolve("expanded.result.json");
    assertThat(dorsal("plan", expanded.toString(), "-o", fromExpanded.toString(), "--heuristic-only", "-q").exitCode()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode a = mapper.readTree(fromRules.toFile());
    JsonNode b = mapper.readTree(fromExpanded.toFile());
    assertThat(a.get("links")).isEqualTo(b.get("links"));
    assertThat(a.get("routes")).isEqualTo(b.get("routes"));
    assertThat(a.at("/summary/sitesServed").asInt()).isGreaterThanOrEqualTo(180);
    Run verify = dorsal("verify", "instances/cusco-puno-generated.json", fromRules.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
  }

  /** A gateway and a site 19.5 km apart at 500 m, and a 0.01 deg grid with a ridge between them. */
  private Path ridgeInstance(String gridFile, int ridgeM) throws IOException {
    StringBuilder grid = new StringBuilder("ncols 40\nnrows 20\nxllcorner -72.1\nyllcorner -13.1\ncellsize 0.01\n");
    for (int r = 0; r < 20; r++) {
      for (int c = 0; c < 40; c++) {
        grid.append(c == 19 || c == 20 ? ridgeM : 500).append(c < 39 ? " " : "\n");
      }
    }
    Files.writeString(temp.resolve("ridge.asc"), grid);
    Path instance = temp.resolve("ridge.json");
    Files.writeString(instance, """
        {"schema": "dorsal-instance/1", "name": "ridge",
         "economics": {"horizonYears": 10, "discountRate": 0.1},
         "candidateRules": {"climate": "andes", "elevationGridFile": "%s"},
         "nodes": [
           {"id": "G", "kind": "gateway", "name": "g", "lat": -13.0, "lon": -72.0, "elevationM": 500, "uplinkCapacityMbps": 1000},
           {"id": "S", "kind": "site", "name": "s", "lat": -13.0, "lon": -71.82, "elevationM": 500, "demandMbps": 50}
         ]}
        """.formatted(gridFile));
    return instance;
  }

  @Test
  void anElevationGridNamedInTheRulesBlocksTheHopBehindARidge() throws Exception {
    Path out = temp.resolve("expanded.json");
    Run ridge = dorsal("candidates", ridgeInstance("ridge.asc", 1500).toString(), "-o", out.toString());
    assertThat(ridge.exitCode()).as(ridge.stderr()).isZero();
    assertThat(ridge.stdout()).contains("microwave hops engineered 1, rejected 1\n")
        .contains("    NO_CLEARANCE                   1\n");
    Run flat = dorsal("candidates", ridgeInstance("ridge.asc", 500).toString(), "-o", out.toString());
    assertThat(flat.stdout()).contains("  microwave               1 links\n")
        .contains("microwave hops engineered 1, rejected 0\n");

    Path missing = ridgeInstance("nowhere.asc", 500);
    Run run = dorsal("plan", missing.toString(), "-o", temp.resolve("r.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(missing + ":0:0: /candidateRules/elevationGridFile: " + temp.resolve("nowhere.asc")
        + " not found; the path is relative to the instance file\n1 error(s); nothing was written\n");
    assertThat(Files.exists(temp.resolve("r.json"))).isFalse();
  }

  @Test
  void candidatesNeedRulesAndNeverOverwriteTheInstance() throws Exception {
    Path out = temp.resolve("x.json");
    Run noRules = dorsal("candidates", "instances/tiny.json", "-o", out.toString());
    assertThat(noRules.exitCode()).isEqualTo(2);
    assertThat(noRules.stderr()).isEqualTo("instances/tiny.json:0:0: /: the instance has no candidateRules, so there is"
        + " nothing to generate; add \"candidateRules\": {} to generate with the defaults\n");
    assertThat(Files.exists(out)).isFalse();

    Path copy = temp.resolve("g.json");
    Files.copy(Path.of("instances/cusco-puno-generated.json"), copy);
    byte[] before = Files.readAllBytes(copy);
    Run overwrite = dorsal("candidates", copy.toString(), "-o", copy.toString());
    assertThat(overwrite.exitCode()).isEqualTo(2);
    assertThat(overwrite.stderr()).isEqualTo(copy + ": the output would overwrite the instance; choose another -o\n");
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
  }

  @Test
  void aResultNamedGzIsWrittenCompressedAndVerifiesAsWritten() throws Exception {
    Path result = temp.resolve("tiny.result.json.gz");
    assertThat(dorsal("plan", "instances/tiny.json", "-o", result.toString(), "-q").exitCode()).isZero();
    byte[] bytes = Files.readAllBytes(result);
    assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
    assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
    JsonNode json = new ObjectMapper().readTree(new java.util.zip.GZIPInputStream(Files.newInputStream(result)));
    assertThat(json.at("/summary/objectiveUsd").asDouble()).isCloseTo(775348.331752515, within(1e-3));
    Run verify = dorsal("verify", "instances/tiny.json", result.toString());
    assertThat(verify.exitCode()).as(verify.stderr()).isZero();
  }

  @Test
  void sameInputAndSeedGiveTheSamePlan() throws Exception {
    Path first = temp.resolve("a.json");
    Path second = temp.resolve("b.json");
    assertThat(dorsal("plan", "instances/cusco-puno.json", "-o", first.toString(), "--heuristic-only", "-q").exitCode()).isZero();
    assertThat(dorsal("plan", "instances/cusco-puno.json", "-o", second.toString(), "--heuristic-only", "-q").exitCode()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode a = mapper.readTree(first.toFile());
    JsonNode b = mapper.readTree(second.toFile());
    assertThat(a.get("links")).isEqualTo(b.get("links"));
    assertThat(a.get("routes")).isEqualTo(b.get("routes"));
    assertThat(a.get("summary")).isEqualTo(b.get("summary"));
  }

  @Test
  void validateReportsEveryErrorWithLocation() throws Exception {
    Path bad = temp.resolve("bad.json");
    String tiny = Files.readString(Path.of("instances/tiny.json"));
    Files.writeString(bad, tiny.replace("\"lat\": -13.5310", "\"lat\": -113.5310").replace("\"demandMbps\": 50,", "\"demandMbps\": -50,"));
    Run run = dorsal("validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().lines().filter(l -> l.startsWith(bad.toString())).count()).isEqualTo(2);
    assertThat(run.stderr()).contains("/nodes/1/lat").contains("/nodes/3/demandMbps");
    Run all = dorsal("validate", "instances/tiny.json", "instances/cusco-puno.json", "instances/cusco-puno-generated.json",
        "instances/peru-national.json", "instances/peru-south.json");
    assertThat(all.exitCode()).as(all.stderr()).isZero();
    assertThat(all.stdout()).contains("instances/peru-national.json: valid (peru-national: 33897 nodes, 1024 links; more links"
        + " are generated from candidateRules)\n")
        .contains("instances/peru-south.json: valid (peru-south: 3120 nodes, 0 links; more links are generated from"
        + " candidateRules)\n");
  }

  @Test
  void referenceResultsInResultsFolderStillVerify() throws Exception {
    for (String name : List.of("tiny", "tiny-split", "cusco-puno", "cusco-puno-generated", "peru-south", "tiny-rollout",
        "cusco-puno-rollout", "cusco-puno-risk")) {
      Run verify = dorsal("verify", "instances/" + name + ".json", "results/" + name + ".result.json");
      assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    }
    // the national plan is 32 MB as JSON, so it is kept gzip-compressed
    Run national = dorsal("verify", "instances/peru-national.json", "results/peru-national.result.json.gz");
    assertThat(national.exitCode()).as(national.stderr()).isZero();
  }

  @Test
  void invalidInstanceExitsTwoAndWritesNothing() throws Exception {
    Path bad = temp.resolve("bad.json");
    String tiny = Files.readString(Path.of("instances/tiny.json"));
    Files.writeString(bad, tiny.replace("\"lat\": -13.5310", "\"lat\": -113.5310"));
    Path result = temp.resolve("bad.result.json");
    Run run = dorsal("plan", bad.toString(), "-o", result.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(bad + ":10:67: /nodes/1/lat: latitude -113.531 is out of range;"
        + " use decimal degrees between -90 and 90\n1 error(s); nothing was written\n");
    assertThat(Files.exists(result)).isFalse();
  }

  @Test
  void infeasibleInstanceExitsOneNamingTheSiteAndWritesNothing() throws Exception {
    Path cut = temp.resolve("cut.json");
    String tiny = Files.readString(Path.of("instances/tiny.json"));
    // S1's only link left is a 10 Mbps hop to S4: remove L1 (S1-G1), re-point L2 (S2-S1) to S3, add L0
    String edited = tiny.replaceAll("(?s)\\{ \"id\": \"L1\".*?\\] \\},\\s*", "")
        .replace("\"from\": \"S2\", \"to\": \"S1\"", "\"from\": \"S2\", \"to\": \"S3\"");
    Files.writeString(cut, edited.replace("\"links\": [", "\"links\": [\n    { \"id\": \"L0\", \"from\": \"S1\", \"to\": \"S4\", \"technology\": \"microwave\", \"lengthKm\": 5, \"options\": [ { \"id\": \"mw\", \"capacityMbps\": 10 } ] },"));
    Path result = temp.resolve("cut.result.json");
    Run run = dorsal("plan", cut.toString(), "-o", result.toString());
    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(1);
    assertThat(run.stderr()).isEqualTo("no plan: the MIP proved that no plan meets every constraint; 1 required site(s) cannot be served\n"
        + "  site S1: no route can carry its 100.0 Mbps: every route has a link (or gateway uplink) with less capacity;"
        + " add a larger option\n");
    assertThat(Files.exists(result)).isFalse();
  }

  @Test
  void refusesToOverwriteTheInstance() throws Exception {
    Path copy = temp.resolve("tiny.json");
    Files.copy(Path.of("instances/tiny.json"), copy);
    byte[] before = Files.readAllBytes(copy);
    Run run = dorsal("plan", copy.toString(), "-o", copy.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(copy + ": the output would overwrite the instance; choose another -o\n");
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
  }

  @Test
  void tamperedResultFailsVerification() throws Exception {
    Path result = temp.resolve("tiny.result.json");
    assertThat(dorsal("plan", "instances/tiny.json", "-o", result.toString(), "-q").exitCode()).isZero();
    String text = Files.readString(result);
    Files.writeString(result, text.replaceFirst("\"capexUsd\": 141000\\.0", "\"capexUsd\": 131000.0"));
    Run verify = dorsal("verify", "instances/tiny.json", result.toString());
    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.stderr()).startsWith(result + ": 1 violation(s):");
  }

  @Test
  void benchRunsEverySolverOnASetAndWritesTheTableAsJsonAndCsv() throws Exception {
    Path set = TinyBenchmarkSets.stp(temp);
    Path prefix = temp.resolve("out").resolve("tiny");
    Run run = dorsal("bench", set.toString(), "--time-limit", "2", "-o", prefix.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).startsWith("tiny-stp: 6 row(s), time limit 2 s per solver and instance, 2 thread(s)\n")
        .contains("\nsummary\ndorsal:        2 instance(s), 2 with a plan; gap to known value over 2: mean 0.000 %,"
            + " max 0.000 %; 2 at the known value; mean time ")
        .contains("\nshortest-path: 2 instance(s), 1 with a plan; gap to known value over 1: mean 11.111 %,"
            + " max 11.111 %; 0 at the known value; mean time ")
        .endsWith("written: " + prefix + ".json, " + prefix + ".csv\n");
    assertThat(run.stderr().lines()).hasSize(6).first().asString()
        .startsWith("[1/2] path dorsal: cost 3.0 optimal, gap to known 0.000 %, ");
    JsonNode json = new ObjectMapper().readTree(Path.of(prefix + ".json").toFile());
    assertThat(json.get("rows")).hasSize(6);
    assertThat(json.at("/rows/4/solver").asText()).isEqualTo("shortest-path");
    assertThat(json.at("/rows/4/cost").asDouble()).isEqualTo(10);
    assertThat(json.at("/rows/1/status").asText()).isEqualTo("no-plan");
    List<String> csv = Files.readAllLines(Path.of(prefix + ".csv"));
    assertThat(csv).hasSize(7);
    assertThat(csv.get(6)).startsWith("tiny-stp,star,4,6,2,plain-mip,9.0,9.0,opt,0.0,");
  }

  @Test
  void benchOnAMissingFolderExitsTwoAndWritesNothing() throws Exception {
    Path missing = temp.resolve("no-such-set");
    Path out = temp.resolve("out");
    Run run = dorsal("bench", missing.toString(), "-o", out.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(missing + ":0:0: folder not found; check the path\n");
    assertThat(run.stdout()).isEmpty();
    assertThat(Files.exists(out)).isFalse();
  }
}
