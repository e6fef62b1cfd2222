import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.InstanceReader;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.solve.PlanOutcome;
import org.dorsal.solve.Planner;
import org.dorsal.solve.SolveOptions;

/**
 * What the candidate pruning costs: plans sub-regions of a generated instance twice, once with
 * its rules (k nearest per technology) and once with every pair within reach (k = 64, the
 * reader's cap), to proven optimality where the time allows, and prints both optima.
 *
 * <p>Candidates are generated for the whole region with each rule set; the sub-regions are the
 * instance's provinces (node ids X-DDPPxx, DDPP = department and province), taken two at a time
 * in id order within a department, with their gateways, sites and the links between them. Run by
 * scripts/pruning-effect.
 *
 * <p>Usage: java -cp planner/target/dorsal.jar scripts/PruningEffect.java INSTANCE [SECONDS
 * [GROUPS]], GROUPS e.g. "2103+2104,0813" to run only those sub-regions.
 */
public final class PruningEffect {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "instances/cusco-puno-generated.json");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
    Set<String> only = args.length > 2 ? Set.of(args[2].split(",")) : null;
    Instance base = new InstanceReader().read(file);
    if (!base.needsCandidates()) {
      throw new IllegalArgumentException(file + " has no candidateRules");
    }
    CandidateRules pruned = base.candidateRules();
    CandidateRules wide = pruned.withNearest(64, 64).withNearestGateways(64);

    System.out.printf(Locale.ROOT, "%s, %.0f s per plan, 1 thread; pruned = the instance's rules"
        + " (microwave k=%d, fiber k=%d, gateways k=%d), wide = k=64 for all%n",
        file, seconds, pruned.microwaveNearest(), pruned.fiberNearest(),
        pruned.fiberNearestGateways());
    System.out.printf(Locale.ROOT, "%-10s %5s %7s %7s %14s %10s %14s %10s %8s%n", "provinces",
        "sites", "links-p", "links-w", "pruned USD", "status", "wide USD", "status", "raise");
    int regions = 0;
    int bothOptimal = 0;
    int equal = 0;
    double worst = 0;
    // candidates are generated once for the whole region (so "k nearest" counts every node of
    // the region), then each sub-region keeps the links between its own nodes
    Instance allPruned = new CandidateExpansion().expand(withRules(base, pruned)).instance();
    Instance allWide = new CandidateExpansion().expand(withRules(base, wide)).instance();
    for (List<String> group : provinceGroups(base)) {
      if (only != null && !only.contains(String.join("+", group))) {
        continue;
      }
      Instance p = subRegion(allPruned, group);
      Instance w = subRegion(allWide, group);
      PlanOutcome op = plan(p, seconds);
      PlanOutcome ow = plan(w, seconds);
      long sites = p.nodes().stream().filter(Node::isSite).count();
      double cp = op.hasPlan() ? op.plan().stats().objectiveUsd() : Double.NaN;
      double cw = ow.hasPlan() ? ow.plan().stats().objectiveUsd() : Double.NaN;
      String sp = op.hasPlan() ? op.plan().stats().status().name().toLowerCase(Locale.ROOT) : "none";
      String sw = ow.hasPlan() ? ow.plan().stats().status().name().toLowerCase(Locale.ROOT) : "none";
      double raise = (cp - cw) / cw;
      regions++;
      if (sp.equals("optimal") && sw.equals("optimal")) {
        bothOptimal++;
        if (Math.abs(raise) < 1e-6) {
          equal++;
        }
        worst = Math.max(worst, raise);
      }
      System.out.printf(Locale.ROOT, "%-10s %5d %7d %7d %,14.0f %10s %,14.0f %10s %7.3f%%%s%n",
          String.join("+", group), sites, p.links().size(), w.links().size(), cp, sp, cw, sw,
          100 * raise, prunedButUsed(p, ow));
    }
    System.out.printf(Locale.ROOT, "%d sub-regions; both proven optimal in %d; equal optimum in %d"
        + " of those; largest raise from pruning %.3f %%%n", regions, bothOptimal, equal,
        100 * worst);
  }

  /** The links of the wide plan that the pruned candidates lack, e.g. "  wide plan uses 2 pruned: mw:A-B fb:C-D". */
  private static String prunedButUsed(Instance pruned, PlanOutcome wide) {
    if (!wide.hasPlan()) {
      return "";
    }
    Set<String> kept = new HashSet<>();
    for (Link link : pruned.links()) {
      kept.add(link.id());
    }
    List<String> missing = new ArrayList<>();
    for (var choice : wide.plan().choices()) {
      if (!kept.contains(choice.linkId())) {
        missing.add(choice.linkId());
      }
    }
    return missing.isEmpty() ? ""
        : "  wide plan uses " + missing.size() + " pruned: " + String.join(" ", missing);
  }

  private static PlanOutcome plan(Instance instance, double seconds) {
    return new Planner().plan(instance, new SolveOptions(seconds, 1e-6, 1, 1, true));
  }

  private static Instance withRules(Instance sub, CandidateRules rules) {
    return new Instance(sub.name(), sub.description(), sub.economics(), sub.constraints(),
        sub.nodes(), sub.links(), rules);
  }

  /** Provinces two at a time, in id order, never across departments. */
  private static List<List<String>> provinceGroups(Instance instance) {
    Map<String, List<String>> byDepartment = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Node node : instance.nodes()) {
      String province = province(node);
      if (seen.add(province)) {
        byDepartment.computeIfAbsent(province.substring(0, 2), d -> new ArrayList<>()).add(province);
      }
    }
    List<List<String>> groups = new ArrayList<>();
    for (List<String> provinces : byDepartment.values()) {
      provinces.sort(null);
      for (int i = 0; i < provinces.size(); i += 2) {
        groups.add(provinces.subList(i, Math.min(i + 2, provinces.size())));
      }
    }
    return groups;
  }

  private static String province(Node node) {
    return node.id().substring(2, 6);
  }

  private static Instance subRegion(Instance base, List<String> provinces) {
    List<Node> nodes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node node : base.nodes()) {
      if (provinces.contains(province(node))) {
        nodes.add(node);
        ids.add(node.id());
      }
    }
    List<Link> links = new ArrayList<>();
    for (Link link : base.links()) {
      if (ids.contains(link.fromId()) && (link.toId() == null || ids.contains(link.toId()))) {
        links.add(link);
      }
    }
    return new Instance(base.name() + "-" + String.join("+", provinces), "", base.economics(),
        base.constraints(), nodes, links, null);
  }
}
