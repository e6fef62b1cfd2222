package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Node;
import org.dorsal.model.Rollout;
import org.dorsal.model.Rollout.SiteRollout;

/** Reads the optional {@code rollout} object (docs/rollout.md). */
final class RolloutReader {
  /** Growth is a yearly fraction, 0 or more and below 1; 25 is almost surely meant as 25 %. */
  private static final NumberRule GROWTH =
      NumberRule.yearlyFraction(
          "demand in a roll-out only grows: write 0 or more, e.g. 0.25 for +25 % a year", " % a year");

  private final ValidationErrors errors;

  RolloutReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /**
   * @param horizonYears the horizon (the latest first year), or 0 when unknown (not checked then)
   * @param nodes the nodes read, to check that every entry of {@code sites} names a site
   */
  Rollout read(ObjectValue object, int horizonYears, List<Node> nodes) {
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.ROLLOUT);
    double growth = fields.optionalNumber("demandGrowthPerYear", 0, GROWTH);
    double yearlyBudget =
        fields.optionalNumber("capexBudgetUsdPerYear", Double.POSITIVE_INFINITY, NumberRule.POSITIVE);
    List<SiteRollout> sites = new ArrayList<>();
    if (fields.has("sites")) {
      ArrayValue array = fields.requiredArray("sites", "");
      Map<String, Node> byId = new HashMap<>();
      for (Node n : nodes) {
        byId.putIfAbsent(n.id(), n);
      }
      Set<String> seen = new HashSet<>();
      for (LocatedValue entry : array == null ? List.<LocatedValue>of() : array.items()) {
        SiteRollout site = readSite(entry, growth, horizonYears, byId, seen);
        if (site != null) {
          sites.add(site);
        }
      }
    }
    return new Rollout(growth, yearlyBudget, sites);
  }

  private SiteRollout readSite(
      LocatedValue entry, double defaultGrowth, int horizonYears, Map<String, Node> nodes, Set<String> seen) {
    if (!(entry instanceof ObjectValue object)) {
      errors.add(
          entry.at(),
          ObjectFields.typeMessage(
              "rollout site", entry, "an object", "write { \"siteId\": ..., \"firstYear\": ... }"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.ROLLOUT_SITE);
    String siteId = fields.requiredNonEmptyString("siteId", "the id of a site node");
    double growth = fields.optionalNumber("demandGrowthPerYear", defaultGrowth, GROWTH);
    long firstYear =
        fields.optionalInteger(
            "firstYear",
            1,
            1,
            horizonYears > 0 ? horizonYears : Integer.MAX_VALUE,
            "write the year the site comes online, from 1 to economics.horizonYears");
    if (siteId == null) {
      return null;
    }
    Node node = nodes.get(siteId);
    if (node == null || !node.isSite()) {
      errors.add(
          fields.value("siteId").at(),
          "siteId '" + siteId + "' is not "
              + (node == null ? "the id of any node" : "a site (it is a " + node.kind().jsonName() + ")")
              + "; name a node of kind site");
      return null;
    }
    if (!seen.add(siteId)) {
      errors.add(
          fields.value("siteId").at(),
          "site '" + siteId + "' is listed twice in rollout.sites; merge the two entries");
      return null;
    }
    return new SiteRollout(siteId, growth, (int) firstYear);
  }
}
