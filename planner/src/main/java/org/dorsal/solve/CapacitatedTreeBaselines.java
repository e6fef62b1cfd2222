package org.dorsal.solve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Link;
import org.dorsal.model.Node;
import org.dorsal.model.SolveStats;
import org.dorsal.model.SolveStatus;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.CapacitatedSpanningTreeAlgorithm.CapacitatedSpanningTree;
import org.jgrapht.alg.spanning.AhujaOrlinSharmaCapacitatedMinimumSpanningTree;
import org.jgrapht.alg.spanning.EsauWilliamsCapacitatedMinimumSpanningTree;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * JGraphT's capacitated minimum spanning tree heuristics on an instance shaped like a CMST (one
 * gateway, every other node a required site, every link between two nodes with one option, all of
 * the same capacity Q), as baselines: Esau-Williams savings, and the Ahuja-Orlin-Sharma cyclic
 * exchange tabu search started from it. The JGraphT graph has the node indexes as vertices, the link
 * indexes as edges weighted by the link's net present cost (its capex on the mapped OR-Library
 * instances, whose economics are 1 year at rate 0), the gateway as root, the sites' demands and Q.
 *
 * <p>Both run with 1 as the number of best savings to draw from ({@code numberOfOperationsParameter}):
 * the classic, deterministic Esau-Williams (JGraphT draws among the p best with {@code Math.random()},
 * which cannot be seeded).
 */
public final class CapacitatedTreeBaselines {
  /**
   * Longest exchange cycle the Ahuja-Orlin-Sharma search looks for in its improvement graph (JGraphT
   * leaves it to the caller). Measured on ten tc40, te40 and cm50 entries: bounds 3 to 12 took about
   * the same time; 5 found what 8 and 12 found everywhere and beat 3 and 4 on two (see
   * docs/benchmarks.md).
   */
  static final int CYCLE_LENGTH_BOUND = Integer.getInteger("dorsal.aosCycleLength", 5);
  /**
   * Tabu time (iterations a moved vertex stays tabu): 10, what JGraphT's own short constructor
   * uses; its javadoc gives no other advice.
   */
  static final int TABU_TIME = 10;

  private CapacitatedTreeBaselines() {}

  /**
   * What a run produced.
   *
   * @param outcome the tree as a plan (routes along the tree to the gateway), its objective recomputed
   *     by Dorsal's pricing
   * @param treeWeightUsd the tree's weight as JGraphT reports it
   * @param capacitatedSpanningTree JGraphT's own check {@code isCapacitatedSpanningTree} of the tree
   * @param note how the run went (for the tabu search: runs and their limits)
   */
  public record TreeRun(PlanOutcome outcome, double treeWeightUsd, boolean capacitatedSpanningTree, String note) {}

  /**
   * JGraphT's {@link EsauWilliamsCapacitatedMinimumSpanningTree}.
   *
   * @throws IllegalArgumentException if the instance is not shaped like a CMST, or JGraphT finds no
   *     capacitated tree
   */
  public static TreeRun esauWilliams(Instance instance) {
    long started = System.nanoTime();
    CmstGraph g = CmstGraph.of(instance);
    CapacitatedSpanningTree<Integer, Integer> tree =
        new EsauWilliamsCapacitatedMinimumSpanningTree<>(g.graph, g.root, g.capacityMbps, g.demandMbps, 1)
            .getCapacitatedSpanningTree();
    return g.run(tree, started, "JGraphT Esau-Williams", "");
  }

  /**
   * JGraphT's {@link AhujaOrlinSharmaCapacitatedMinimumSpanningTree} (tabu search from Esau-Williams,
   * vertex and subtree exchanges, first improvement). It has no time limit, only a count: the upper
   * limit of non-improving exchanges. So it is run again with that count doubled (1, 2, 4, ...) while
   * the time limit leaves room for a run twice as long as the last, and the best tree is kept. The
   * first run always happens, so a slow instance may overrun the limit.
   *
   * @throws IllegalArgumentException as {@link #esauWilliams}
   */
  public static TreeRun ahujaOrlinSharma(Instance instance, double timeLimitSeconds) {
    long started = System.nanoTime();
    long deadline = started + (long) (timeLimitSeconds * 1e9);
    CmstGraph g = CmstGraph.of(instance);
    CapacitatedSpanningTree<Integer, Integer> best = null;
    int runs = 0;
    int exchanges = 1;
    int bestExchanges = 0;
    long lastRunNanos = 0;
    while (runs == 0 || (System.nanoTime() + 2 * lastRunNanos <= deadline && exchanges < (1 << 30))) {
      long runStart = System.nanoTime();
      CapacitatedSpanningTree<Integer, Integer> tree = new AhujaOrlinSharmaCapacitatedMinimumSpanningTree<>(
          g.graph, g.root, g.capacityMbps, g.demandMbps, CYCLE_LENGTH_BOUND, false, 1, true, true, true, TABU_TIME,
          exchanges).getCapacitatedSpanningTree();
      lastRunNanos = System.nanoTime() - runStart;
      runs++;
      if (best == null || tree.getWeight() < best.getWeight()) {
        best = tree;
        bestExchanges = exchanges;
      }
      exchanges *= 2;
    }
    String note = runs + " run(s) with up to " + (exchanges / 2) + " non-improving exchanges; best at "
        + bestExchanges;
    return g.run(best, started, "JGraphT Ahuja-Orlin-Sharma tabu search", note);
  }

