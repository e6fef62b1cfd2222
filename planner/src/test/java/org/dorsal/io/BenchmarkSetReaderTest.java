package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dorsal.model.FixedChargeFlowProblem;
import org.dorsal.model.Instance;
import org.dorsal.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real benchmark files parse and agree with their tables. */
class BenchmarkSetReaderTest {

  private static Map<String, KnownValuesTable.Row> rowsByName(Path folder) throws Exception {
    return BenchmarkSetReader.knownValues(folder).stream()
        .collect(Collectors.toMap(KnownValuesTable.Row::baseName, Function.identity(), (a, b) -> a));
  }

  @ParameterizedTest
  @ValueSource(strings = {"steinlib-B", "steinlib-C", "steinlib-D", "steinlib-E", "steinlib-I080", "steinlib-MC",
      "steinlib-PUC", "steinlib-SP", "steinlib-X", "pace2018-track1", "dimacs-pcspg-crr", "dimacs-pcspg-jmp",
      "dimacs-pcspg-pucnu", "dimacs-rpcstp-cologne"})
  void everyStpFileParsesWithTheTablesCountsAndMapsExactly(String set) throws Exception {
    Path folder = BenchmarkFolders.set(set);
    Map<String, KnownValuesTable.Row> rows = rowsByName(folder);
    List<BenchmarkEntry> entries = BenchmarkSetReader.list(folder);
    assertThat(entries).extracting(BenchmarkEntry::name).containsExactlyInAnyOrderElementsOf(rows.keySet());
    for (BenchmarkEntry entry : entries) {
      KnownValuesTable.Row row = rows.get(entry.name());
      assertThat(entry.format()).isEqualTo(BenchmarkEntry.Format.STP);
      assertThat(entry.set()).isEqualTo(set);
      assertThat(entry.knownValue()).isEqualTo(row.knownValue());
      StpFile stp = StpReader.read(entry.file());
      assertThat(stp.nodeCount()).as(entry.name()).isEqualTo(row.nodes());
      assertThat(stp.edgeCount()).as(entry.name()).isEqualTo(row.edges());
      assertThat(stp.terminalCount()).as(entry.name()).isEqualTo(row.terminals());
      if (!Double.isNaN(stp.statedOptimum())) {
        assertThat(stp.statedOptimum()).as(entry.name()).isEqualTo(row.knownValue().value());
      }
      BenchmarkInstance loaded = BenchmarkSetReader.load(entry);
      Instance instance = loaded.instance();
      assertThat(loaded.relation()).isNotEqualTo(ObjectiveRelation.NOT_MAPPED);
      long gateways = instance.nodes().stream().filter(n -> n.kind() == NodeKind.GATEWAY).count();
      assertThat(gateways).isEqualTo(1);
      switch (stp.problem()) {
        case STEINER_TREE -> {
          assertThat(loaded.relation()).isEqualTo(ObjectiveRelation.EQUAL);
          assertThat(instance.nodes()).hasSize(row.nodes());
          assertThat(instance.links()).hasSize(row.edges());
          assertThat(instance.nodes().stream().filter(n -> n.isRequiredSite()).count()).isEqualTo(row.terminals() - 1);
        }
        case ROOTED_PRIZE_COLLECTING -> {
          assertThat(loaded.relation()).isEqualTo(ObjectiveRelation.EQUAL);
          assertThat(instance.nodes()).hasSize(row.nodes());
          assertThat(instance.links()).hasSize(row.edges());
          assertThat(instance.nodes().stream().filter(n -> n.isOptionalSite()).count()).isEqualTo(row.terminals() - 1);
        }
        case PRIZE_COLLECTING -> {
          assertThat(loaded.relation()).isEqualTo(ObjectiveRelation.EQUAL_PLUS_OFFSET);
          assertThat(loaded.objectiveOffsetUsd()).isEqualTo(1.0);
          assertThat(instance.nodes()).hasSize(row.nodes() + 1);
          assertThat(instance.links()).hasSize(row.edges() + row.terminals());
          assertThat(instance.nodes().stream().filter(n -> n.isOptionalSite()).count()).isEqualTo(row.terminals());
          assertThat(instance.constraints().capexBudgetUsd()).isEqualTo(1.0);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"steinlib-X/berlin52", "dimacs-pcspg-jmp/K100.1", "cmst/cm50r1-Q200"})
  void mappedInstancesAreValidInstanceFiles(String setAndName) throws Exception {
    String[] parts = setAndName.split("/");
    BenchmarkEntry entry = BenchmarkSetReader.list(BenchmarkFolders.set(parts[0])).stream()
        .filter(e -> e.name().equals(parts[1])).findFirst().orElseThrow();
    Instance instance = BenchmarkSetReader.load(entry).instance();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new InstanceWriter().write(instance, json);
    Instance back = new InstanceReader().read(entry.name() + ".json", json.toByteArray());
    assertThat(back).isEqualTo(instance);
  }

  @Test
  void everyCmstFileParsesAndTheCmFilesCarryTheirKnownValues() throws Exception {
    Path folder = BenchmarkFolders.set("cmst");
    List<BenchmarkEntry> entries = BenchmarkSetReader.list(folder);
    // 10 tc/te files at Q = 3, 5, 10 and 5 cm files at Q = 200, 400, 800
    assertThat(entries).hasSize(45);
    assertThat(entries.get(0).name()).isEqualTo("cm50r1-Q200");
    assertThat(entries.stream().filter(e -> e.knownValue() != null)).hasSize(15);
    assertThat(entries.stream().filter(e -> e.name().startsWith("tc40-1-Q")).map(BenchmarkEntry::capacity))
        .containsExactly(3.0, 5.0, 10.0);
    for (KnownValuesTable.Row row : BenchmarkSetReader.knownValues(folder)) {
      String name = row.baseName() + "-Q" + (long) row.capacity();
      BenchmarkEntry entry = entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
      assertThat(entry.knownValue()).isEqualTo(row.knownValue());
      assertThat(entry.demandFile().getFileName().toString()).isEqualTo("priz50r.dat");
    }
    for (BenchmarkEntry entry : entries) {
      BenchmarkInstance loaded = BenchmarkSetReader.load(entry);
      Instance instance = loaded.instance();
      boolean cm = entry.name().startsWith("cm");
      int vertices = cm ? 50 : 41;
      assertThat(loaded.relation()).isEqualTo(ObjectiveRelation.EQUAL);
      assertThat(instance.nodes()).hasSize(vertices);
      assertThat(instance.links()).hasSize(vertices * (vertices - 1) / 2);
      assertThat(instance.nodes().get(vertices - 1).kind()).isEqualTo(NodeKind.GATEWAY);
      double demand = instance.nodes().stream().mapToDouble(n -> n.demandMbps()).sum();
      assertThat(demand).isEqualTo(cm ? 2646 : 40);
      assertThat(instance.links()).allSatisfy(l -> assertThat(l.options().get(0).capacityMbps()).isEqualTo(entry.capacity()));
    }
  }

  @Test
  void everyFcnetlibFileParsesWithTheTablesCounts() throws Exception {
    Path folder = BenchmarkFolders.set("fcnetlib");
    Map<String, KnownValuesTable.Row> rows = rowsByName(folder);
    List<BenchmarkEntry> entries = BenchmarkSetReader.list(folder);
    assertThat(entries).extracting(BenchmarkEntry::name).containsExactlyInAnyOrderElementsOf(rows.keySet());
    for (BenchmarkEntry entry : entries) {
      KnownValuesTable.Row row = rows.get(entry.name());
      BenchmarkInstance loaded = BenchmarkSetReader.load(entry);
      FixedChargeFlowProblem p = loaded.flowProblem();
      // every file of the folder balances, and the tree constraints come only with one uncapacitated source
      assertThat(loaded.relation()).as(entry.name()).isEqualTo(ObjectiveRelation.EQUAL);
      assertThat(loaded.instance().constraints().splitRouting()).isTrue();
      assertThat(loaded.knownValue()).isEqualTo(row.knownValue());
      assertThat(p.nodeCount()).as(entry.name()).isEqualTo(row.nodes());
      assertThat(p.arcCount()).as(entry.name()).isEqualTo(row.edges());
      assertThat(p.terminalCount()).as(entry.name()).isEqualTo(row.terminals());
      double balance = 0;
      for (double d : p.demandUnits()) {
        balance += d;
      }
      assertThat(balance).as(entry.name() + " supply equals demand").isZero();
      assertThat(p.flowCapacityUnits()).as(entry.name() + " uncapacitated: every arc carries the total supply")
          .containsOnly(p.totalSupplyUnits());
    }
  }
}
