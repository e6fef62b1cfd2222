package org.dorsal.io;

import org.dorsal.model.Instance;

/**
 * States the problems of STP files as Dorsal instances (single-sink capacitated fixed-charge
 * design), each exactly. Vertex v of the file becomes node {@code v<v>}, its i-th edge (1-based,
 * file order) link {@code e<i>}; every link has one option with room for all the traffic, so
 * capacities never bind. Economics are those of {@link PlainCostInstanceBuilder} (horizon 1 year,
 * rate 0), so a plan's net present cost is the plain sum of its links' costs.
 *
 * <p>Coordinates: without a Coordinates section every node is at latitude 0, longitude 0. With one,
 * x becomes longitude and y latitude, shifted to centre on (0, 0) and scaled by one factor so that
 * the longer side of the bounding box spans 1 degree (the drawing keeps its shape); a vertex the
 * section does not list is put at (0, 0).
 */
public final class StpInstances {
  private StpInstances() {}

  /** The exact statement of the file's problem (by its {@link StpFile#problem()}). */
  public static MappedInstance of(StpFile file, String name) {
    return switch (file.problem()) {
      case STEINER_TREE -> new MappedInstance(steinerTree(file, name), ObjectiveRelation.EQUAL, 0);
      case ROOTED_PRIZE_COLLECTING ->
          new MappedInstance(rootedPrizeCollecting(file, name), ObjectiveRelation.EQUAL, 0);
      case PRIZE_COLLECTING -> new MappedInstance(prizeCollecting(file, name),
          ObjectiveRelation.EQUAL_PLUS_OFFSET, rootLinkCapexUsd(file));
    };
  }

  /**
   * Steiner tree in graphs. The root (the file's {@code Root}, else its first terminal) is a gateway
   * with uplink = number of terminals; every other terminal is a required site of 1 Mbps; other
   * vertices are junctions; edge i is link {@code e<i>} with capacity = number of terminals and
   * capex = its cost. A plan connects every site to the root, so its links contain a Steiner tree,
   * and a Steiner tree routed towards the root is a plan of its cost: the optima are equal.
   *
   * @throws IllegalArgumentException if the file is not a Steiner problem or has no terminal
   */
  public static Instance steinerTree(StpFile file, String name) {
    if (file.problem() != StpFile.Problem.STEINER_TREE) {
      throw new IllegalArgumentException(name + " is a " + file.problem() + " file, not a Steiner tree file");
    }
    int root = file.root() >= 0 ? file.root() : file.terminals().length > 0 ? file.terminals()[0] : -1;
    if (root < 0) {
      throw new IllegalArgumentException(name + " has no terminal, so there is no root");
    }
    int terminals = file.terminalCount();
    boolean[] terminal = new boolean[file.nodeCount()];
    for (int t : file.terminals()) {
      terminal[t] = true;
    }
    Coordinates at = new Coordinates(file);
    PlainCostInstanceBuilder b = new PlainCostInstanceBuilder();
    for (int v = 0; v < file.nodeCount(); v++) {
      if (v == root) {
        b.gateway(nodeId(v), terminals, at.lat(v), at.lon(v));
      } else if (terminal[v]) {
        b.requiredSite(nodeId(v), 1, at.lat(v), at.lon(v));
      } else {
        b.junction(nodeId(v), at.lat(v), at.lon(v));
      }
    }
    for (int e = 0; e < file.edgeCount(); e++) {
      b.link(linkId(e), nodeId(file.edgeTail()[e]), nodeId(file.edgeHead()[e]), terminals, file.edgeCost()[e], 0);
    }
    return b.build(name, "Steiner tree problem " + file.name() + ": root " + nodeId(root) + " is the gateway, the "
        + (terminals - 1) + " other terminals are required sites of 1 Mbps, edge cost = link capex; the"
        + " optimal net present cost equals the Steiner tree optimum", Double.POSITIVE_INFINITY);
  }