  /** The instance as a JGraphT graph, and the way back from a tree to a plan. */
  private static final class CmstGraph {
    final DesignNetwork net;
    final Graph<Integer, Integer> graph;
    final int root;
    final double capacityMbps;
    final Map<Integer, Double> demandMbps;

    private CmstGraph(DesignNetwork net, Graph<Integer, Integer> graph, int root, double capacityMbps,
        Map<Integer, Double> demandMbps) {
      this.net = net;
      this.graph = graph;
      this.root = root;
      this.capacityMbps = capacityMbps;
      this.demandMbps = demandMbps;
    }

    static CmstGraph of(Instance instance) {
      List<Node> nodes = instance.nodes();
      int root = -1;
      Map<Integer, Double> demand = new HashMap<>();
      for (int v = 0; v < nodes.size(); v++) {
        Node n = nodes.get(v);
        if (n.isGateway()) {
          if (root >= 0) {
            throw notCmst(instance, "it has more than one gateway");
          }
          root = v;
        } else if (n.isRequiredSite()) {
          demand.put(v, n.demandMbps());
        } else {
          throw notCmst(instance, "node " + n.id() + " is neither the gateway nor a required site");
        }
      }
      if (root < 0) {
        throw notCmst(instance, "it has no gateway");
      }
      DesignNetwork net = DesignNetwork.of(instance);
      double capacity = Double.NaN;
      Graph<Integer, Integer> graph = new SimpleWeightedGraph<>(null, null);
      for (int v = 0; v < nodes.size(); v++) {
        graph.addVertex(v);
      }
      for (int l = 0; l < instance.links().size(); l++) {
        Link link = instance.links().get(l);
        if (link.isSatellite() || link.options().size() != 1) {
          throw notCmst(instance, "link " + link.id() + " is a satellite link or has more than one option");
        }
        double q = link.options().get(0).capacityMbps();
        if (!Double.isNaN(capacity) && q != capacity) {
          throw notCmst(instance, "its links have different capacities (" + capacity + " and " + q + ")");
        }
        capacity = q;
        if (net.linkA[l] == net.linkB[l] || !graph.addEdge(net.linkA[l], net.linkB[l], l)) {
          throw notCmst(instance, "link " + link.id() + " is a loop or parallel to another link");
        }
        graph.setEdgeWeight(l, net.optionNpcUsd[net.optionStart[l]]);
      }
      return new CmstGraph(net, graph, root, capacity, demand);
    }

    private static IllegalArgumentException notCmst(Instance instance, String why) {
      return new IllegalArgumentException(instance.name() + " is not a capacitated spanning tree problem: " + why);
    }

    /** The tree as a plan with its objective and JGraphT's checks. */
    TreeRun run(CapacitatedSpanningTree<Integer, Integer> tree, long startedNanos, String solverName, String note) {
      boolean valid = tree.isCapacitatedSpanningTree(graph, root, capacityMbps, demandMbps);
      DesignSolution forest = forest(tree);
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      double objective = Baselines.objectiveUsd(net, forest, new MipSolver(net).arcFlows(forest));
      SolveStats stats = new SolveStats(SolveStatus.FEASIBLE, objective, 0, objective > 0 ? 1 : 0, seconds, solverName,
          Double.NaN, 0);
      DesignSolution solution = new DesignSolution(forest.parentArc(), forest.linkOption(), objective);
      PlanOutcome outcome = new PlanOutcome(Planner.toPlan(net, solution, stats), List.of(), null);
      return new TreeRun(outcome, tree.getWeight(), valid, note);
    }

    /** Parent arcs towards the root along the tree's edges, each tree link with its one option. */
    private DesignSolution forest(CapacitatedSpanningTree<Integer, Integer> tree) {
      List<List<Integer>> incident = new ArrayList<>();
      for (int v = 0; v < net.nodeCount; v++) {
        incident.add(new ArrayList<>());
      }
      int[] option = new int[net.linkCount];
      Arrays.fill(option, -1);
      for (int l : tree.getEdges()) {
        incident.get(net.linkA[l]).add(l);
        incident.get(net.linkB[l]).add(l);
        option[l] = net.optionStart[l];
      }
      int[] parent = new int[net.nodeCount];
      Arrays.fill(parent, -1);
      boolean[] reached = new boolean[net.nodeCount];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(root);
      reached[root] = true;
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (int l : incident.get(u)) {
          int v = net.otherEnd(l, u);
          if (!reached[v]) {
            reached[v] = true;
            parent[v] = arcOf(v, l);
            queue.add(v);
          }
        }
      }
      return new DesignSolution(parent, option, Double.NaN);
    }

    /** The arc of link l that leaves node v. */
    private int arcOf(int v, int l) {
      for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
        if (net.arcLink[net.outArcs[i]] == l) {
          return net.outArcs[i];
        }
      }
      throw new IllegalStateException("link " + l + " has no arc leaving node " + v);
    }
  }
}
