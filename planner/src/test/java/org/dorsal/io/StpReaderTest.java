package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StpReaderTest {

  static StpFile read(String text) throws Exception {
    return StpReader.read("dir/g.stp", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The formatted errors of a text that must not read. */
  static List<String> errors(String text) {
    InvalidInputException e = catchThrowableOfType(() -> read(text), InvalidInputException.class);
    assertThat(e).as("an InvalidInputException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.errors().get(0).format());
    assertThat(e.errors()).allSatisfy(err -> assertThat(err.pointer()).isNull());
    return e.errors().stream().map(ValidationError::format).toList();
  }

  static final String STEINER = """
      33D32945 STP File, STP Format Version 1.0

      SECTION Comment
      Name    "Tiny"
      Creator "a test"
      END

      SECTION Graph
      Optimal 7
      Nodes 5
      Edges 5
      E 1 2 3
      E 2 3 4
      E 3 4 2.5
      E 4 5 1
      E 1 5 10
      END

      SECTION Terminals
      Terminals 3
      Root 3
      T 1
      T 5
      END

      SECTION Coordinates
      DD 1 0 0
      DD 2 10 0
      DD 3 10 20
      DD 5 -10 0
      END

      EOF
      """;

  @Test
  void readsASteinerFileFieldByField() throws Exception {
    StpFile f = read(STEINER);
    assertThat(f.name()).isEqualTo("Tiny");
    assertThat(f.problem()).isEqualTo(StpFile.Problem.STEINER_TREE);
    assertThat(f.nodeCount()).isEqualTo(5);
    assertThat(f.edgeCount()).isEqualTo(5);
    assertThat(f.edgeTail()).containsExactly(0, 1, 2, 3, 0);
    assertThat(f.edgeHead()).containsExactly(1, 2, 3, 4, 4);
    assertThat(f.edgeCost()).containsExactly(3, 4, 2.5, 1, 10);
    assertThat(f.terminals()).containsExactly(0, 4);
    assertThat(f.prizeVertices()).isEmpty();
    assertThat(f.prizes()).isEmpty();
    assertThat(f.root()).isEqualTo(2);
    assertThat(f.terminalCount()).isEqualTo(3);
    assertThat(f.statedOptimum()).isEqualTo(7.0);
    assertThat(f.hasCoordinates()).isTrue();
    assertThat(f.coordinateX()).containsExactly(0, 10, 10, Double.NaN, -10);
    assertThat(f.coordinateY()).containsExactly(0, 0, 20, Double.NaN, 0);
  }

  @Test
  void acceptsAnyCaseCrLfTabsNoMagicLineAndNoEof() throws Exception {
    String text = "section graph\r\nNODES 3\r\nedges 2\r\ne\t1\t2\t1.5\r\nE 2 3 +2\r\nEnd\r\n"
        + "Section TERMINALS\r\nterminals 2\r\nt 1\r\nT 3\r\nEND\r\n";
    StpFile f = read(text);
    assertThat(f.name()).isEqualTo("g");
    assertThat(f.edgeCost()).containsExactly(1.5, 2.0);
    assertThat(f.terminals()).containsExactly(0, 2);
    assertThat(f.root()).isEqualTo(-1);
    assertThat(f.hasCoordinates()).isFalse();
    assertThat(f.statedOptimum()).isNaN();
  }

  @Test
  void readsARootedPrizeCollectingFile() throws Exception {
    StpFile f = read("""
        SECTION Comment
        Name: "i01M1"
        Problem "Rooted Prize-Collecting Steiner Problem in Graphs"
        END
        SECTION Graph
        Nodes 4
        Edges 3
        E\t1\t2\t35203.000000
        E\t2\t3\t1.5
        E\t1\t4\t4066.373665
        END
        SECTION Terminals
        Terminals 3
        RootP 1
        TP 3\t\t22622.063255
        TP 4 13438.527745
        END
        EOF
        """);
    assertThat(f.name()).isEqualTo("i01M1");
    assertThat(f.problem()).isEqualTo(StpFile.Problem.ROOTED_PRIZE_COLLECTING);
    assertThat(f.edgeCost()).containsExactly(35203.0, 1.5, 4066.373665);
    assertThat(f.terminals()).isEmpty();
    assertThat(f.prizeVertices()).containsExactly(2, 3);
    assertThat(f.prizes()).containsExactly(22622.063255, 13438.527745);
    assertThat(f.root()).isEqualTo(0);
    assertThat(f.terminalCount()).isEqualTo(3);
  }

  @Test
  void readsAnUnrootedPrizeCollectingFile() throws Exception {
    StpFile f = read("""
        33D32945 STP File, STP Format Version 1.0
        SECTION Graph
        Nodes 3
        Edges 2
        E 1 2 5
        E 2 3 5
        END
        SECTION Terminals
        Terminals 2
        TP 1 3
        TP 3 0
        END
        EOF
        """);
    assertThat(f.problem()).isEqualTo(StpFile.Problem.PRIZE_COLLECTING);
    assertThat(f.prizeVertices()).containsExactly(0, 2);
    assertThat(f.prizes()).containsExactly(3.0, 0.0);
    assertThat(f.root()).isEqualTo(-1);
  }

  @Test
  void reportsBadEdgesAndCountsWithTheirLines() {
    assertThat(errors("""
        SECTION Graph
        Nodes 3
        Edges 4
        E 1 4 2
        E 2 2 1
        E 1 3 -1
        E 1 2
        E 1 3 x
        END
        SECTION Terminals
        Terminals 3
        T 1
        T 1
        T 0
        END
        EOF
        """)).containsExactly(
        "dir/g.stp:4:5: vertex '4' is not a whole number between 1 and 3 (the Nodes count)",
        "dir/g.stp:5:1: the edge joins vertex 2 to itself; remove it",
        "dir/g.stp:6:7: the edge cost -1 is negative; costs must be finite and at least 0",
        "dir/g.stp:7:1: expected 'E u v cost' (4 words), found 3 words",
        "dir/g.stp:8:7: the edge cost 'x' is not a number",
        "dir/g.stp:9:1: the Graph section has 0 E lines but 'Edges' says 4; correct the count or the edges",
        "dir/g.stp:13:3: vertex 1 is listed twice as a terminal; remove one line",
        "dir/g.stp:14:3: vertex '0' is not a whole number between 1 and 3 (the Nodes count)",
        "dir/g.stp:15:1: the Terminals section lists 1 terminal vertices but 'Terminals' (line 11) says 3;"
            + " correct the count or the list");
  }

  @Test
  void refusesSectionsAndLinesThatChangeTheProblem() {
    assertThat(errors("""
        SECTION Graph
        Nodes 2
        A 1 2 3
        END
        SECTION Presolve
        Fixed 10
        END
        SECTION Terminals
        Terminals 2
        T 1
        TP 2 5
        END
        EOF
        """)).containsExactly(
        "dir/g.stp:3:1: directed arcs ('A' lines) are not supported; Dorsal's links are undirected, so write"
            + " the graph with E lines",
        "dir/g.stp:5:9: section 'Presolve' is not supported (it would change the problem); this reader knows"
            + " Comment, Graph, Terminals and Coordinates",
        "dir/g.stp:11:1: T and TP lines are mixed; a file is either a Steiner problem (T lines) or a"
            + " prize-collecting one (TP lines)");
  }

  @Test
  void reportsAFileCutShort() {
    assertThat(errors("""
        33D32945 STP File, STP Format Version 1.0
        SECTION Graph
        Nodes 2
        Edges 1
        E 1 2 3
        """)).containsExactly(
        "dir/g.stp:6:1: the file ends inside section Graph (line 2); close it with END",
        "dir/g.stp:6:1: there is no SECTION Terminals; an STP file needs one with the Terminals count and T"
            + " (or TP) lines");
  }

  @Test
  void reportsLinesOutsideSectionsAndWrongRoots() {
    assertThat(errors("""
        Nodes 2
        SECTION Graph
        Nodes 2
        Edges 1
        E 1 2 3
        SECTION Terminals
        Terminals 2
        RootP 1
        T 2
        END
        SECTION Terminals
        END
        EOF
        """)).containsExactly(
        "dir/g.stp:1:1: expected SECTION, END or EOF, found 'Nodes'; every line between the header and EOF"
            + " belongs to a section",
        "dir/g.stp:6:1: SECTION starts before section Graph (line 2) is closed; add END before it",
        "dir/g.stp:8:1: RootP belongs to prize-collecting files (TP lines); a Steiner file (T lines) names its"
            + " root with 'Root'",
        "dir/g.stp:11:9: a second Terminals section; merge it into the first");
  }
}