  /**
   * Rooted prize-collecting Steiner tree (RPCSTP). The root is a gateway (uplink = number of prize
   * vertices); a vertex with a prize above 0 is an optional site of 1 Mbps whose unserved penalty is
   * its prize; other vertices are junctions (a prize on the root itself is dropped: the root is
   * always in the tree, so that prize is never paid); edge i is link {@code e<i>} with capex = its
   * cost. The plan objective (links' cost plus penalties of unserved sites) is the RPCSTP objective
   * (tree edges plus prizes of the vertices left out): the optima are equal.
   *
   * @throws IllegalArgumentException if the file is not a rooted prize-collecting problem
   */
  public static Instance rootedPrizeCollecting(StpFile file, String name) {
    if (file.problem() != StpFile.Problem.ROOTED_PRIZE_COLLECTING) {
      throw new IllegalArgumentException(name + " is a " + file.problem() + " file, not a rooted prize-collecting one");
    }
    double[] prize = vertexPrizes(file);
    int root = file.root();
    prize[root] = 0;
    int prizeVertices = countPositive(prize);
    Coordinates at = new Coordinates(file);
    PlainCostInstanceBuilder b = new PlainCostInstanceBuilder();
    for (int v = 0; v < file.nodeCount(); v++) {
      if (v == root) {
        b.gateway(nodeId(v), Math.max(1, prizeVertices), at.lat(v), at.lon(v));
      } else if (prize[v] > 0) {
        b.optionalSite(nodeId(v), 1, prize[v], at.lat(v), at.lon(v));
      } else {
        b.junction(nodeId(v), at.lat(v), at.lon(v));
      }
    }
    double capacity = Math.max(1, prizeVertices);
    for (int e = 0; e < file.edgeCount(); e++) {
      b.link(linkId(e), nodeId(file.edgeTail()[e]), nodeId(file.edgeHead()[e]), capacity, file.edgeCost()[e], 0);
    }
    return b.build(name, "Rooted prize-collecting Steiner tree problem " + file.name() + ": root " + nodeId(root)
        + " is the gateway, the " + prizeVertices + " prize vertices are optional sites of 1 Mbps with"
        + " penalty = prize, edge cost = link capex; the optimal objective equals the RPCSTP optimum",
        Double.POSITIVE_INFINITY);
  }

  /**
   * Prize-collecting Steiner tree without a root (PCSTP), stated exactly with the capex budget.
   *
   * <p>Dorsal's plans are forests hanging from gateways, while a PCSTP solution is one tree
   * anywhere in the graph. The instance adds a virtual gateway {@code root} (uplink = number of
   * prize vertices) and, for every vertex v with a prize above 0, a link {@code r<v>} from it to v
   * whose capex is δ = {@link #rootLinkCapexUsd} = min(1, largest prize); the capex budget is δ, so
   * a plan opens at most one such link. The graph's edges are links {@code e<i>} whose cost is
   * <em>opex</em> (capex 0, so they do not count against the budget; with the 1-year, rate-0
   * economics their net present cost is still the edge cost). Vertices with a prize are optional
   * sites of 1 Mbps with penalty = prize, the others junctions.
   *
   * <p>Exactness: a PCSTP tree T holding a prize vertex v becomes the plan "open {@code r<v>} and
   * T's edges, serve T's prize vertices", of objective cost(T) + δ. A plan that opens one root link
   * serves only sites in the tree that link's end reaches, so its objective minus δ is at least the
   * PCSTP objective of that tree; a plan that opens none serves nothing and costs the sum of all
   * prizes, which is at least the optimum + the largest prize ≥ optimum + δ (a single prize vertex
   * is a tree). Hence the optimal plan objective is exactly the PCSTP optimum + δ
   * ({@link ObjectiveRelation#EQUAL_PLUS_OFFSET} with offset δ).
   *
   * <p>Whether a solver reaches it depends on the solver honouring the capex budget in every stage:
   * a solver that ignores the budget solves the relaxation in which every prize vertex may hang from
   * the virtual root on its own (a forest), whose optimum is at most the PCSTP optimum + δ.
   *
   * @throws IllegalArgumentException if the file is not an unrooted prize-collecting problem or no
   *     vertex has a prize above 0
   */
  public static Instance prizeCollecting(StpFile file, String name) {
    if (file.problem() != StpFile.Problem.PRIZE_COLLECTING) {
      throw new IllegalArgumentException(name + " is a " + file.problem() + " file, not an unrooted prize-collecting one");
    }
    double[] prize = vertexPrizes(file);
    int prizeVertices = countPositive(prize);
    if (prizeVertices == 0) {
      throw new IllegalArgumentException(name + " has no prize above 0; its optimum is the empty tree");
    }
    double delta = rootLinkCapexUsd(file);
    Coordinates at = new Coordinates(file);
    PlainCostInstanceBuilder b = new PlainCostInstanceBuilder();
    b.gateway(VIRTUAL_ROOT_ID, prizeVertices, 0, 0);
    for (int v = 0; v < file.nodeCount(); v++) {
      if (prize[v] > 0) {
        b.optionalSite(nodeId(v), 1, prize[v], at.lat(v), at.lon(v));
      } else {
        b.junction(nodeId(v), at.lat(v), at.lon(v));
      }
    }
    for (int e = 0; e < file.edgeCount(); e++) {
      b.link(linkId(e), nodeId(file.edgeTail()[e]), nodeId(file.edgeHead()[e]), prizeVertices, 0, file.edgeCost()[e]);
    }
    for (int v = 0; v < file.nodeCount(); v++) {
      if (prize[v] > 0) {
        b.link("r" + (v + 1), VIRTUAL_ROOT_ID, nodeId(v), prizeVertices, delta, 0);
      }
    }
    return b.build(name, "Prize-collecting Steiner tree problem " + file.name() + " (no root): a virtual"
        + " gateway 'root' with one link of capex " + delta + " to each of the " + prizeVertices
        + " prize vertices and a capex budget of " + delta + " (so at most one is opened); edge cost ="
        + " link opex; prize vertices are optional sites of 1 Mbps with penalty = prize; the optimal"
        + " objective equals the PCSTP optimum + " + delta, delta);
  }

