package org.dorsal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the SteinLib STP format (also the DIMACS 2014 prize-collecting dialect and PACE 2018
 * {@code .gr} files) into an {@link StpFile}.
 *
 * <p>The file is an optional magic line {@code 33D32945 STP File, STP Format Version 1.0}, then
 * sections, each {@code SECTION name} ... {@code END}, then {@code EOF}. Keywords are read in any
 * case. Known sections and lines:
 *
 * <ul>
 *   <li>{@code Comment} (or {@code Comments}): {@code Name "..."} is kept, every other line is
 *       ignored;
 *   <li>{@code Graph}: {@code Nodes n}, {@code Edges m}, {@code E u v cost} (vertices 1..n) and an
 *       optional {@code Optimal value};
 *   <li>{@code Terminals}: {@code Terminals k}, then {@code T v} lines (Steiner problem, with an
 *       optional {@code Root r}) or {@code TP v prize} lines (prize-collecting, with an optional
 *       {@code RootP r}); {@code k} counts the distinct terminal vertices including the root;
 *   <li>{@code Coordinates}: {@code DD v x y}.
 * </ul>
 *
 * Other sections (for example {@code Presolve}, which adds a fixed cost, or {@code
 * MaximumDegrees}, which adds constraints) change the problem and are refused, as are directed arcs
 * ({@code A} lines). The edge arrays are filled while reading (primitive arrays, no object per edge).
 * Every problem is a located error; up to {@value #MAX_ERRORS} are collected and thrown together.
 */
public final class StpReader {
  /** Reading stops after this many errors. */
  static final int MAX_ERRORS = 20;
  /** Most vertices accepted (arrays per vertex are made from the {@code Nodes} line). */
  static final int MAX_NODES = 20_000_000;

  private StpReader() {}

  /** Reads {@code file}; errors are labelled with the path as given. */
  public static StpFile read(Path file) throws InvalidInputException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /**
   * Reads an STP text from a stream (not closed here).
   *
   * @param fileLabel how errors name the file; its base name without extension is the fallback name
   */
  public static StpFile read(String fileLabel, InputStream in) throws InvalidInputException, IOException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    AsciiLines lines = new AsciiLines(in);
    Parse parse = new Parse(lines, errors);
    try {
      parse.run();
    } catch (AsciiLines.LineTooLongException e) {
      errors.add(null, e.lineNumber(), 1, "the line is longer than " + AsciiLines.MAX_LINE_BYTES
          + " bytes; this does not look like an STP file");
    } catch (TooManyErrors e) {
      errors.add(null, e.line, 1, "stopped reading after " + MAX_ERRORS + " errors; fix these first");
    }
    errors.throwIfAny();
    return parse.result(baseName(fileLabel));
  }

  static String baseName(String fileLabel) {
    String base = Path.of(fileLabel).getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private enum Section {
    NONE("none"), COMMENT("Comment"), GRAPH("Graph"), TERMINALS("Terminals"),
    COORDINATES("Coordinates"), SKIPPED("skipped");

    final String title;

    Section(String title) {
      this.title = title;
    }
  }

  /** Thrown to stop reading once {@link #MAX_ERRORS} are collected. */
  private static final class TooManyErrors extends RuntimeException {
    final int line;

    TooManyErrors(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /** One reading of one file. */
  private static final class Parse {
    private final AsciiLines lines;
    private final LineWords words;
    private final ValidationErrors errors;
    private int errorCount;

    private Section section = Section.NONE;
    private String sectionName;
    private int sectionLine;
    private boolean graphSeen;
    private boolean terminalsSeen;
    private boolean ended;

    private String name;
    private int nodes = -1;
    private int declaredEdges = -1;
    private int edgeCount;
    private int[] tail = new int[0];
    private int[] head = new int[0];
    private double[] cost = new double[0];
    private double optimal = Double.NaN;

    private int declaredTerminals = -1;
    private int declaredTerminalsLine;
    /** Per vertex: 1 when listed on a T or TP line. */
    private byte[] listed;
    private int[] terminalList = new int[16];
    private int terminalCount;
    private int[] prizeVertexList = new int[16];
    private double[] prizeList = new double[16];
    private int prizeCount;
    private int root = -1;
    private boolean rootP;
    private int rootLine;

    private double[] x;
    private double[] y;

    Parse(AsciiLines lines, ValidationErrors errors) {
      this.lines = lines;
      this.words = new LineWords(lines);
      this.errors = errors;
    }

    private void error(int column, String message) {
      errorAt(lines.number(), column, message);
    }

    private void errorAt(int line, int column, String message) {
      errors.add(null, line, column, message);
      if (++errorCount >= MAX_ERRORS) {
        throw new TooManyErrors(line + 1);
      }
    }

    void run() throws IOException {
      boolean first = true;
      while (!ended && lines.next()) {
        int from = first ? lines.byteOrderMarkLength() : 0;
        if (words.split(from) == 0) {
          continue;
        }
        if (first) {
          first = false;
          if (words.startsWith(0, "33D32945")) {
            continue;
          }
        }
        line();
      }
      int after = lines.number() + 1;
      if (section != Section.NONE) {
        errorAt(after, 1, "the file ends inside section " + sectionName + " (line " + sectionLine
            + "); close it with END");
      }
      if (!graphSeen) {
        errorAt(after, 1, "there is no SECTION Graph; an STP file needs one with Nodes, Edges and"
            + " E lines");
      }
      if (!terminalsSeen) {
        errorAt(after, 1, "there is no SECTION Terminals; an STP file needs one with the Terminals"
            + " count and T (or TP) lines");
      }
    }

    private void line() {
      if (words.is(0, "SECTION")) {
        openSection();
      } else if (words.is(0, "END")) {
        closeSection();
      } else if (words.is(0, "EOF")) {
        if (section != Section.NONE) {
          error(1, "EOF inside section " + sectionName + " (line " + sectionLine
              + "); close the section with END first");
        }
        ended = true;
      } else {
        switch (section) {
          case NONE -> error(words.column(0), "expected SECTION, END or EOF, found '" + words.text(0)
              + "'; every line between the header and EOF belongs to a section");
          case COMMENT -> commentLine();
          case GRAPH -> graphLine();
          case TERMINALS -> terminalLine();
          case COORDINATES -> coordinateLine();
          case SKIPPED -> { }
        }
      }
    }

    private void openSection() {
      if (section != Section.NONE) {
        error(1, "SECTION starts before section " + sectionName + " (line " + sectionLine
            + ") is closed; add END before it");
      }
      if (words.count() != 2) {
        error(1, "a section starts with 'SECTION name' (2 words), found " + words.count() + " words");
        section = Section.SKIPPED;
        sectionName = "?";
        sectionLine = lines.number();
        return;
      }
      sectionName = words.text(1);
      sectionLine = lines.number();
      if (words.is(1, "Comment") || words.is(1, "Comments")) {
        section = Section.COMMENT;
      } else if (words.is(1, "Graph")) {
        section = opened(graphSeen, Section.GRAPH);
        graphSeen = true;
      } else if (words.is(1, "Terminals")) {
        section = opened(terminalsSeen, Section.TERMINALS);
        terminalsSeen = true;
      } else if (words.is(1, "Coordinates")) {
        section = opened(x != null, Section.COORDINATES);
        if (nodes < 0) {
          error(words.column(1), "the Coordinates section comes before the Graph section's Nodes"
              + " line; put SECTION Graph first");
          section = Section.SKIPPED;
        } else if (x == null) {
          x = new double[nodes];
          y = new double[nodes];
          Arrays.fill(x, Double.NaN);
          Arrays.fill(y, Double.NaN);
        }
      } else {
        error(words.column(1), "section '" + sectionName + "' is not supported (it would change the"
            + " problem); this reader knows Comment, Graph, Terminals and Coordinates");
        section = Section.SKIPPED;
      }
    }

    private Section opened(boolean already, Section s) {
      if (already) {
        error(words.column(1), "a second " + s.title + " section; merge it into the first");
        return Section.SKIPPED;
      }
      return s;
    }

    private void closeSection() {
      if (section == Section.NONE) {
        error(1, "END outside a section; remove it or add the SECTION line it closes");
        return;
      }
      if (section == Section.GRAPH) {
        if (nodes < 0) {
          error(1, "the Graph section has no Nodes line; add 'Nodes n' before the edges");
        }
        if (declaredEdges >= 0 && edgeCount != declaredEdges) {
          error(1, "the Graph section has " + edgeCount + " E lines but 'Edges' says " + declaredEdges
              + "; correct the count or the edges");
        }
      } else if (section == Section.TERMINALS) {
        int distinct = distinctTerminals();
        if (declaredTerminals >= 0 && distinct != declaredTerminals) {
          error(1, "the Terminals section lists " + distinct + " terminal vertices"
              + (root >= 0 ? " (root included)" : "") + " but 'Terminals' (line " + declaredTerminalsLine
              + ") says " + declaredTerminals + "; correct the count or the list");
        }
        if (rootP && terminalCount > 0) {
          errorAt(rootLine, 1, "RootP belongs to prize-collecting files (TP lines); a Steiner file"
              + " (T lines) names its root with 'Root'");
        } else if (root >= 0 && !rootP && prizeCount > 0) {
          errorAt(rootLine, 1, "a prize-collecting file (TP lines) names its root with 'RootP', not"
              + " 'Root'");
        }
      }
      section = Section.NONE;
    }

    private void commentLine() {
      if ((words.is(0, "Name") || words.is(0, "Name:")) && words.count() > 1) {
        String text = words.textFrom(1);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1);
        }
        name = text;
      }
    }

    // ---------------------------------------------------------------- Graph

    private void graphLine() {
      if (words.is(0, "E")) {
        edge();
      } else if (words.is(0, "Nodes")) {
        nodesLine();
      } else if (words.is(0, "Edges")) {
        if (!arity(2, "'Edges m'")) {
          return;
        }
        int m = words.count(1);
        if (declaredEdges >= 0) {
          error(1, "a second Edges line; keep one");
        } else if (m < 0) {
          error(words.column(1), "the edge count '" + words.text(1) + "' is not a whole number ≥ 0");
        } else {
          declaredEdges = m;
          if (tail.length == 0) {
            grow(Math.min(m, 1 << 24));
          }
        }
      } else if (words.is(0, "Optimal")) {
        if (arity(2, "'Optimal value'")) {
          optimal = words.number(1);
          if (!Double.isFinite(optimal)) {
            error(words.column(1), "the Optimal value '" + words.text(1) + "' is not a number");
          }
        }
      } else if (words.is(0, "A") || words.is(0, "Arcs")) {
        error(1, "directed arcs ('" + words.text(0) + "' lines) are not supported; Dorsal's links"
            + " are undirected, so write the graph with E lines");
      } else {
        error(words.column(0), "unknown line in section Graph starting with '" + words.text(0)
            + "'; expected Nodes, Edges, E or Optimal");
      }
    }

    private void nodesLine() {
      if (!arity(2, "'Nodes n'")) {
        return;
      }
      int n = words.count(1);
      if (nodes >= 0) {
        error(1, "a second Nodes line; keep one");
      } else if (n < 1 || n > MAX_NODES) {
        error(words.column(1), "the node count '" + words.text(1) + "' is not a whole number between"
            + " 1 and " + MAX_NODES);
      } else {
        nodes = n;
      }
    }

    private void edge() {
      if (!arity(4, "'E u v cost'")) {
        return;
      }
      if (nodes < 0) {
        error(1, "an edge before the Nodes line; put 'Nodes n' first");
        return;
      }
      int u = vertex(1);
      int v = vertex(2);
      double c = words.number(3);
      boolean ok = u >= 0 && v >= 0;
      if (Double.isNaN(c)) {
        error(words.column(3), "the edge cost '" + words.text(3) + "' is not a number");
        ok = false;
      } else if (c < 0 || Double.isInfinite(c)) {
        error(words.column(3), "the edge cost " + words.text(3) + " is "
            + (c < 0 ? "negative" : "too large") + "; costs must be finite and at least 0");
        ok = false;
      }
      if (u >= 0 && u == v) {
        error(1, "the edge joins vertex " + (u + 1) + " to itself; remove it");
        ok = false;
      }
      if (!ok) {
        return;
      }
      if (edgeCount == tail.length) {
        grow(Math.max(1024, 2 * tail.length));
      }
      tail[edgeCount] = u;
      head[edgeCount] = v;
      cost[edgeCount] = c;
      edgeCount++;
    }

    private void grow(int capacity) {
      tail = Arrays.copyOf(tail, capacity);
      head = Arrays.copyOf(head, capacity);
      cost = Arrays.copyOf(cost, capacity);
    }

    // ---------------------------------------------------------------- Terminals

    private void terminalLine() {
      if (words.is(0, "Terminals")) {
        if (!arity(2, "'Terminals k'")) {
          return;
        }
        int k = words.count(1);
        if (declaredTerminals >= 0) {
          error(1, "a second Terminals line; keep one");
        } else if (k < 0) {
          error(words.column(1), "the terminal count '" + words.text(1) + "' is not a whole number ≥ 0");
        } else {
          declaredTerminals = k;
          declaredTerminalsLine = lines.number();
        }
        return;
      }
      if (!words.is(0, "T") && !words.is(0, "TP") && !words.is(0, "Root") && !words.is(0, "RootP")) {
        error(words.column(0), "unknown line in section Terminals starting with '" + words.text(0)
            + "'; expected Terminals, T, TP, Root or RootP");
        return;
      }
      if (nodes < 0) {
        error(1, "a terminal before the Graph section's Nodes line; put SECTION Graph first");
        return;
      }
      if (listed == null) {
        listed = new byte[nodes];
      }
      if (words.is(0, "T")) {
        if (arity(2, "'T v'")) {
          if (prizeCount > 0) {
            mixed();
          }
          int v = vertex(1);
          if (v >= 0 && list(v)) {
            terminalList = add(terminalList, terminalCount, v);
            terminalCount++;
          }
        }
      } else if (words.is(0, "TP")) {
        prizeLine();
      } else {
        rootLine();
      }
    }

    private void prizeLine() {
      if (!arity(3, "'TP v prize'")) {
        return;
      }
      if (terminalCount > 0) {
        mixed();
      }
      int v = vertex(1);
      double p = words.number(2);
      if (Double.isNaN(p)) {
        error(words.column(2), "the prize '" + words.text(2) + "' is not a number");
        return;
      }
      if (p < 0 || Double.isInfinite(p)) {
        error(words.column(2), "the prize " + words.text(2) + " is " + (p < 0 ? "negative" : "too large")
            + "; prizes must be finite and at least 0");
        return;
      }
      if (v >= 0 && list(v)) {
        prizeVertexList = add(prizeVertexList, prizeCount, v);
        if (prizeCount == prizeList.length) {
          prizeList = Arrays.copyOf(prizeList, 2 * prizeCount);
        }
        prizeList[prizeCount] = p;
        prizeCount++;
      }
    }

    private void rootLine() {
      String keyword = words.text(0);
      if (!arity(2, "'" + keyword + " r'")) {
        return;
      }
      if (root >= 0) {
        error(1, "a second root line; a file has one root");
        return;
      }
      int v = vertex(1);
      if (v >= 0) {
        root = v;
        rootP = words.is(0, "RootP");
        rootLine = lines.number();
      }
    }

    private void mixed() {
      error(1, "T and TP lines are mixed; a file is either a Steiner problem (T lines) or a"
          + " prize-collecting one (TP lines)");
    }

    /** Marks v as listed; false (and an error) when it already was. */
    private boolean list(int v) {
      if (listed[v] != 0) {
        error(words.column(1), "vertex " + (v + 1) + " is listed twice as a terminal; remove one line");
        return false;
      }
      listed[v] = 1;
      return true;
    }

    private int distinctTerminals() {
      return terminalCount + prizeCount + (root >= 0 && (listed == null || listed[root] == 0) ? 1 : 0);
    }

    private static int[] add(int[] list, int size, int value) {
      int[] l = size == list.length ? Arrays.copyOf(list, 2 * size) : list;
      l[size] = value;
      return l;
    }

    // ---------------------------------------------------------------- Coordinates

    private void coordinateLine() {
      if (!words.is(0, "DD")) {
        error(words.column(0), "unknown line in section Coordinates starting with '" + words.text(0)
            + "'; expected 'DD v x y'");
        return;
      }
      if (!arity(4, "'DD v x y'")) {
        return;
      }
      int v = vertex(1);
      double cx = words.number(2);
      double cy = words.number(3);
      for (int i = 2; i <= 3; i++) {
        if (!Double.isFinite(words.number(i))) {
          error(words.column(i), "the coordinate '" + words.text(i) + "' is not a finite number");
          return;
        }
      }
      if (v < 0) {
        return;
      }
      if (!Double.isNaN(x[v])) {
        error(words.column(1), "vertex " + (v + 1) + " has a second DD line; keep one");
        return;
      }
      x[v] = cx;
      y[v] = cy;
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the line has exactly n words; an error naming the expected form otherwise. */
    private boolean arity(int n, String form) {
      if (words.count() == n) {
        return true;
      }
      error(1, "expected " + form + " (" + n + " words), found " + words.count() + " words");
      return false;
    }

    /** Word i as a 0-based vertex, or -1 after an error. */
    private int vertex(int i) {
      int v = words.count(i);
      if (v < 1 || v > nodes) {
        error(words.column(i), "vertex '" + words.text(i) + "' is not a whole number between 1 and "
            + nodes + " (the Nodes count)");
        return -1;
      }
      return v - 1;
    }

    StpFile result(String fallbackName) {
      StpFile.Problem problem = prizeCount == 0
          ? StpFile.Problem.STEINER_TREE
          : rootP ? StpFile.Problem.ROOTED_PRIZE_COLLECTING : StpFile.Problem.PRIZE_COLLECTING;
      return new StpFile(
          name != null && !name.isBlank() ? name : fallbackName,
          problem,
          nodes,
          Arrays.copyOf(tail, edgeCount),
          Arrays.copyOf(head, edgeCount),
          Arrays.copyOf(cost, edgeCount),
          Arrays.copyOf(terminalList, terminalCount),
          Arrays.copyOf(prizeVertexList, prizeCount),
          Arrays.copyOf(prizeList, prizeCount),
          root,
          x,
          y,
          optimal);
    }
  }
}
