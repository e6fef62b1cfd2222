package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dorsal.candidates.CandidateNetwork;
import org.dorsal.io.AtomicFiles;
import org.dorsal.io.InstanceWriter;
import org.dorsal.model.Technology;
import org.dorsal.radio.RejectionReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dorsal candidates}: generates an instance's candidate links and writes them out. */
@Command(
    name = "candidates",
    description = {
      "Generates the candidate links of an instance that has candidateRules (microwave hops"
          + " engineered per band, dish and channel; fiber builds priced by terrain; satellite"
          + " at every site) and writes the expanded instance: the same nodes with every link"
          + " written out and no candidateRules, ready for dorsal plan. Prints how many links of"
          + " each technology were made, how many hops were rejected and why, the time and the"
          + " peak heap.",
      "Exit codes: 0 written; 2 bad input or usage (nothing written)."
    },
    mixinStandardHelpOptions = true)
final class CandidatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INSTANCE",
      description = "Instance JSON file (dorsal-instance/1) with candidateRules.")
  Path instancePath;

  @Option(names = {"-o", "--output"}, paramLabel = "EXPANDED", required = true,
      description = "Where to write the expanded instance. Written atomically; never the instance"
          + " file itself.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (OutputGuard.wouldOverwrite(output, instancePath, err)) {
      return ExitCodes.BAD_INPUT;
    }
    long start = System.nanoTime();
    LoadedInstance loaded = LoadedInstance.read(instancePath, err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    if (loaded.expansion().generated() == null) {
      err.println(instancePath + ":0:0: /: the instance has no candidateRules, so there is"
          + " nothing to generate; add \"candidateRules\": {} to generate with the defaults");
      return ExitCodes.BAD_INPUT;
    }
    double readSeconds = (System.nanoTime() - start) / 1e9 - loaded.expansion().seconds();
    long writeStart = System.nanoTime();
    try {
      AtomicFiles.write(output, stream -> new InstanceWriter().write(loaded.instance(), stream));
    } catch (IOException e) {
      err.println(output + ": cannot write the expanded instance (" + e.getMessage() + ")");
      return ExitCodes.BAD_INPUT;
    }
    double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
    if (!quiet) {
      print(out, loaded, readSeconds, writeSeconds);
    }
    return ExitCodes.OK;
  }

  private void print(PrintWriter out, LoadedInstance loaded, double readSeconds,
      double writeSeconds) {
    CandidateNetwork net = loaded.expansion().generated();
    long sites = loaded.instance().nodes().stream().filter(n -> n.isSite()).count();
    out.printf(Locale.ROOT, "%s: %d nodes (%d sites), %d given links + %d generated%n",
        output, loaded.instance().nodes().size(), sites,
        loaded.instance().links().size() - net.links().size(), net.links().size());
    for (Technology t : Technology.values()) {
      if (net.count(t) > 0) {
        out.printf(Locale.ROOT, "  %-15s %,9d links%n", t.jsonName(), net.count(t));
      }
    }
    out.printf(Locale.ROOT, "  microwave hops engineered %,d, rejected %,d%n",
        net.microwaveHopsEngineered(), net.microwaveHopsRejected());
    for (Map.Entry<RejectionReason, Integer> e : net.rejectionsByReason().entrySet()) {
      out.printf(Locale.ROOT, "    %-22s %,9d%n", e.getKey().name(), e.getValue());
    }
    out.printf(Locale.ROOT, "  options dropped as dominated %,d%n", net.optionsDominated());
    out.printf(Locale.ROOT, "  time: read %.2f s, generate %.2f s, write %.2f s; peak heap %d MB"
        + " (max %d MB)%n", readSeconds, loaded.expansion().seconds(), writeSeconds,
        peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Sum over heap pools of the peak usage since the JVM started. */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

}
