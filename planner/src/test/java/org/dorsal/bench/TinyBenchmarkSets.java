package org.dorsal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made benchmark set folders in the real sets' formats, with hand-computed optima. */
public final class TinyBenchmarkSets {
  private TinyBenchmarkSets() {}

  /**
   * Steiner tree: terminals 1, 2, 3 pairwise 5 apart, each 3 from the Steiner node 4. Optimum 9 (the
   * star through 4); the shortest-path heuristic joins the terminals directly (10).
   */
  static final String STAR = """
      33D32945 STP File, STP Format Version 1.0

      SECTION Comment
      Name    "star"
      Remark  "three terminals joined cheaper through a Steiner node"
      END

      SECTION Graph
      Nodes 4
      Edges 6
      E 1 2 5
      E 2 3 5
      E 1 3 5
      E 1 4 3
      E 2 4 3
      E 3 4 3
      END

      SECTION Terminals
      Terminals 3
      T 1
      T 2
      T 3
      END

      EOF
      """;

  /**
   * Prize-collecting Steiner tree without root on the path 1 -1- 2 -1- 3 -4- 4, prizes 5, 4, 1 on
   * 1, 3, 4. Optimum 3: the tree 1-2-3 (edges 2) leaving out vertex 4 (prize 1). Mapped with a
   * virtual root and a capex budget of 1 (the plan objective is 4); the shortest-path heuristic,
   * which ignores the budget, hangs 1 and 3 from the root separately (capex 2): no plan.
   */
  static final String PATH = """
      33D32945 STP File, STP Format Version 1.0

      SECTION Comment
      Name    "path"
      Problem "Prize-Collecting Steiner Problem in Graphs"
      END

      SECTION Graph
      Nodes 4
      Edges 3
      E 1 2 1
      E 2 3 1
      E 3 4 4
      END

      SECTION Terminals
      Terminals 3
      TP 1 5
      TP 3 4
      TP 4 1
      END

      EOF
      """;

  /**
   * OR-Library capmst layout, unit demands, 4 terminals and the root (vertex 5, 2 from terminals 2
   * and 3, 3 from 1 and 4); the chain 1-2-3-4 costs 1 per edge. At Q = 2 the optimum is 6 (root-2-1
   * and root-3-4), at Q = 4 it is 5 (the chain hung from 2).
   */
  static final String TC4 = """
       tc4-1.txt\s
       4\s
       1000 1 4 4 3\s
       1 1000 1 4 2\s
       4 1 1000 1 2\s
       4 4 1 1000 3\s
       3 2 2 3 1000\s
      """;

  /** An FCNetLib include: 3 nodes, 4 arcs, one source and one sink. */
  static final String FCNET = """
      Set n / n1*n3 /;
      Set s / a1 /;

      yupp('n1','n1','a1')=0;

      Parameter fcost(m,n,s) /
      $ondelim
         n1      n2      a1            10
         n2      n3      a1            10
         n1      n3      a1            25
         n3      n1      a1             7
      $offdelim
      /;

      Parameter vcost(m,n,s) /
      $ondelim
         n1      n2      a1             1
         n2      n3      a1             1
         n1      n3      a1             0.0021
      $offdelim
      /;

      Parameter demand(n) /
         n1            -5
         n3             5
      /;

      u = -sum(n$(demand(n)<0), demand(n));
      xupp(m,n,s)$(fcost(m,n,s) or vcost(m,n,s)) = u;
      """;

  /** {@code tiny-stp}: star.stp and path.stp with their table (header as in steinlib-B). */
  public static Path stp(Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("tiny-stp"));
    Files.writeString(folder.resolve("star.stp"), STAR);
    Files.writeString(folder.resolve("path.stp"), PATH);
    Files.writeString(folder.resolve("known_values.tsv"), """
        set\tinstance\tnodes\tedges\tterminals\tknown_value\tvalue_status\tsource
        tiny-stp\tstar\t4\t6\t3\t9\topt\tby hand
        tiny-stp\tpath\t4\t3\t3\t3\topt\tby hand
        """);
    return folder;
  }

  /** {@code tiny-cmst}: tc4-1.txt at Q = 2 (optimum 6) and Q = 4 (5, marked best known). */
  static Path cmst(Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("tiny-cmst"));
    Files.writeString(folder.resolve("tc4-1.txt"), TC4);
    Files.writeString(folder.resolve("values.tsv"), """
        set\tinstance\tn\tcapacity\tknown_value\tstatus\tsource
        tc4\ttc4-1.txt\t4\t2\t6\topt\tby hand
        tc4\ttc4-1.txt\t4\t4\t5\tbks\tby hand
        """);
    return folder;
  }

  /** {@code tiny-fcnet}: one FCNetLib include with a known value. */
  static Path fcnetlib(Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("tiny-fcnet"));
    Files.writeString(folder.resolve("k3x4.inc"), FCNET);
    // supplies and demands do not balance: no flow exists, and Dorsal does not state it
    Files.writeString(folder.resolve("k3x4u.inc"), FCNET.replace("n3             5", "n3             4"));
    Files.writeString(folder.resolve("known_values.tsv"), """
        set\tinstance\tnodes\tedges\tterminals\tknown_value\tvalue_status\tsource
        tiny-fcnet\tk3x4\t3\t4\t2\t25.01\topt\tby hand, rounded
        """);
    return folder;
  }
}
