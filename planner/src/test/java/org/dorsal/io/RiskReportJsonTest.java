package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.FactorDistribution;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.risk.PlanFigures;
import org.dorsal.model.risk.RiskBase;
import org.dorsal.model.risk.RiskReport;
import org.dorsal.model.risk.RiskSample;
import org.dorsal.model.risk.RiskSettings;
import org.dorsal.model.risk.SampleOutcome;
import org.dorsal.model.risk.Spread;
import org.dorsal.model.risk.TornadoBar;
import org.junit.jupiter.api.Test;

/** The risk document and CSV as written, against schemas/dorsal-risk-1.schema.json. */
class RiskReportJsonTest {
  private static final SampleOutcome FEASIBLE = new SampleOutcome("feasible", true, 1500.5, 4300, 3, 0, 1, null);
  private static final SampleOutcome NO_PLAN =
      new SampleOutcome("no-plan", false, Double.NaN, 0, 0, 0, 0, "no plan, because");

  private static RiskReport report() {
    Map<String, Double> byTechnology = new LinkedHashMap<>();
    byTechnology.put("microwave", 1000.0);
    byTechnology.put("backbone-transit", 500.0);
    PlanFigures base = new PlanFigures("optimal", true, 1500, 1000, 0, 0, 500, byTechnology, 4, 3, 3, 0, 4300,
        500, 0.35, 0, 0, 3, 0, Double.NaN, Double.NaN, 0.5);
    return new RiskReport(new RiskBase("t", "t.json", "ab"),
        new RiskSettings(RiskSettings.REPLAN, 2, 9, 5, 2, true),
        List.of(new UncertainDriver("demand", new FactorDistribution.Lognormal(1, 0.25))), base,
        new Spread(1500.5, 1500.5, 1500.5, 1500.5, 1500.5, 1500.5), new Spread(4300, 4300, 4300, 4300, 4300, 4300),
        new Spread(3, 3, 3, 3, 3, 3), 0, 1,
        List.of(new RiskSample(0, Map.of("demand", 1.25), FEASIBLE), new RiskSample(1, Map.of("demand", 2.5e7),
            NO_PLAN)),
        List.of(new TornadoBar("demand", 0.75, 1.4, FEASIBLE, NO_PLAN, Double.NaN)));
  }

  @Test
  void everyFieldIsOneTheSchemaNamesAndMissingNumbersAreNull() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.readTree(RiskReportJson.write(report()));
    JsonNode schema = mapper.readTree(Path.of("schemas/dorsal-risk-1.schema.json").toFile());
    JsonNode defs = schema.get("$defs");
    assertThat(names(json)).containsExactlyElementsOf(names(schema.get("properties")));
    assertThat(names(json.get("baseMetrics"))).containsExactlyElementsOf(names(defs.at("/metrics/properties")));
    assertThat(names(json.at("/sampleTable/0"))).containsExactlyElementsOf(concat(
        names(defs.at("/sample/properties")), names(defs.at("/outcome/properties"))).subList(0, 9));
    assertThat(names(json.at("/tornado/0"))).containsExactlyElementsOf(names(defs.at("/tornadoBar/properties")));
    assertThat(names(json.get("cost"))).containsExactlyElementsOf(names(defs.at("/spread/properties")));
    assertThat(json.get("schema").asText()).isEqualTo(schema.at("/properties/schema/const").asText());
    assertThat(json.at("/sampleTable/1/totalNpcUsd").isNull()).isTrue();
    assertThat(json.at("/sampleTable/1/reason").asText()).isEqualTo("no plan, because");
    assertThat(json.at("/sampleTable/0").has("reason")).isFalse();
    assertThat(json.at("/tornado/0/swingUsd").isNull()).isTrue();
    assertThat(json.at("/baseMetrics/lowerBoundUsd").isNull()).isTrue();
    assertThat(json.at("/drivers/0/distribution/median").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theCsvHasOneRowPerSampleWithPlainNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RiskSampleCsv.write(report(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
        index,factor_demand,totalNpcUsd,populationCovered,sitesServed,status,verified,sitesUncovered,upgradedLinks,reason
        0,1.25,1500.5,4300,3,feasible,true,0,1,
        1,25000000,,0,0,no-plan,false,0,0,"no plan, because"
        """);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
