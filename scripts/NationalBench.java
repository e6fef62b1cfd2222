import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.candidates.TerrainHopEvaluator;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.ElevationGridReader;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.model.ElevationGrid;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.pipeline.PlanPipeline;
import org.dorsal.pipeline.PlanRun;
import org.dorsal.solve.Baselines;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;

/**
 * Dorsal against its baselines on national-scale instances: for each instance, in this one
 * process, it is read and its candidate links generated as {@code dorsal plan} does, then planned
 * by (a) Dorsal ({@code Planner}), (b) the nearest-gateway baseline ("what a spreadsheet does") and
 * (c) the plain MIP handed straight to SCIP, (a) and (c) under the same time limit. Every plan goes
 * through {@code PlanPipeline.check}. The plain MIP runs in a child process (this file again, with
 * {@code --child-plain-mip}) under a native-memory cap ({@code ulimit -v}), so that running out of
 * memory there kills only the child, reported as a row {@code no plan}. Prints each method's row as
 * soon as it finishes and, with --write, writes all rows so far to results/bench/national.csv and
 * .json (rewritten after each method). Run by scripts/bench-national.
 *
 * <p>Usage: java -cp planner/target/dorsal.jar scripts/NationalBench.java [--limit SECONDS]
 * [--limit NAME=SECONDS]... [--threads N] [--scip-memory-mb MB] [--mip-memory-gb G] [--methods a,b,c]
 * [--write] [INSTANCE.json...]
 */
public final class NationalBench {
  static final double RELATIVE_GAP = 1e-4;
  static final long SEED = 1;
  static final List<String> METHODS = List.of("dorsal", "nearest-gateway", "plain-mip");
  /** Starts the line on which the plain-MIP child hands its row (as JSON) to the parent. */
  static final String CHILD_ROW = "national-bench-row ";
  /** The plain-MIP child's Java heap: small, the model lives in SCIP's native memory. */
  static final String CHILD_HEAP = "-Xmx2g";

  /** One method's result on one instance; NaN where there is no number. */
  record Row(String instance, String method, double costUsd, double lowerBoundUsd, double gap, double seconds,
      double peakHeapMb, boolean verified, String status, String note, double dorsalOverThis) {}

  record Settings(List<Path> instances, double defaultLimitSeconds, Map<String, Double> limits, int threads,
      double scipMemoryMb, double mipMemoryGb, List<String> methods, boolean write, boolean childPlainMip) {

    double limitOf(String name) {
      return limits.getOrDefault(name, defaultLimitSeconds);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench-national: " + e.getMessage());
      System.err.println("usage: scripts/bench-national [--limit SECONDS] [--limit NAME=SECONDS]... [--threads N]"
          + " [--scip-memory-mb MB] [--mip-memory-gb G] [--methods dorsal,nearest-gateway,plain-mip] [--write]"
          + " [INSTANCE.json...]");
      System.exit(2);
      return;
    }
    try {
      if (settings.childPlainMip()) {
        childPlainMip(settings.instances().get(0), settings);
        System.exit(0);
      }
      List<Row> done = new ArrayList<>();
      for (Path file : settings.instances()) {
        done.addAll(benchInstance(file, settings, done));
      }
    } catch (InvalidInputException e) {
      e.errors().forEach(error -> System.err.println(error.format()));
      System.exit(2);
    }
  }

