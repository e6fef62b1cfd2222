package org.dorsal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dorsal.model.FixedChargeFlowProblem;

/**
 * Lists the instances of a benchmark set folder (as in {@code shared/benchmarks}) with their known
 * values, and reads them one at a time.
 *
 * <p>Instance files are found anywhere below the folder, in the order of their relative paths:
 * {@code .stp} and {@code .gr} (STP), {@code .inc} (FCNetLib), and OR-Library capmst files whose
 * names start with {@code tc}, {@code te} or {@code cm} and end in {@code .txt} or {@code .dat}
 * (CMST). Every other file (README, tables, the CMST demand files {@code priz*}) is not an instance.
 * The known values come from {@code known_values.tsv} (or else {@code values.tsv}) in the folder,
 * matched on the instance name without extension; an instance the table lacks has no known value.
 *
 * <p>CMST files do not hold their capacity, so a capmst file gives one entry per capacity: the
 * capacities its rows in the table name, or else those the literature uses for its family (as the
 * set's README says): tc/te with 40 terminals Q = 3, 5, 10; with 80 terminals Q = 5, 10, 20; cm
 * files Q = 200, 400, 800. A cm file's demands are in {@code priz<N>r.dat} next to it (N from its
 * name: cm50r1 uses priz50r.dat).
 */
public final class BenchmarkSetReader {
  private static final Pattern CMST_NAME = Pattern.compile("(tc|te|cm)(\\d+).*\\.(txt|dat)");

  private BenchmarkSetReader() {}

  /** The instances of a set folder, with their known values. */
  public static List<BenchmarkEntry> list(Path folder) throws InvalidInputException, IOException {
    String set = folder.toAbsolutePath().normalize().getFileName().toString();
    List<KnownValuesTable.Row> rows = knownValues(folder);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
          .toList();
    }
    List<BenchmarkEntry> entries = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String lower = fileName.toLowerCase(Locale.ROOT);
      String name = StpReader.baseName(fileName);
      if (lower.endsWith(".stp") || lower.endsWith(".gr")) {
        entries.add(new BenchmarkEntry(set, name, BenchmarkEntry.Format.STP, file, null, Double.NaN,
            valueOf(rows, name, Double.NaN)));
      } else if (lower.endsWith(".inc")) {
        entries.add(new BenchmarkEntry(set, name, BenchmarkEntry.Format.FCNETLIB, file, null, Double.NaN,
            valueOf(rows, name, Double.NaN)));
      } else {
        Matcher m = CMST_NAME.matcher(lower);
        if (m.matches()) {
          cmstEntries(set, file, name, m, rows, entries);
        }
      }
    }
    return List.copyOf(entries);
  }

  private static void cmstEntries(String set, Path file, String name, Matcher m, List<KnownValuesTable.Row> rows,
      List<BenchmarkEntry> entries) {
    String family = m.group(1);
    int size = Integer.parseInt(m.group(2));
    Path demandFile = family.equals("cm") ? file.resolveSibling("priz" + size + "r.dat") : null;
    List<Double> capacities = new ArrayList<>();
    for (KnownValuesTable.Row row : rows) {
      if (row.baseName().equals(name) && !Double.isNaN(row.capacity()) && !capacities.contains(row.capacity())) {
        capacities.add(row.capacity());
      }
    }
    if (capacities.isEmpty()) {
      capacities.addAll(literatureCapacities(family, size));
    }
    capacities.sort(Comparator.naturalOrder());
    for (double q : capacities) {
      entries.add(new BenchmarkEntry(set, name + "-Q" + plain(q), BenchmarkEntry.Format.CMST, file, demandFile, q,
          valueOf(rows, name, q)));
    }
  }

  /** The capacities the literature uses for a capmst family (see the class comment); may be empty. */
  static List<Double> literatureCapacities(String family, int size) {
    if (family.equals("cm")) {
      return List.of(200.0, 400.0, 800.0);
    }
    return switch (size) {
      case 40 -> List.of(3.0, 5.0, 10.0);
      case 80 -> List.of(5.0, 10.0, 20.0);
      default -> List.of();
    };
  }

  /** Reads an entry's files and states it as a Dorsal instance where that can be done. */
  public static BenchmarkInstance load(BenchmarkEntry entry) throws InvalidInputException, IOException {
    return switch (entry.format()) {
      case STP -> mapped(entry, StpInstances.of(StpReader.read(entry.file()), entry.name()));
      case CMST -> mapped(entry,
          CmstInstances.of(CmstReader.read(entry.file(), entry.demandFile()), entry.name(), entry.capacity()));
      case FCNETLIB -> {
        FixedChargeFlowProblem problem = FcnetlibReader.read(entry.file());
        MappedInstance m = FcnetlibInstances.of(problem);
        yield new BenchmarkInstance(entry, m.instance(), problem, m.relation(), m.objectiveOffsetUsd());
      }
    };
  }

  private static BenchmarkInstance mapped(BenchmarkEntry entry, MappedInstance m) {
    return new BenchmarkInstance(entry, m.instance(), null, m.relation(), m.objectiveOffsetUsd());
  }

  /** The rows of the folder's table, or none when it has no table. */
  static List<KnownValuesTable.Row> knownValues(Path folder) throws InvalidInputException, IOException {
    for (String tableName : List.of("known_values.tsv", "values.tsv")) {
      Path table = folder.resolve(tableName);
      if (Files.isRegularFile(table)) {
        return KnownValuesTable.read(table);
      }
    }
    return List.of();
  }

  /** The known value of an instance (for CMST, at capacity q; NaN otherwise), or null. */
  private static KnownValue valueOf(List<KnownValuesTable.Row> rows, String name, double q) {
    for (KnownValuesTable.Row row : rows) {
      boolean capacityMatches = Double.isNaN(q) || row.capacity() == q;
      if (row.baseName().equals(name) && capacityMatches) {
        return row.knownValue();
      }
    }
    return null;
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
