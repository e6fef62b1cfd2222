package org.dorsal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dorsal.model.FixedChargeFlowProblem;

/**
 * Reads an FCNetLib instance (a GAMS include file, {@code .inc}) into a {@link
 * FixedChargeFlowProblem}, applying its assignments in order as GAMS would.
 *
 * <p>This is not a GAMS interpreter: it knows the data statements and the handful of assignment
 * statements that the FCNetLib include files use, and refuses anything else with a located error.
 * Statements are compared with blanks removed and in lower case. Known:
 *
 * <ul>
 *   <li>{@code Set n / n1*nK /;} (or {@code nn}), {@code Set s / a1*aS /;} (or {@code / a1 /}), also
 *       both in one {@code Sets} statement: K nodes n1..nK and S arc copies a1..aS;
 *   <li>data blocks {@code Parameter fcost(m,n,s) /} ... {@code /;} (also {@code vcost}, {@code xupp})
 *       with lines {@code m n s value}, and {@code Parameter demand(n) /} with lines {@code n value};
 *       {@code $ondelim}, {@code $offdelim} and comment lines (a {@code *} in column 1) are skipped;
 *   <li>{@code demand(n) = -demand(n);} (flip the sign), {@code fcost(m,n,s) = F * fcost(m,n,s);},
 *       {@code u = -sum(n$(demand(n)<0), demand(n));} (total supply), {@code u = -demand('nK');},
 *       {@code xupp(m,n,s)$(fcost(m,n,s) or vcost(m,n,s)) = u;}, {@code xupp(m,n,s)$fcost(m,n,s) = u;},
 *       the loop that makes arcs with negative fixed cost free ({@code fcost = vcost = 0}), and
 *       {@code usetree}, {@code usett1}, {@code usett2} = 0 or 1;
 *   <li>the computed-cost recipe of the h* files: {@code Table pp(n,*)} of coordinates c1, c2,
 *       {@code Scalar beta / B /;}, the subsets mp, np (all but the first node), {@code vcr} (squared
 *       distances; note that the recipe's first row uses {@code pp(n-1,...)}, the node before n, and
 *       this reader keeps that), {@code vcost(m,np,s) = sqrt(vcr(m,np)+1)}, {@code fcost = beta *
 *       vcost}, and {@code round(...,d)};
 *   <li>{@code yupp} assignments on the diagonal ({@code yupp(x,x,...)}, both node indices the same):
 *       they only bound the arcs from a node to itself, which cost more than nothing and carry no net
 *       flow, so no optimal solution opens them; they are read and ignored.
 * </ul>
 *
 * After the file, as the reference model {@code bchfcnet.gms} does, an arc exists where fcost, vcost
 * or xupp is non-zero, and its flow capacity is min(u, xupp). Costs are held in dense K×K×S arrays
 * while reading (at most {@value #MAX_ARC_SLOTS} slots).
 */
public final class FcnetlibReader {
  /** Reading stops after this many errors. */
  static final int MAX_ERRORS = 20;
  /** Largest K×K×S accepted (the costs are held densely while reading). */
  static final long MAX_ARC_SLOTS = 20_000_000L;

  private FcnetlibReader() {}

