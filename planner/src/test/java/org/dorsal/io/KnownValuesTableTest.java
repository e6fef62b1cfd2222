package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownValuesTableTest {

  @Test
  void readsTheStpAndTheCmstLayouts() throws Exception {
    List<KnownValuesTable.Row> stp = KnownValuesTable.read("k.tsv", List.of(
        "set\tinstance\tnodes\tedges\tterminals\tknown_value\tvalue_status\tsource",
        "dimacs-pcspg-jmp\tK100.1\t100\t348\t11\t124108\topt\tsomewhere",
        ""));
    assertThat(stp).containsExactly(new KnownValuesTable.Row("dimacs-pcspg-jmp", "K100.1", 100, 348, 11, Double.NaN,
        new KnownValue(124108, KnownValue.Status.OPTIMAL, "somewhere")));
    assertThat(stp.get(0).baseName()).isEqualTo("K100.1");
    List<KnownValuesTable.Row> cmst = KnownValuesTable.read("v.tsv", List.of(
        "set\tinstance\tn\tcapacity\tknown_value\tstatus\tsource",
        "cm50\tcm50r1.dat\t49\t200\t1098\tbks\tpaper"));
    assertThat(cmst).containsExactly(new KnownValuesTable.Row("cm50", "cm50r1.dat", -1, -1, 49, 200,
        new KnownValue(1098, KnownValue.Status.BEST_KNOWN, "paper")));
    assertThat(cmst.get(0).baseName()).isEqualTo("cm50r1");
  }

  @Test
  void aValueWithDecimalsIsTakenAsRoundedToThem() throws Exception {
    List<KnownValuesTable.Row> rows = KnownValuesTable.read("k.tsv", List.of(
        "set\tinstance\tnodes\tedges\tterminals\tknown_value\tvalue_status\tsource",
        "fcnetlib\th50x2450d\t50\t2450\t47\t4639.26\topt\tGAMS",
        "cologne\ti101M1\t1\t1\t1\t109271.502783\topt\tDIMACS"));
    assertThat(rows.get(0).knownValue().resolution()).isCloseTo(0.005, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(rows.get(1).knownValue().resolution()).isCloseTo(5e-7, org.assertj.core.data.Offset.offset(1e-18));
    assertThat(KnownValue.resolutionOf("568")).isZero();
    assertThat(KnownValue.resolutionOf("1e5")).isZero();
  }

  @Test
  void reportsBadCellsWithTheirColumns() {
    InvalidInputException e = catchThrowableOfType(() -> KnownValuesTable.read("k.tsv", List.of(
        "instance\tknown_value\tvalue_status",
        "b01\t8x2\topt",
        "b02\t83\tgood",
        "b03\t138")), InvalidInputException.class);
    assertThat(e.errors()).extracting(ValidationError::format).containsExactly(
        "k.tsv:2:5: the known_value '8x2' is not a number",
        "k.tsv:3:8: the status 'good' is neither 'opt' nor 'bks'",
        "k.tsv:4:1: the row has 2 tab-separated fields but the header has 3");
    InvalidInputException header = catchThrowableOfType(() -> KnownValuesTable.read("k.tsv", List.of("instance\tvalue")),
        InvalidInputException.class);
    assertThat(header.errors()).extracting(ValidationError::format).containsExactly(
        "k.tsv:1:1: the header has no column 'known_value'",
        "k.tsv:1:1: the header has no column 'value_status' (or 'status')");
  }
}
