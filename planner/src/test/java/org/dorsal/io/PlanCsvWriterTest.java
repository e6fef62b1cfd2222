package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanCsvWriterTest {
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void linksOfTinyWithPlainNumbersAndTheNamesOfBothEnds() {
    assertThat(text(PlanCsvWriter.links(TinyPlanBundle.plan()))).isEqualTo(
        "linkId,technology,optionId,fromId,fromName,toId,toName,capacityMbps,flowMbps,utilisation,lengthKm,"
            + "capexUsd,opexNpcUsd,leaseNpcUsd,npcUsd,year\n"
            + "L1,microwave,mw-200,S1,San Sebastian,G1,Cusco PoP,200,200,1,10,30000,18433.70131711404,0,"
            + "48433.70131711404,0\n"
            + "L2,microwave,mw-200,S2,Oropesa,S1,San Sebastian,200,100,0.5,8,30000,18433.70131711404,0,"
            + "48433.70131711404,0\n"
            + "L6,microwave,mw-long-200,S3,Ccatca,G1,Cusco PoP,200,50,0.25,45,81000,49770.993556207904,0,"
            + "130770.9935562079,0\n");
  }

  @Test
  void aNameWithACommaAndAQuoteIsQuotedAsRfc4180Says() {
    PlanBundle plan = TinyPlanBundle.withRenamedNode("Oropesa", "Oropesa, \"Alta\"");
    String sites = text(PlanCsvWriter.sites(plan));
    assertThat(sites.split("\n")[2]).isEqualTo(
        "S2,\"Oropesa, \"\"Alta\"\"\",-13.592,-71.769,100,1500,true,true,gateway,G1,2,L2,microwave,0");
    assertThat(text(PlanCsvWriter.routes(plan)).split("\n")[2]).isEqualTo(
        "S2,\"Oropesa, \"\"Alta\"\"\",gateway,G1,2,2,2,100,S2 > S1 > G1,L2 > L1");
  }

  @Test
  void sitesSayWhetherAndHowEachIsServed() {
    String[] lines = text(PlanCsvWriter.sites(TinyPlanBundle.plan())).split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[4]).isEqualTo("S4,Ocongate,-13.629,-71.388,20,300,false,false,unserved,,0,,,50000");
  }

  @Test
  void summaryHasTheTotalsAndCostsPerUnit() {
    String summary = text(PlanCsvWriter.summary(TinyPlanBundle.plan()));
    assertThat(summary).startsWith("metric,value\ninstanceName,tiny\ncurrency,USD\nstatus,optimal\n"
        + "totalNpcUsd,725348.331752515\ncapexUsd,141000\n");
    // 725,348.33 USD over 3 sites, 4,300 people, and 250 Mbps x 120 months
    assertThat(summary).contains("\ncostPerSiteUsd,241782.77725083835\n", "\ncostPerPersonUsd,168.68565854709652\n",
        "\ncostPerMbpsMonthUsd,24.178277725083834\n", "\nnpc_microwave,227638.39619043597\n",
        "\nsolver,heuristic + SCIP MIP (OR-Tools)\n");
  }

  @Test
  void plainNumbersNeverUseAnExponent() {
    assertThat(CsvTable.plain(1.0E-4)).isEqualTo("0.0001");
    assertThat(CsvTable.plain(3.0751726478E9)).isEqualTo("3075172647.8");
    assertThat(CsvTable.plain(-0.0)).isEqualTo("0");
    assertThat(CsvTable.plain(Double.NaN)).isEmpty();
  }
}
