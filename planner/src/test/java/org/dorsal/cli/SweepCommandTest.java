package org.dorsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.ResultJson;
import org.dorsal.model.Instance;
import org.dorsal.model.result.PlanResult;
import org.dorsal.verify.PlanVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dorsal sweep} on instances/tiny.json: files, verified points, no-plan points, validation. */
class SweepCommandTest {
  private static final Path TINY = Path.of("instances/tiny.json");

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run sweep(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new DorsalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] full = Stream.concat(Stream.of("sweep"), Stream.of(args)).toArray(String[]::new);
    return new Run(cli.execute(full), out.toString(), err.toString());
  }

  @Test
  void everyPointVerifiedNoPlanBelowTheRequiredSitesCapexAndParetoFlags() throws Exception {
    Path out = dir.resolve("out");
    Run run = sweep(TINY.toString(), "--budget", "0:200000:5", "--time-limit", "5", "--threads", "2", "-o",
        out.toString(), "--quiet");
    // budgets 0 and 50,000 are below the 65,000 USD the required sites need (L1 + L2 at 30,000, S3's
    // satellite terminal at 5,000): those points have no plan, the others are written
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("budget 0 USD: no plan: the capex budget of 0 USD is below the least capex that"
        + " serves every required site (65,000 USD)");
    JsonNode sweep = new ObjectMapper().readTree(out.resolve("tiny.sweep.json").toFile());
    assertThat(sweep.get("schema").asText()).isEqualTo("dorsal-sweep/1");
    assertThat(sweep.at("/base/instanceName").asText()).isEqualTo("tiny");
    assertThat(sweep.at("/base/sha256").asText()).hasSize(64);
    assertThat(sweep.get("weight").asText()).isEqualTo("population");
    assertThat(sweep.at("/settings/steps").asInt()).isEqualTo(5);
    JsonNode points = sweep.get("points");
    assertThat(points).hasSize(5);
    Instance tiny = new InstanceReader().read(TINY);
    byte[] tinyBytes = Files.readAllBytes(TINY);
    double previousCoverage = -1;
    for (int i = 0; i < 5; i++) {
      JsonNode p = points.get(i);
      assertThat(p.get("budgetUsd").asDouble()).isEqualTo(50000.0 * i);
      if (i < 2) {
        assertThat(p.at("/metrics/status").asText()).isEqualTo("no-plan");
        assertThat(p.get("resultFile").isNull()).isTrue();
        assertThat(p.at("/metrics/capexUsd").isNull()).isTrue();
        assertThat(p.get("paretoOptimal").asBoolean()).isFalse();
        continue;
      }
      String file = "tiny.budget-" + 50000 * i + ".result.json";
      assertThat(p.get("resultFile").asText()).isEqualTo(file);
      assertThat(p.at("/metrics/verified").asBoolean()).isTrue();
      PlanResult result = ResultJson.read(file, Files.readAllBytes(out.resolve(file)));
      // the verifier passes the result against the base file itself
      assertThat(new PlanVerifier().verify(tiny, result, tinyBytes).violations()).isEmpty();
      assertThat(result.summary().capexUsd()).isLessThanOrEqualTo(50000.0 * i);
      assertThat(result.coverage().capexBudgetUsd()).isEqualTo(50000.0 * i);
      assertThat(p.get("weightCovered").asDouble()).isEqualTo(result.coverage().weightCovered());
      assertThat(p.at("/metrics/capexUsd").asDouble()).isEqualTo(result.summary().capexUsd());
      assertThat(p.get("weightCovered").asDouble()).isGreaterThanOrEqualTo(previousCoverage);
      previousCoverage = p.get("weightCovered").asDouble();
    }
    // 100,000: required sites only (4,300 people) at 65,000 capex; 150,000: same coverage, cheaper
    // NPC but 141,000 capex (dominated); 200,000: S4 too (4,600 people) at 181,000
    assertThat(points.get(2).get("weightCovered").asDouble()).isEqualTo(4300);
    assertThat(points.get(4).get("weightCovered").asDouble()).isEqualTo(4600);
    assertThat(List.of(points.get(2).get("paretoOptimal").asBoolean(), points.get(3).get("paretoOptimal").asBoolean(),
        points.get(4).get("paretoOptimal").asBoolean())).containsExactly(true, false, true);
    JsonNode schema = new ObjectMapper().readTree(Path.of("schemas/dorsal-sweep-1.schema.json").toFile());
    for (JsonNode p : points) {
      assertThat(names(p)).isEqualTo(texts(schema.at("/$defs/point/required")));
      assertThat(names(p.get("metrics"))).isEqualTo(texts(schema.at("/$defs/metrics/required")));
    }
    assertThat(names(points.get(2).at("/metrics/byTechnologyNpcUsd")))
        .isEqualTo(texts(schema.at("/$defs/metrics/properties/byTechnologyNpcUsd/required")));
    List<String> csv = Files.readAllLines(out.resolve("tiny.sweep.csv"));
    assertThat(csv).hasSize(6);
    assertThat(csv.get(0)).startsWith("budgetUsd,status,verified,weightCovered,weightBound,paretoOptimal,totalNpcUsd,")
        .contains(",npc_fiber-build,npc_microwave,npc_satellite,npc_fiber-lease,npc_fiber-existing,npc_backbone-transit,")
        .endsWith(",resultFile,reason");
    assertThat(csv.get(1)).startsWith("0,no-plan,false,,,false,");
    assertThat(csv.get(3)).startsWith("100000,optimal,true,4300,4300,true,").contains(",65000,");
  }

  /**
   * instances/tiny-rollout-coverage.json over its yearly budget (docs/coverage.md): below S1's
   * 10,000 USD no plan; 10,000 and 15,000 hold S1 alone; 20,000 adds C in year 2; 25,000 holds B
   * in year 1 as well (A never fits beside S1 and B).
   */
  @Test
  void perYearSweepsTheRolloutsYearlyBudget() throws Exception {
    Path base = Path.of("instances/tiny-rollout-coverage.json");
    Path out = dir.resolve("per-year");
    Run run = sweep(base.toString(), "--per-year", "--budget", "5000:25000:5", "--time-limit", "5", "-o",
        out.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("budget 5,000 USD: no plan: no roll-out of the required sites within the budgets"
        + " was found (the coverage forest with 0 optional site(s) dropped, and the roll-out planner's forests): the"
        + " planned network needs at least 10000.00 USD of capex by year 1, more than 1 x capexBudgetUsdPerYear"
        + " 5000.00 = 5000.00 USD\n");
    JsonNode sweep = new ObjectMapper().readTree(out.resolve("tiny-rollout-coverage.sweep.json").toFile());
    assertThat(sweep.at("/settings/budgetPerYear").asBoolean()).isTrue();
    Instance instance = new InstanceReader().read(base);
    byte[] bytes = Files.readAllBytes(base);
    double[] expected = {Double.NaN, 2000, 2000, 2300, 3100};
    for (int i = 1; i < 5; i++) {
      JsonNode p = sweep.get("points").get(i);
      String file = "tiny-rollout-coverage.budget-per-year-" + (5000 + 5000 * i) + ".result.json";
      assertThat(p.get("resultFile").asText()).isEqualTo(file);
      PlanResult result = ResultJson.read(file, Files.readAllBytes(out.resolve(file)));
      assertThat(new PlanVerifier().verify(instance, result, bytes).violations()).isEmpty();
      assertThat(result.coverage().weightCovered()).as("budget %d", 5000 + 5000 * i).isEqualTo(expected[i]);
      assertThat(result.coverage().capexBudgetUsdPerYear()).isEqualTo(5000.0 + 5000 * i);
      for (var year : result.rollout().years()) {
        assertThat(year.capexUsd()).isLessThanOrEqualTo(5000.0 + 5000 * i);
      }
    }
  }

  @Test
  void perYearNeedsARollout() {
    Run run = sweep(TINY.toString(), "--per-year", "--budget", "0:10:2", "-o", dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("instances/tiny.json: --per-year sweeps the roll-out's yearly capex budget, but"
        + " the instance has no 'rollout' section; add one (docs/rollout.md) or sweep the total budget without"
        + " --per-year\n");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void outputDoesNotDependOnTheThreadCount() throws Exception {
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    assertThat(sweep(TINY.toString(), "--budget", "65000:200000:4", "--time-limit", "5", "--threads", "1", "-o",
        one.toString(), "-q").exitCode()).isZero();
    assertThat(sweep(TINY.toString(), "--budget", "65000:200000:4", "--time-limit", "5", "--threads", "3", "-o",
        three.toString(), "-q").exitCode()).isZero();
    List<String> files;
    try (Stream<Path> listed = Files.list(one)) {
      files = listed.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).hasSize(6).contains("tiny.sweep.json", "tiny.sweep.csv");
    for (String file : files) {
      if (file.endsWith(".json")) {
        assertThat(withoutTimes(three.resolve(file))).as(file).isEqualTo(withoutTimes(one.resolve(file)));
      }
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  /** The document with every "seconds" and the sweep's own thread count removed. */
  private static JsonNode withoutTimes(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    strip(root);
    if (root.has("settings")) {
      ((ObjectNode) root.get("settings")).remove("threads");
    }
    return root;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("seconds");
    }
    node.forEach(SweepCommandTest::strip);
  }

  @Test
  void badBudgetsAreRejectedWithNothingWritten() {
    Path out = dir.resolve("bad");
    Run run = sweep(TINY.toString(), "--budget", "5:1:3", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--budget: FROM (5) must not exceed TO (1)\n");
    assertThat(sweep(TINY.toString(), "--budget", "0:1:1", "-o", out.toString()).err())
        .isEqualTo("--budget: STEPS must be a whole number of at least 2 (the points include FROM and TO); found '1'\n");
    assertThat(sweep(TINY.toString(), "--budget", "0:Infinity:3", "-o", out.toString()).err())
        .isEqualTo("--budget: TO must be a number of USD, e.g. 25000000; found 'Infinity'\n");
    Run threads = sweep(TINY.toString(), "--budget", "0:1:3", "--threads", "0", "-o", out.toString());
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.err()).isEqualTo("--time-limit must be > 0 and --threads >= 1\n");
    Run missing = sweep(TINY.toString(), "-o", out.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Missing required option: '--budget=FROM:TO:STEPS'");
    assertThat(Files.exists(out)).isFalse();
  }
}
