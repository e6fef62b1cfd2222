package org.dorsal.io;

import org.dorsal.model.FixedChargeFlowProblem;
import org.dorsal.model.Instance;

/**
 * States an FCNetLib fixed-charge network flow problem as a Dorsal instance with split routing,
 * exactly where that can be done.
 *
 * <p>Traffic in Dorsal flows from sites towards gateways, so the flow is read backwards: every sink
 * (positive demand) is a required site {@code n<i>} with that demand in Mbps; every other node is a
 * junction {@code n<i>}; a source also gets a gateway {@code n<i>-supply} with uplink = its supply
 * and a free one-way link {@code n<i>-out} to it of that capacity. Arc m&nbsp;&rarr;&nbsp;n (copy c)
 * is the one-way link {@code a<m>-<n>} ({@code a<m>-<n>-<c>} where the file has several copies) from
 * n to m, with one option of capacity = the arc's, capex = its fixed cost and a usage charge = its
 * cost per unit of flow. Arcs from a node to itself are left out (their cost is positive and they
 * move nothing). Economics: horizon 1 year at rate 0, so a plan's net present cost is the FCNetLib
 * objective.
 *
 * <p>Exactness: a flow of the instance and a plan correspond one to one, cost for cost: at a sink
 * the traffic leaving minus entering is its demand (the flow entering minus leaving in FCNetLib); at
 * a source the traffic its gateway takes is at most its supply, and since supplies and demands
 * balance every gateway takes exactly its supply. So the optima are equal ({@link
 * ObjectiveRelation#EQUAL}) when supplies and demands balance and the file asks for none of the
 * reference model's tree constraints. With tree constraints the problem is still stated exactly
 * when it has one source and every arc carries the whole supply: some optimal flow is then a tree
 * out of the source (an extreme flow of an uncapacitated network), which keeps all three. Any other
 * file is {@link ObjectiveRelation#NOT_MAPPED}.
 */
public final class FcnetlibInstances {
  private FcnetlibInstances() {}

  /** The mapping, or a {@link ObjectiveRelation#NOT_MAPPED} one (no instance) where it is not exact. */
  public static MappedInstance of(FixedChargeFlowProblem p) {
    if (!mappable(p)) {
      return new MappedInstance(null, ObjectiveRelation.NOT_MAPPED, 0);
    }
    return new MappedInstance(instance(p), ObjectiveRelation.EQUAL, 0);
  }

  /** Whether {@link #instance} states the problem exactly (see the class comment). */
  public static boolean mappable(FixedChargeFlowProblem p) {
    double supply = p.totalSupplyUnits();
    double balance = 0;
    for (double d : p.demandUnits()) {
      balance += d;
    }
    if (!(supply > 0) || Math.abs(balance) > 1e-9 * supply) {
      return false;
    }
    if (!(p.atMostOneOutArc() || p.sinksFedByOneArc() || p.transitNodesFedByAtMostOneArc())) {
      return true;
    }
    if (p.sourceCount() != 1) {
      return false;
    }
    for (int a = 0; a < p.arcCount(); a++) {
      if (p.arcTail()[a] != p.arcHead()[a] && p.flowCapacityUnits()[a] < supply * (1 - 1e-12)) {
        return false;
      }
    }
    return true;
  }

  /** The instance of a problem, as the class comment describes (exact only where {@link #mappable}). */
  public static Instance instance(FixedChargeFlowProblem p) {
    PlainCostInstanceBuilder b = new PlainCostInstanceBuilder();
    int n = p.nodeCount();
    double[] demand = p.demandUnits();
    for (int v = 0; v < n; v++) {
      if (demand[v] > 0) {
        b.requiredSite(nodeId(v), demand[v], 0, 0);
      } else {
        b.junction(nodeId(v), 0, 0);
      }
    }
    for (int v = 0; v < n; v++) {
      if (demand[v] < 0) {
        b.gateway(nodeId(v) + "-supply", -demand[v], 0, 0);
        b.oneWayLink(nodeId(v) + "-out", nodeId(v), nodeId(v) + "-supply", -demand[v], 0, 0);
      }
    }
    boolean[] copies = severalCopies(p);
    for (int a = 0; a < p.arcCount(); a++) {
      int tail = p.arcTail()[a];
      int head = p.arcHead()[a];
      if (tail == head || !(p.flowCapacityUnits()[a] > 0)) {
        continue;
      }
      String id = "a" + (tail + 1) + "-" + (head + 1) + (copies[a] ? "-" + (p.arcCopy()[a] + 1) : "");
      b.oneWayLink(id, nodeId(head), nodeId(tail), p.flowCapacityUnits()[a], p.fixedCost()[a],
          p.costPerFlowUnit()[a]);
    }
    return b.buildSplit(p.name(), "FCNetLib fixed-charge network flow " + p.name() + " (" + n + " nodes, "
        + p.arcCount() + " arcs, " + p.sourceCount() + " source(s)) with split routing: sinks are required sites,"
        + " each source feeds a gateway of uplink = its supply, arc m->n is the one-way link from n to m with"
        + " capex = its fixed cost and a usage charge = its cost per unit; the optimal net present cost equals"
        + " the FCNetLib optimum");
  }

  public static String nodeId(int v) {
    return "n" + (v + 1);
  }

  /** Per arc, whether another arc joins the same two nodes in the same direction. */
  private static boolean[] severalCopies(FixedChargeFlowProblem p) {
    boolean[] several = new boolean[p.arcCount()];
    for (int a = 0; a < p.arcCount(); a++) {
      if (p.arcCopy()[a] > 0) {
        several[a] = true;
        for (int b = a - 1; b >= 0 && p.arcTail()[b] == p.arcTail()[a] && p.arcHead()[b] == p.arcHead()[a]; b--) {
          several[b] = true;
        }
      }
    }
    return several;
  }
}
