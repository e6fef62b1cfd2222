package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.model.Instance;
import org.dorsal.model.Node;
import org.dorsal.model.result.PlanResult;
import org.dorsal.model.result.ResultLink;
import org.dorsal.model.result.ResultRoute;

/**
 * A plan result with the instance it was planned on (for coordinates, names and populations) and
 * its roll-out schedule: what the GeoJSON, CSV and HTML writers of a plan read.
 */
public final class PlanBundle {
  private final PlanResult result;
  private final Instance instance;
  private final PlanSchedule schedule;
  private final Map<String, Node> nodeById = new HashMap<>();
  private final Map<String, ResultRoute> routeBySiteId = new HashMap<>();

  private PlanBundle(PlanResult result, Instance instance, PlanSchedule schedule) {
    this.result = result;
    this.instance = instance;
    this.schedule = schedule;
    for (Node n : instance.nodes()) {
      nodeById.put(n.id(), n);
    }
    for (ResultRoute r : result.routes()) {
      routeBySiteId.putIfAbsent(r.siteId(), r); // with split routing, the site's first route
    }
  }

  /**
   * Joins a result and its instance.
   *
   * @param resultLabel the result file's name, for errors
   * @throws InvalidInputException when the result is of another instance (its name or a node id
   *     it uses is not the instance's)
   */
  public static PlanBundle of(PlanResult result, Instance instance, PlanSchedule schedule, String resultLabel)
      throws InvalidInputException {
    PlanBundle bundle = new PlanBundle(result, instance, schedule);
    List<ValidationError> errors = new ArrayList<>();
    if (!result.instanceName().equals(instance.name())) {
      errors.add(new ValidationError(resultLabel, 0, 0, "/instanceName", "the result is of instance \""
          + result.instanceName() + "\" but the instance given is \"" + instance.name()
          + "\"; pass the instance the result was planned on"));
    }
    for (int i = 0; i < result.links().size() && errors.size() < 20; i++) {
      ResultLink l = result.links().get(i);
      bundle.checkNode(l.flowFromId(), "/links/" + i + "/flowFromId", resultLabel, errors);
      if (l.flowToId() != null) {
        bundle.checkNode(l.flowToId(), "/links/" + i + "/flowToId", resultLabel, errors);
      }
    }
    for (int i = 0; i < result.routes().size() && errors.size() < 20; i++) {
      bundle.checkNode(result.routes().get(i).siteId(), "/routes/" + i + "/siteId", resultLabel, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return bundle;
  }

  private void checkNode(String id, String pointer, String label, List<ValidationError> errors) {
    if (!nodeById.containsKey(id)) {
      errors.add(new ValidationError(label, 0, 0, pointer, "node \"" + id
          + "\" is not in the instance; pass the instance the result was planned on"));
    }
  }

  public PlanResult result() {
    return result;
  }

  public Instance instance() {
    return instance;
  }

  public PlanSchedule schedule() {
    return schedule;
  }

  /** The instance's node with this id (every id the result uses is there). */
  public Node node(String id) {
    return nodeById.get(id);
  }

  /** The route of a site, or null when the result has none for it. */
  public ResultRoute route(String siteId) {
    return routeBySiteId.get(siteId);
  }

  /** How a site's traffic leaves: "gateway", "satellite" or "unserved" (also without a route). */
  public String exitOf(String siteId) {
    ResultRoute r = route(siteId);
    return r == null ? "unserved" : r.exit();
  }

  public String currency() {
    return instance.economics().currency();
  }

  /** Plan cost per site served; NaN when none is served. */
  public double costPerSiteUsd() {
    int served = result.summary().sitesServed();
    return served > 0 ? result.summary().totalNpcUsd() / served : Double.NaN;
  }

  /** Plan cost per person covered; NaN when nobody is. */
  public double costPerPersonUsd() {
    long people = result.summary().populationServed();
    return people > 0 ? result.summary().totalNpcUsd() / people : Double.NaN;
  }

  /**
   * Plan cost per Mbps delivered per month: total NPC over (demand served x months of the
   * horizon); NaN when no demand is served.
   */
  public double costPerMbpsMonthUsd() {
    double mbpsMonths = result.summary().demandServedMbps() * instance.economics().horizonYears() * 12.0;
    return mbpsMonths > 0 ? result.summary().totalNpcUsd() / mbpsMonths : Double.NaN;
  }
}
