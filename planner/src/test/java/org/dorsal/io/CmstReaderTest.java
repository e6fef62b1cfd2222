package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;
import org.dorsal.model.Node;
import org.dorsal.model.NodeKind;
import org.dorsal.model.Technology;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CmstReaderTest {
  /** Three terminals and the root (vertex 4), unit demands, rows wrapped as in OR-Library. */
  private static final String UNIT = """
       tiny.txt\s
       3\s
       1000 2 9\s
       5\s
       2 1000 3 6\s
       9 3 1000 4 5 6\s
       4 1000\s
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static List<String> matrixErrors(String text) {
    InvalidInputException e = catchThrowableOfType(
        () -> CmstReader.readMatrix("m.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))),
        InvalidInputException.class);
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.errors().stream().map(ValidationError::format).toList();
  }

  @Test
  void readsAUnitDemandFile() throws Exception {
    CmstFile f = CmstReader.read(write("tiny.txt", UNIT), null);
    assertThat(f.name()).isEqualTo("tiny.txt");
    assertThat(f.vertexCount()).isEqualTo(4);
    assertThat(f.root()).isEqualTo(3);
    assertThat(f.unitDemands()).isTrue();
    assertThat(f.demand()).containsExactly(1, 1, 1, 0);
    assertThat(f.cost(0, 1)).isEqualTo(2);
    assertThat(f.cost(2, 3)).isEqualTo(4);
    assertThat(f.cost(3, 0)).isEqualTo(5);
    assertThat(f.totalDemand()).isEqualTo(3);
  }

  @Test
  void readsAMatrixWithADemandFile() throws Exception {
    Path matrix = write("cm3r1.dat", " cm3r1.dat \n 3 \n 0 7 0\n 7 0 2\n 0 2 0\n");
    Path demands = write("priz3r.dat", " priz3r.dat \n 40\n 15 \n");
    CmstFile f = CmstReader.read(matrix, demands);
    assertThat(f.vertexCount()).isEqualTo(3);
    assertThat(f.root()).isEqualTo(2);
    assertThat(f.unitDemands()).isFalse();
    assertThat(f.demand()).containsExactly(40, 15, 0);
    assertThat(f.cost()).containsExactly(0, 7, 0, 7, 0, 2, 0, 2, 0);
  }

  @Test
  void becomesACompleteGraphOfCapacityQFromTheRoot() throws Exception {
    MappedInstance m = CmstInstances.of(CmstReader.read(write("tiny.txt", UNIT), null), "tiny-Q2", 2);
    assertThat(m.relation()).isEqualTo(ObjectiveRelation.EQUAL);
    Instance i = m.instance();
    assertThat(i.name()).isEqualTo("tiny-Q2");
    assertThat(i.nodes()).containsExactly(
        new Node("v1", NodeKind.SITE, "v1", 0, 0, 0, 1, 0, true, 0, 0, 0),
        new Node("v2", NodeKind.SITE, "v2", 0, 0, 0, 1, 0, true, 0, 0, 0),
        new Node("v3", NodeKind.SITE, "v3", 0, 0, 0, 1, 0, true, 0, 0, 0),
        new Node("v4", NodeKind.GATEWAY, "v4", 0, 0, 0, 0, 0, false, 0, 3, 0));
    assertThat(i.links()).extracting(Link::id).containsExactly("e1-2", "e1-3", "e1-4", "e2-3", "e2-4", "e3-4");
    assertThat(i.links().get(2)).isEqualTo(new Link("e1-4", "v1", "v4", Technology.FIBER_BUILD, 0, 0,
        List.of(new LinkOption("module", 2, 5, 0, 0, 0))));
    assertThat(i.links()).extracting(l -> l.options().get(0).capexUsd()).containsExactly(2.0, 9.0, 5.0, 3.0, 6.0, 4.0);
  }

  @ParameterizedTest
  @CsvSource({"1, 15", "2, 11", "3, 9"})
  void thePlannerReachesTheCmstOptimum(double capacity, double optimum) throws Exception {
    // Q = 3: the MST 1-2, 2-3, 3-4; Q = 2: {1,2} over 1-4 and 3 over 3-4; Q = 1: a star
    Instance i = CmstInstances.instance(CmstReader.read(write("tiny.txt", UNIT), null), "tiny", capacity);
    double objective = new Planner().plan(i, new SolveOptions(10, 1e-6, 1, 1, true)).plan().stats().objectiveUsd();
    assertThat(objective).isCloseTo(optimum, Offset.offset(1e-9));
  }

  @Test
  void reportsBadNumbersAndAnAsymmetricMatrix() {
    assertThat(matrixErrors("m 2\n1000 1 x\n1 1000 2\n-3 2 1000\n")).containsExactly(
        "m.txt:2:8: the cost 'x' is not a finite number ≥ 0",
        "m.txt:4:1: the cost '-3' is not a finite number ≥ 0");
    assertThat(matrixErrors("m 2\n1000 1 3\n1 1000 2\n4 2 1000\n")).containsExactly(
        "m.txt:4:1: the cost matrix is not symmetric: row 3 column 1 is 4 but row 1 column 3 is 3; the tree"
            + " needs one cost per pair of vertices");
  }

  @Test
  void reportsAMatrixOfTheWrongSize() {
    assertThat(matrixErrors("m 2\n1000 1 3\n1 1000 2\n3 2\n")).containsExactly(
        "m.txt:5:1: found 8 numbers after the count 2; a file with unit demands (tc/te) has (k+1)×(k+1) = 9,"
            + " one with a demand file (cm) k×k = 4");
    assertThat(matrixErrors("m\n")).containsExactly(
        "m.txt:2:1: the file ends after the name; expected a count k and a cost matrix");
    assertThat(matrixErrors("m 0\n")).containsExactly(
        "m.txt:1:3: the count '0' is not a whole number between 1 and 2000");
  }

  @Test
  void reportsAMissingOrShortDemandFile() throws Exception {
    Path matrix = write("cm3r1.dat", "cm3r1.dat 3\n0 7 0\n7 0 2\n0 2 0\n");
    InvalidInputException missing = catchThrowableOfType(() -> CmstReader.read(matrix, null), InvalidInputException.class);
    assertThat(missing.getMessage()).isEqualTo(matrix + ":1:11: the matrix is 3×3, so the demands come from a"
        + " separate file (priz3r.dat for cm3); give it");
    Path demands = write("priz3r.dat", "priz3r.dat\n40\n");
    InvalidInputException shortFile = catchThrowableOfType(() -> CmstReader.read(matrix, demands),
        InvalidInputException.class);
    assertThat(shortFile.getMessage()).isEqualTo(demands + ":3:1: found 1 demands but the matrix has 2"
        + " vertices besides the root; give one demand per vertex");
    Path zero = write("zero.dat", "z 40 0\n");
    InvalidInputException zeroDemand = catchThrowableOfType(() -> CmstReader.read(matrix, zero),
        InvalidInputException.class);
    assertThat(zeroDemand.getMessage()).isEqualTo(zero + ":1:6: the demand '0' is not a finite number above 0");
  }
}