  /** Benches one instance; after each method, prints its row and (--write) writes done + this instance's rows. */
  private static List<Row> benchInstance(Path file, Settings settings, List<Row> done) throws Exception {
    String name = nameOf(file);
    double limit = settings.limitOf(name);
    long loadStart = System.nanoTime();
    byte[] bytes = Files.readAllBytes(file);
    Instance instance = load(file, bytes);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long sites = instance.nodes().stream().filter(Node::isSite).count();
    System.out.printf(Locale.ROOT, "%n== %s: %,d nodes, %,d sites, %,d links (read and generated in %.1f s);"
        + " limit %.0f s, Dorsal on %d thread(s), SCIP limits/memory %.0f MB, plain MIP in a child process"
        + " capped at %s GB%n", name, instance.nodes().size(), sites, instance.links().size(), loadSeconds, limit,
        settings.threads(), settings.scipMemoryMb(), gb(settings.mipMemoryGb()));
    printHeader();
    List<Row> rows = new ArrayList<>();
    for (String method : settings.methods()) {
      System.err.printf(Locale.ROOT, "%s: %s ...%n", name, method);
      Row row = method.equals("plain-mip") ? plainMipInChild(name, file, limit, settings)
          : run(name, method, solver(method, instance, limit, settings), instance, file.toString(), bytes,
              options(method, limit, settings));
      rows.add(row);
      printRow(row);
      if (settings.write()) {
        List<Row> all = new ArrayList<>(done);
        all.addAll(withRatios(rows));
        write(all, settings);
      }
    }
    rows = withRatios(rows);
    printRatios(rows);
    return rows;
  }

  private static SolveOptions options(String method, double limit, Settings settings) {
    return switch (method) {
      case "dorsal" -> new SolveOptions(limit, RELATIVE_GAP, SEED, settings.threads(), true);
      case "nearest-gateway" -> new SolveOptions(limit, RELATIVE_GAP, SEED, 1, false);
      default -> new SolveOptions(limit, RELATIVE_GAP, SEED, 1, true);
    };
  }

  private static Supplier<PlanOutcome> solver(String method, Instance instance, double limit, Settings settings) {
    return switch (method) {
      case "dorsal" -> () -> new Planner().plan(instance, options(method, limit, settings));
      case "nearest-gateway" -> () -> Baselines.nearestGateway(instance);
      default -> () -> Baselines.plainMip(instance, limit, RELATIVE_GAP, SEED, settings.scipMemoryMb());
    };
  }