  public static FixedChargeFlowProblem read(Path file) throws InvalidInputException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /** Reads an include file from a stream (not closed here); its name is the label's base name. */
  public static FixedChargeFlowProblem read(String fileLabel, InputStream in)
      throws InvalidInputException, IOException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    AsciiLines lines = new AsciiLines(in);
    Parse parse = new Parse(lines, errors);
    FixedChargeFlowProblem problem = null;
    try {
      parse.run();
      problem = parse.result(StpReader.baseName(fileLabel));
    } catch (AsciiLines.LineTooLongException e) {
      errors.add(null, e.lineNumber(), 1, "the line is longer than " + AsciiLines.MAX_LINE_BYTES
          + " bytes; this does not look like a GAMS include file");
    } catch (TooManyErrors e) {
      errors.add(null, e.line, 1, "stopped reading after " + MAX_ERRORS + " errors; fix these first");
    } catch (Stop e) {
      // the error that stopped reading is collected
    }
    errors.throwIfAny();
    return problem;
  }

  /** Thrown to stop reading once {@link #MAX_ERRORS} are collected. */
  private static final class TooManyErrors extends RuntimeException {
    final int line;

    TooManyErrors(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /** Thrown after an error that makes the rest of the file meaningless. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private static final Pattern NODE_SET = Pattern.compile("sets?(n|nn)/n1(?:\\*n(\\d+))?/(,?s/a1(?:\\*a(\\d+))?/)?;");
  private static final Pattern COPY_SET = Pattern.compile("sets?s/a1(?:\\*a(\\d+))?/;");
  private static final Pattern DIAGONAL_YUPP = Pattern.compile("yupp\\(([^,()]+),\\1,[^,()]+\\)=[^;]*;");
  private static final Pattern SCALE_FCOST = Pattern.compile("fcost\\(m,n,s\\)=([0-9.eE+-]+)\\*fcost\\(m,n,s\\);");
  private static final Pattern ROUND = Pattern.compile("(fcost|vcost)\\(m,n,s\\)=round\\(\\1\\(m,n,s\\),(\\d)\\);");
  private static final Pattern SUPPLY_OF_NODE = Pattern.compile("u=-demand\\('n(\\d+)'\\);");
  private static final Pattern FLAG = Pattern.compile("(usetree|usett1|usett2)=([01]);");
  private static final Pattern BETA = Pattern.compile("scalarbeta/([0-9.eE+-]+)/;");
  private static final Pattern DATA_BLOCK = Pattern.compile("parameter(fcost|vcost|xupp)\\(m,n,s\\)/|parameter(demand)\\(n\\)/");

  private static final String FLIP_DEMAND = "demand(n)=-demand(n);";
  private static final String TOTAL_SUPPLY = "u=-sum(n$(demand(n)<0),demand(n));";
  private static final String XUPP_WHERE_COST = "xupp(m,n,s)$(fcost(m,n,s)orvcost(m,n,s))=u;";
  private static final String XUPP_WHERE_FCOST = "xupp(m,n,s)$fcost(m,n,s)=u;";
  private static final String FREE_NEGATIVE = "loop((m,n,s)$(fcost(m,n,s)<0),fcost(m,n,s)=0;vcost(m,n,s)=0;);";
  private static final String VCR_DECLARATION = "parametervcr(m,n);";
  private static final String SUBSETS_PREFIX = "setmp(m),np(n)";
  private static final String MP_DEFINITION = "mp(m)=ord(m)>1;";
  private static final String NP_DEFINITION = "np(n)=ord(n)>1;";
  private static final String VCR_FIRST_ROW =
      "vcr('n1',np(n))=sqr(pp('n1','c1')-pp(n-1,'c1'))+sqr(pp('n1','c2')-pp(n-1,'c2'));";
  private static final String VCR_OTHER_ROWS =
      "vcr(mp,np)=sqr(pp(np,'c1')-pp(mp,'c1'))+sqr(pp(np,'c2')-pp(mp,'c2'));";
  private static final String VCOST_FROM_VCR = "vcost(m,np,s)=sqrt(vcr(m,np)+1);";
  private static final String FCOST_FROM_BETA = "fcost(m,n,s)=beta*vcost(m,n,s);";

  /** One reading of one file. */
  private static final class Parse {
    private final AsciiLines lines;
    private final LineWords words;
    private final ValidationErrors errors;
    private int errorCount;

    private int nodes = -1;
    private int copies = -1;
    private double[] fcost;
    private double[] vcost;
    private double[] xupp;
    private double[] demand;
    private double u;
    private boolean useTree;
    private boolean useTt1;
    private boolean useTt2;

    private double[] ppX;
    private double[] ppY;
    private BitSet ppRead;
    private double beta = Double.NaN;
    private boolean subsets;
    private double[] vcr;

    private final StringBuilder statement = new StringBuilder();
    private final StringBuilder statementText = new StringBuilder();
    private int statementLine;
    private int depth;

    Parse(AsciiLines lines, ValidationErrors errors) {
      this.lines = lines;
      this.words = new LineWords(lines);
      this.errors = errors;
    }

    private void error(int line, int column, String message) {
      errors.add(null, line, column, message);
      if (++errorCount >= MAX_ERRORS) {
        throw new TooManyErrors(line + 1);
      }
    }

    private Stop stop(int line, int column, String message) {
      errors.add(null, line, column, message);
      return new Stop();
    }

    void run() throws IOException {
      boolean first = true;
      while (lines.next()) {
        int from = first ? lines.byteOrderMarkLength() : 0;
        first = false;
        if (words.split(from) == 0) {
          continue;
        }
        if (from < lines.length() && lines.bytes()[from] == '*' && statement.isEmpty()) {
          continue; // a comment line
        }
        if (words.is(0, "$ondelim") || words.is(0, "$offdelim")) {
          continue;
        }
        if (words.startsWith(0, "$")) {
          error(lines.number(), words.column(0), "the dollar control '" + words.text(0) + "' is not"
              + " supported; only $ondelim and $offdelim are");
          continue;
        }
        if (statement.isEmpty() && words.startsWith(0, "table")) {
          table();
          continue;
        }
        append();
        String s = statement.toString();
        if (depth == 0 && s.endsWith("/") && s.startsWith("parameter")) {
          dataBlock(s);
        } else if (depth == 0 && s.endsWith(";")) {
          statement(s, statementText.toString().trim());
        } else {
          continue;
        }
        statement.setLength(0);
        statementText.setLength(0);
      }
      if (!statement.isEmpty()) {
        error(statementLine, 1, "the file ends inside the statement '" + shortened(statementText.toString().trim())
            + "'; end it with ';'");
      }
      if (nodes < 0) {
        error(lines.number() + 1, 1, "there is no node set; declare it as 'Set n / n1*nK /;'");
      }
    }

    /** Adds the current line to the statement being gathered (blanks removed, lower case). */
    private void append() {
      if (statement.isEmpty()) {
        statementLine = lines.number();
      }
      byte[] b = lines.bytes();
      for (int i = 0; i < lines.length(); i++) {
        char c = (char) (b[i] & 0xFF);
        if (c > ' ') {
          statement.append(Character.toLowerCase(c));
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
      }
      statementText.append(words.textFrom(0)).append(' ');
    }

    // ---------------------------------------------------------------- statements

    private void statement(String s, String text) {
      int line = statementLine;
      Matcher m;
      if ((m = NODE_SET.matcher(s)).matches()) {
        nodeSet(m, line);
      } else if ((m = COPY_SET.matcher(s)).matches()) {
        copySet(m.group(1), line);
      } else if (DIAGONAL_YUPP.matcher(s).matches()) {
        // bounds only arcs from a node to itself (see the class comment)
      } else if (s.equals(FLIP_DEMAND)) {
        needNodes(line);
        for (int v = 0; v < nodes; v++) {
          demand[v] = 0 - demand[v]; // not -x: a zero stays +0
        }
      } else if ((m = SCALE_FCOST.matcher(s)).matches()) {
        double factor = Double.parseDouble(m.group(1));
        needArcs(line);
        for (int a = 0; a < fcost.length; a++) {
          fcost[a] *= factor;
        }
      } else if (s.equals(TOTAL_SUPPLY)) {
        needNodes(line);
        u = 0;
        for (int v = 0; v < nodes; v++) {
          u -= demand[v] < 0 ? demand[v] : 0;
        }
      } else if ((m = SUPPLY_OF_NODE.matcher(s)).matches()) {
        needNodes(line);
        u = -demand[node("n" + m.group(1), line, 1)];
      } else if (s.equals(XUPP_WHERE_COST) || s.equals(XUPP_WHERE_FCOST)) {
        boolean fixedOnly = s.equals(XUPP_WHERE_FCOST);
        needArcs(line);
        for (int a = 0; a < fcost.length; a++) {
          if (fcost[a] != 0 || (!fixedOnly && vcost[a] != 0)) {
            xupp[a] = u;
          }
        }
      } else if (s.equals(FREE_NEGATIVE)) {
        needArcs(line);
        for (int a = 0; a < fcost.length; a++) {
          if (fcost[a] < 0) {
            fcost[a] = 0;
            vcost[a] = 0;
          }
        }
      } else if ((m = FLAG.matcher(s)).matches()) {
        boolean on = m.group(2).equals("1");
        switch (m.group(1)) {
          case "usetree" -> useTree = on;
          case "usett1" -> useTt1 = on;
          default -> useTt2 = on;
        }
      } else if ((m = BETA.matcher(s)).matches()) {
        beta = Double.parseDouble(m.group(1));
      } else if (s.equals(VCR_DECLARATION) || s.equals(MP_DEFINITION) || s.equals(NP_DEFINITION)) {
        // declarations; mp and np are "all nodes but the first" by the recipe's own definition
      } else if (s.startsWith(SUBSETS_PREFIX)) {
        subsets = true;
      } else if (s.equals(VCR_FIRST_ROW) || s.equals(VCR_OTHER_ROWS)) {
        distances(s.equals(VCR_FIRST_ROW), line);
      } else if (s.equals(VCOST_FROM_VCR)) {
        needArcs(line);
        needVcr(line);
        for (int from = 0; from < nodes; from++) {
          for (int to = 1; to < nodes; to++) {
            for (int c = 0; c < copies; c++) {
              vcost[slot(from, to, c)] = Math.sqrt(vcr[from * nodes + to] + 1);
            }
          }
        }
      } else if (s.equals(FCOST_FROM_BETA)) {
        needArcs(line);
        if (Double.isNaN(beta)) {
          throw stop(line, 1, "beta is used before 'Scalar beta / value /;'");
        }
        for (int a = 0; a < fcost.length; a++) {
          fcost[a] = beta * vcost[a];
        }
      } else if ((m = ROUND.matcher(s)).matches()) {
        needArcs(line);
        double[] values = m.group(1).equals("fcost") ? fcost : vcost;
        double scale = Math.pow(10, Integer.parseInt(m.group(2)));
        for (int a = 0; a < values.length; a++) {
          values[a] = Math.signum(values[a]) * Math.floor(Math.abs(values[a]) * scale + 0.5) / scale;
        }
      } else {
        error(line, 1, "the GAMS statement '" + shortened(text) + "' is not supported; this reader knows"
            + " the data and assignment statements of the FCNetLib include files");
      }
    }

    private void nodeSet(Matcher m, int line) {
      if (nodes >= 0) {
        throw stop(line, 1, "a second node set; declare it once");
      }
      int k = m.group(2) == null ? 1 : parseCount(m.group(2), line);
      nodes = k;
      demand = new double[k];
      if (m.group(3) != null) {
        copySet(m.group(4), line);
      }
    }

    private void copySet(String last, int line) {
      if (copies >= 0) {
        throw stop(line, 1, "a second set s of arc copies; declare it once");
      }
      copies = last == null ? 1 : parseCount(last, line);
    }

    private int parseCount(String digits, int line) {
      if (digits.length() > 6 || Integer.parseInt(digits) < 1) {
        throw stop(line, 1, "the set size " + digits + " is not between 1 and 999999");
      }
      return Integer.parseInt(digits);
    }

    private void needNodes(int line) {
      if (nodes < 0) {
        throw stop(line, 1, "this statement uses the nodes before the node set is declared; put"
            + " 'Set n / n1*nK /;' first");
      }
    }

    private void needArcs(int line) {
      needNodes(line);
      if (copies < 0) {
        throw stop(line, 1, "this statement uses the arcs before the set s of arc copies is declared;"
            + " put 'Set s / a1 /;' first");
      }
      if (fcost == null) {
        long slots = (long) nodes * nodes * copies;
        if (slots > MAX_ARC_SLOTS) {
          throw stop(line, 1, nodes + " nodes × " + copies + " copies is more than this reader holds ("
              + MAX_ARC_SLOTS + " node pairs × copies)");
        }
        fcost = new double[(int) slots];
        vcost = new double[(int) slots];
        xupp = new double[(int) slots];
      }
    }

    private void needVcr(int line) {
      if (vcr == null) {
        throw stop(line, 1, "vcost is computed from vcr before vcr is assigned");
      }
    }

    private void distances(boolean firstRow, int line) {
      needNodes(line);
      if (!subsets) {
        throw stop(line, 1, "vcr uses the subsets mp and np before 'Set mp(m), np(n) ...;' declares them");
      }
      if (ppX == null || ppRead.cardinality() < nodes) {
        throw stop(line, 1, "vcr needs the coordinates of every node in Table pp(n,*), but "
            + (ppX == null ? "there is no such table" : (nodes - ppRead.cardinality()) + " nodes have none"));
      }
      if (vcr == null) {
        vcr = new double[nodes * nodes];
      }
      if (firstRow) {
        // vcr('n1', n) for n = n2..nK measures from n1 to the node *before* n, as the recipe says
        for (int to = 1; to < nodes; to++) {
          vcr[to] = square(ppX[0] - ppX[to - 1]) + square(ppY[0] - ppY[to - 1]);
        }
      } else {
        for (int from = 1; from < nodes; from++) {
          for (int to = 1; to < nodes; to++) {
            vcr[from * nodes + to] = square(ppX[to] - ppX[from]) + square(ppY[to] - ppY[from]);
          }
        }
      }
    }

    private static double square(double v) {
      return v * v;
    }

    // ---------------------------------------------------------------- data

    private void dataBlock(String head) throws IOException {
      Matcher m = DATA_BLOCK.matcher(head);
      int line = statementLine;
      if (!m.matches()) {
        error(line, 1, "the data statement '" + shortened(statementText.toString().trim()) + "' is not"
            + " supported; this reader knows fcost(m,n,s), vcost(m,n,s), xupp(m,n,s) and demand(n)");
        skipData();
        return;
      }
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      boolean arcs = m.group(1) != null;
      if (arcs) {
        needArcs(line);
      } else {
        needNodes(line);
      }
      double[] target = switch (name) {
        case "fcost" -> fcost;
        case "vcost" -> vcost;
        case "xupp" -> xupp;
        default -> demand;
      };
      BitSet given = new BitSet(target.length);
      int arity = arcs ? 4 : 2;
      while (true) {
        if (!lines.next()) {
          throw stop(lines.number() + 1, 1, "the file ends inside the data of " + name + " (line " + line
              + "); end the data with '/;'");
        }
        int n = words.split(0);
        if (n == 0 || words.is(0, "$ondelim") || words.is(0, "$offdelim")) {
          continue;
        }
        if (words.is(0, "/;") || (words.is(0, "/") && n == 2 && words.is(1, ";"))) {
          return;
        }
        if (n != arity) {
          error(lines.number(), 1, "a line of " + name + " data has " + (arcs ? "4 words: from node, to"
              + " node, copy, value" : "2 words: node, value") + "; found " + n + " words");
          continue;
        }
        int slot;
        if (arcs) {
          int from = nodeWord(0);
          int to = nodeWord(1);
          int copy = copyWord(2);
          if (from < 0 || to < 0 || copy < 0) {
            continue;
          }
          slot = slot(from, to, copy);
        } else {
          slot = nodeWord(0);
          if (slot < 0) {
            continue;
          }
        }
        double value = words.number(arity - 1);
        if (!Double.isFinite(value)) {
          error(lines.number(), words.column(arity - 1), "the value '" + words.text(arity - 1) + "' is not a"
              + " finite number");
          continue;
        }
        if (given.get(slot)) {
          error(lines.number(), 1, "a second value for " + name + "(" + words.text(0)
              + (arcs ? "," + words.text(1) + "," + words.text(2) : "") + "); keep one");
          continue;
        }
        given.set(slot);
        target[slot] = value;
      }
    }

    private void skipData() throws IOException {
      while (lines.next()) {
        if (words.split(0) > 0 && words.is(0, "/;")) {
          return;
        }
      }
    }

    private void table() throws IOException {
      int line = lines.number();
      String head = words.textFrom(0).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
      if (!head.equals("tablepp(n,*)")) {
        throw stop(line, 1, "the table '" + shortened(words.textFrom(0)) + "' is not supported; this reader"
            + " knows Table pp(n,*) with columns c1 and c2");
      }
      needNodes(line);
      boolean header = false;
      ppX = new double[nodes];
      ppY = new double[nodes];
      ppRead = new BitSet(nodes);
      while (true) {
        if (!lines.next()) {
          throw stop(lines.number() + 1, 1, "the file ends inside Table pp (line " + line + "); end it with ';'");
        }
        int n = words.split(0);
        if (n == 0) {
          continue;
        }
        boolean end = words.is(n - 1, ";");
        if (end) {
          n--;
          if (n == 0) {
            return;
          }
        }
        if (!header) {
          if (n != 2 || !words.is(0, "c1") || !words.is(1, "c2")) {
            throw stop(lines.number(), 1, "Table pp must have the columns c1 and c2");
          }
          header = true;
          continue;
        }
        if (n != 3) {
          error(lines.number(), 1, "a row of Table pp has 3 words: node, c1, c2; found " + n + " words");
          continue;
        }
        int v = nodeWord(0);
        double cx = words.number(1);
        double cy = words.number(2);
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
          int bad = Double.isFinite(cx) ? 2 : 1;
          error(lines.number(), words.column(bad), "the coordinate '" + words.text(bad) + "' is not a finite number");
          continue;
        }
        if (v >= 0) {
          if (ppRead.get(v)) {
            error(lines.number(), 1, "a second row for " + words.text(0) + " in Table pp; keep one");
            continue;
          }
          ppRead.set(v);
          ppX[v] = cx;
          ppY[v] = cy;
        }
        if (end) {
          return;
        }
      }
    }

    /** Word i as a 0-based node (label n1..nK), or -1 after an error. */
    private int nodeWord(int i) {
      return label(i, 'n', nodes, "nodes");
    }

    private int copyWord(int i) {
      return label(i, 'a', copies, "arc copies");
    }

    private int label(int i, char letter, int size, String what) {
      String text = words.text(i).toLowerCase(Locale.ROOT);
      if (text.length() >= 2 && text.length() <= 10 && text.charAt(0) == letter) {
        try {
          int k = Integer.parseInt(text.substring(1));
          if (k >= 1 && k <= size && text.charAt(1) != '+' && text.charAt(1) != '-') {
            return k - 1;
          }
        } catch (NumberFormatException e) {
          // falls through to the error
        }
      }
      error(lines.number(), words.column(i), "'" + words.text(i) + "' is not in the set " + letter + "1*"
          + letter + size + " of " + what);
      return -1;
    }

    private int node(String label, int line, int column) {
      int k = Integer.parseInt(label.substring(1));
      if (k < 1 || k > nodes) {
        throw stop(line, column, "'" + label + "' is not a node of the set n1*n" + nodes);
      }
      return k - 1;
    }

    private int slot(int from, int to, int copy) {
      return (from * nodes + to) * copies + copy;
    }

    FixedChargeFlowProblem result(String name) {
      if (nodes < 0) {
        return null;
      }
      if (fcost == null) {
        copies = Math.max(copies, 1);
        needArcs(1);
      }
      int arcs = 0;
      for (int a = 0; a < fcost.length; a++) {
        arcs += exists(a) ? 1 : 0;
      }
      int[] tail = new int[arcs];
      int[] head = new int[arcs];
      int[] copy = new int[arcs];
      double[] fixed = new double[arcs];
      double[] variable = new double[arcs];
      double[] capacity = new double[arcs];
      int k = 0;
      for (int a = 0; a < fcost.length; a++) {
        if (!exists(a)) {
          continue;
        }
        tail[k] = a / copies / nodes;
        head[k] = a / copies % nodes;
        copy[k] = a % copies;
        fixed[k] = fcost[a];
        variable[k] = vcost[a];
        capacity[k] = Math.min(u, xupp[a]);
        k++;
      }
      return new FixedChargeFlowProblem(name, nodes, demand, tail, head, copy, fixed, variable, capacity,
          useTree, useTt1, useTt2);
    }

    private boolean exists(int a) {
      return fcost[a] != 0 || vcost[a] != 0 || xupp[a] != 0;
    }
  }

  private static String shortened(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