  /** Id of the virtual gateway of {@link #prizeCollecting}. */
  public static final String VIRTUAL_ROOT_ID = "root";

  /**
   * δ of {@link #prizeCollecting}: the capex of each virtual root link, the budget, and so the
   * offset between the plan objective and the PCSTP objective; min(1, largest prize).
   */
  public static double rootLinkCapexUsd(StpFile file) {
    double max = 0;
    for (double p : file.prizes()) {
      max = Math.max(max, p);
    }
    return Math.min(1.0, max);
  }

  /** Node id of 0-based vertex v. */
  public static String nodeId(int v) {
    return "v" + (v + 1);
  }

  /** Link id of 0-based edge e. */
  public static String linkId(int e) {
    return "e" + (e + 1);
  }

  private static double[] vertexPrizes(StpFile file) {
    double[] prize = new double[file.nodeCount()];
    for (int i = 0; i < file.prizeVertices().length; i++) {
      prize[file.prizeVertices()[i]] = file.prizes()[i];
    }
    return prize;
  }

  private static int countPositive(double[] values) {
    int n = 0;
    for (double v : values) {
      n += v > 0 ? 1 : 0;
    }
    return n;
  }

  /** Latitude and longitude of the vertices (see the class comment). */
  private static final class Coordinates {
    private final double[] x;
    private final double[] y;
    private double midX;
    private double midY;
    private double degreesPerUnit;

    Coordinates(StpFile file) {
      x = file.coordinateX();
      y = file.coordinateY();
      if (x == null) {
        return;
      }
      double minX = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int v = 0; v < x.length; v++) {
        if (!Double.isNaN(x[v])) {
          minX = Math.min(minX, x[v]);
          maxX = Math.max(maxX, x[v]);
          minY = Math.min(minY, y[v]);
          maxY = Math.max(maxY, y[v]);
        }
      }
      if (minX > maxX) {
        return;
      }
      midX = (minX + maxX) / 2;
      midY = (minY + maxY) / 2;
      double span = Math.max(maxX - minX, maxY - minY);
      degreesPerUnit = span > 0 ? 1.0 / span : 0;
    }

    double lat(int v) {
      return x == null || Double.isNaN(y[v]) ? 0 : (y[v] - midY) * degreesPerUnit;
    }

    double lon(int v) {
      return x == null || Double.isNaN(x[v]) ? 0 : (x[v] - midX) * degreesPerUnit;
    }
  }
}