  /**
   * Runs the plain MIP in a child JVM under {@code ulimit -v} (the --mip-memory-gb cap) and reads back the
   * row it prints; a child that dies or prints no row is a row {@code no plan} with its exit code and the last
   * line it printed that speaks of memory, else its last line (stderr, or stdout, where the JVM reports a
   * failure to start).
   */
  private static Row plainMipInChild(String name, Path file, double limit, Settings settings) {
    long capKb = (long) (settings.mipMemoryGb() * 1024 * 1024);
    String source = System.getProperty("jdk.launcher.sourcefile", "scripts/NationalBench.java");
    String tmp = System.getProperty("java.io.tmpdir");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of("bash", "-c", "ulimit -v " + capKb + " && exec \"$@\"", "bash", java,
        CHILD_HEAP, "-XX:ReservedCodeCacheSize=64m", "-XX:CompressedClassSpaceSize=256m",
        "-XX:ErrorFile=" + tmp + "/national-bench-hs_err_pid%p.log",
        "-XX:ReplayDataFile=" + tmp + "/national-bench-replay_pid%p.log",
        "-cp", System.getProperty("java.class.path"), source, "--child-plain-mip",
        "--limit", Double.toString(limit), "--scip-memory-mb", Double.toString(settings.scipMemoryMb()),
        file.toString());
    String[] lastLine = {null, null}; // the last line, the last line that speaks of memory
    Row[] row = {null};
    int code;
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("MALLOC_ARENA_MAX", "2"); // glibc's per-thread arenas reserve 64 MB each
      Process child = builder.start();
      child.getOutputStream().close();
      Consumer<String> echo = line -> {
        System.err.println(line); // stdout too: keep it for the table
        String said = line.replaceFirst("^#\\s*", "").strip();
        if (!said.isEmpty()) {
          lastLine[0] = said;
          if (said.toLowerCase(Locale.ROOT).contains("memory")) {
            lastLine[1] = said;
          }
        }
      };
      Thread errors = forEachLine(child.getErrorStream(), echo);
      ObjectMapper json = new ObjectMapper();
      Thread output = forEachLine(child.getInputStream(), line -> {
        if (!line.startsWith(CHILD_ROW)) {
          echo.accept(line);
          return;
        }
        try {
          row[0] = json.readValue(line.substring(CHILD_ROW.length()), Row.class);
        } catch (IOException e) {
          lastLine[0] = "unreadable row from the plain MIP process: " + e.getMessage();
        }
      });
      code = child.waitFor();
      output.join();
      errors.join();
    } catch (IOException | InterruptedException e) {
      return new Row(name, "plain-mip", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false,
          "no plan", "could not run the plain MIP process: " + e, Double.NaN);
    }
    if (row[0] != null) {
      return row[0];
    }
    String note = "plain MIP process ended with exit code " + code
        + (code == 0 ? " without a row" : " (out of memory under the " + gb(settings.mipMemoryGb()) + " GB cap?)")
        + (lastLine[1] != null ? "; it said: " + lastLine[1]
            : lastLine[0] != null ? "; its last line: " + lastLine[0] : "");
    return new Row(name, "plain-mip", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, "no plan",
        note, Double.NaN);
  }

  /** A started daemon thread handing each line of {@code in} to {@code sink}. */
  private static Thread forEachLine(InputStream in, Consumer<String> sink) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          sink.accept(line);
        }
      } catch (IOException e) {
        // the child is gone; what it said so far is all there is
      }
    }, "child-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * The child side of {@link #plainMipInChild}: reads the instance, runs and checks the plain MIP as the
   * parent would, and prints its row (the note with this process's peak RSS during the solver call) as JSON.
   */
  private static void childPlainMip(Path file, Settings settings) throws Exception {
    String name = nameOf(file);
    double limit = settings.limitOf(name);
    byte[] bytes = Files.readAllBytes(file);
    Instance instance = load(file, bytes);
    boolean reset = resetPeakRss();
    double[] peakRssMb = {Double.NaN};
    Supplier<PlanOutcome> plainMip = solver("plain-mip", instance, limit, settings);
    Row r = run(name, "plain-mip", () -> {
      try {
        return plainMip.get();
      } finally {
        peakRssMb[0] = peakRssMb();
      }
    }, instance, file.toString(), bytes, options("plain-mip", limit, settings));
    String rss = Double.isNaN(peakRssMb[0]) ? "process peak RSS not measured"
        : String.format(Locale.ROOT, "process peak RSS %,.0f MB %s", peakRssMb[0],
            reset ? "during the solver call" : "(reading the instance included)");
    Row withRss = new Row(r.instance(), r.method(), r.costUsd(), r.lowerBoundUsd(), r.gap(), r.seconds(),
        r.peakHeapMb(), r.verified(), r.status(), (r.note() == null ? "" : r.note() + "; ") + rss, r.dorsalOverThis());
    System.out.println(CHILD_ROW + new ObjectMapper().writeValueAsString(withRss));
    System.out.flush();
  }

  /** Resets this process's VmHWM to its current RSS (Linux: 5 to /proc/self/clear_refs); false if it cannot. */
  private static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** This process's peak resident set (VmHWM in /proc/self/status) in MB, NaN where it cannot be read. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable
    }
    return Double.NaN;
  }

  /** Reads an instance and generates its candidate links the way dorsal plan does. */
  private static Instance load(Path file, byte[] bytes) throws Exception {
    Instance instance = new InstanceReader().read(file.toString(), bytes);
    String gridFile = instance.needsCandidates() ? instance.candidateRules().elevationGridFile() : null;
    CandidateExpansion expansion = new CandidateExpansion();
    if (gridFile != null) {
      // relative to the instance file, as dorsal plan resolves it
      Path parent = file.toAbsolutePath().getParent();
      ElevationGrid grid = ElevationGridReader.read(parent == null ? Path.of(gridFile) : parent.resolve(gridFile));
      expansion = new CandidateExpansion(hops -> new TerrainHopEvaluator(grid, hops));
    }
    return expansion.expand(instance).instance();
  }

  /** Runs one method with its own heap peak and wall time, then checks its plan. */
  private static Row run(String name, String method, Supplier<PlanOutcome> solver, Instance instance, String label,
      byte[] bytes, SolveOptions options) {
    System.gc();
    HeapPeak peak = HeapPeak.start();
    long started = System.nanoTime();
    PlanOutcome outcome;
    String failure = null;
    try {
      outcome = solver.get();
    } catch (Exception | OutOfMemoryError | LinkageError e) {
      outcome = null;
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double peakMb = peak.stopMb();
    if (outcome == null || !outcome.hasPlan()) {
      String why = outcome == null ? failure : outcome.message();
      return new Row(name, method, Double.NaN, Double.NaN, Double.NaN, seconds, peakMb, false, "no plan", why, Double.NaN);
    }
    var stats = outcome.plan().stats();
    boolean verified;
    String note;
    try {
      PlanRun checked = new PlanPipeline().check(instance, label, bytes, options, outcome);
      verified = checked.verified();
      note = verified ? stats.solverName() : "verifier: " + checked.violations().get(0)
          + (checked.violations().size() > 1 ? " (and " + (checked.violations().size() - 1) + " more)" : "");
    } catch (RuntimeException e) {
      verified = false;
      note = "check failed: " + e;
    }
    return new Row(name, method, stats.objectiveUsd(), stats.boundUsd(), stats.gap(), seconds, peakMb, verified,
        stats.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), note, Double.NaN);
  }

  /** The rows with cost(dorsal) / cost(row) filled in. */
  private static List<Row> withRatios(List<Row> rows) {
    double dorsal = rows.stream().filter(r -> r.method().equals("dorsal")).mapToDouble(Row::costUsd).findFirst()
        .orElse(Double.NaN);
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new Row(r.instance(), r.method(), r.costUsd(), r.lowerBoundUsd(), r.gap(), r.seconds(), r.peakHeapMb(),
          r.verified(), r.status(), r.note(), dorsal / r.costUsd()));
    }
    return out;
  }

  private static void printHeader() {
    System.out.printf(Locale.ROOT, "%-16s %18s %18s %8s %9s %13s %9s  %-10s %s%n", "method", "cost USD",
        "lower bound USD", "gap", "wall s", "peak heap MB", "verified", "status", "note");
    System.out.flush();
  }

  private static void printRow(Row r) {
    System.out.printf(Locale.ROOT, "%-16s %18s %18s %8s %9s %13s %9s  %-10s %s%n", r.method(), usd(r.costUsd()),
        usd(r.lowerBoundUsd()), Double.isNaN(r.gap()) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * r.gap()),
        fixed(r.seconds(), "%.2f"), fixed(r.peakHeapMb(), "%.0f"), r.verified() ? "yes" : "no", r.status(), r.note());
    System.out.flush();
  }

  private static void printRatios(List<Row> rows) {
    for (Row r : rows) {
      if (!r.method().equals("dorsal")) {
        System.out.printf(Locale.ROOT, "cost(dorsal) / cost(%s) = %s%n", r.method(),
            Double.isNaN(r.dorsalOverThis()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.dorsalOverThis()));
      }
    }
    System.out.flush();
  }

  private static String usd(double usd) {
    return fixed(usd, "%,.0f");
  }

  private static String fixed(double x, String format) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, format, x);
  }

  private static String gb(double gb) {
    return gb == Math.rint(gb) ? Long.toString((long) gb) : Double.toString(gb);
  }

  private static void write(List<Row> rows, Settings settings) throws Exception {
    Path dir = Path.of("results", "bench");
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder("instance,method,cost_usd,lower_bound_usd,gap,seconds,peak_heap_mb,"
        + "verified,status,dorsal_cost_over_this,note\n");
    List<Map<String, Object>> jsonRows = new ArrayList<>();
    for (Row r : rows) {
      csv.append(String.join(",", r.instance(), r.method(), number(r.costUsd()), number(r.lowerBoundUsd()),
          number(r.gap()), number(r.seconds()), number(r.peakHeapMb()), Boolean.toString(r.verified()), r.status(),
          number(r.dorsalOverThis()), quoted(r.note()))).append('\n');
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("instance", r.instance());
      row.put("method", r.method());
      row.put("costUsd", orNull(r.costUsd()));
      row.put("lowerBoundUsd", orNull(r.lowerBoundUsd()));
      row.put("gap", orNull(r.gap()));
      row.put("seconds", orNull(r.seconds()));
      row.put("peakHeapMb", orNull(r.peakHeapMb()));
      row.put("verified", r.verified());
      row.put("status", r.status());
      row.put("dorsalCostOverThis", orNull(r.dorsalOverThis()));
      row.put("note", r.note());
      jsonRows.add(row);
    }
    Map<String, Object> limits = new LinkedHashMap<>();
    for (Path file : settings.instances()) {
      limits.put(nameOf(file), settings.limitOf(nameOf(file)));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schema", "dorsal-national-bench/1");
    document.put("timeLimitSeconds", limits);
    document.put("threads", settings.threads());
    document.put("relativeGap", RELATIVE_GAP);
    document.put("seed", SEED);
    document.put("scipMemoryLimitMb", settings.scipMemoryMb());
    document.put("plainMipProcessMemoryCapGb", settings.mipMemoryGb());
    document.put("rows", jsonRows);
    byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
    AtomicFiles.write(dir.resolve("national.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(dir.resolve("national.json"), json);
    System.err.println("wrote " + dir.resolve("national.csv") + " and " + dir.resolve("national.json"));
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }

  private static Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }

  private static String quoted(String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** The file name without .json: what --limit NAME=SECONDS refers to. */
  private static String nameOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  private static Settings parse(String[] args) {
    List<Path> instances = new ArrayList<>();
    double limit = 600;
    Map<String, Double> limits = new LinkedHashMap<>();
    int threads = 2;
    double scipMemoryMb = Double.NaN;
    double mipMemoryGb = 12;
    List<String> methods = METHODS;
    boolean write = false;
    boolean child = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--write" -> write = true;
        case "--child-plain-mip" -> child = true;
        case "--threads" -> threads = (int) positive(arg, value(args, ++i, arg));
        case "--scip-memory-mb" -> scipMemoryMb = positive(arg, value(args, ++i, arg));
        case "--mip-memory-gb" -> mipMemoryGb = positive(arg, value(args, ++i, arg));
        case "--methods" -> {
          methods = List.of(value(args, ++i, arg).split(","));
          for (String m : methods) {
            if (!METHODS.contains(m)) {
              throw new IllegalArgumentException("unknown method " + m + "; the methods are " + METHODS);
            }
          }
        }
        case "--limit" -> {
          String v = value(args, ++i, arg);
          int eq = v.indexOf('=');
          if (eq < 0) {
            limit = positive(arg, v);
          } else {
            limits.put(v.substring(0, eq), positive(arg, v.substring(eq + 1)));
          }
        }
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          instances.add(Path.of(arg));
        }
      }
    }
    if (instances.isEmpty()) {
      instances.add(Path.of("instances/peru-national.json"));
      if (Files.exists(Path.of("instances/peru-south.json"))) {
        instances.add(Path.of("instances/peru-south.json"));
      }
    }
    for (Path file : instances) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
    }
    if (Double.isNaN(scipMemoryMb)) {
      // below the cap by the child's heap and the JVM's own reservations
      scipMemoryMb = Math.max(mipMemoryGb * 1024 - 4096, mipMemoryGb * 256);
    }
    return new Settings(instances, limit, limits, threads, scipMemoryMb, mipMemoryGb, methods, write, child);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static double positive(String option, String text) {
    try {
      double x = Double.parseDouble(text);
      if (x > 0 && Double.isFinite(x)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " takes a positive number, not " + text);
  }

  /** The largest used heap seen while a method runs, sampled every 50 ms on a daemon thread. */
  static final class HeapPeak {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long maxBytes;
    private volatile boolean running = true;

    private HeapPeak() {
      sample();
      sampler = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-peak");
      sampler.setDaemon(true);
    }

    static HeapPeak start() {
      HeapPeak peak = new HeapPeak();
      peak.sampler.start();
      return peak;
    }

    private void sample() {
      maxBytes = Math.max(maxBytes, memory.getHeapMemoryUsage().getUsed());
    }

    double stopMb() {
      running = false;
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sample();
      return maxBytes / (1024.0 * 1024.0);
    }
  }
}
