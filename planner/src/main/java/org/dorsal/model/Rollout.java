package org.dorsal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A roll-out over the years 1..T of the horizon: demand grows each year and the plan says what is
 * built, upgraded or leased in which year (see docs/rollout.md).
 *
 * <p>A site's demand in year t, from its first year on, is {@code demandMbps x (1 + g)^(t-1)}
 * with g its growth; before its first year it is 0. Growth is never negative, so every site's
 * demand, and every link's flow, is largest in the last year.
 *
 * @param demandGrowthPerYear default yearly growth of every site's demand (0.3 = +30 % a year)
 * @param capexBudgetUsdPerYear capex that may be paid in any one year, or {@code
 *     Double.POSITIVE_INFINITY} for no yearly budget
 * @param sites sites with their own growth or first year (others use the defaults)
 */
public record Rollout(double demandGrowthPerYear, double capexBudgetUsdPerYear, List<SiteRollout> sites) {

  public Rollout {
    sites = List.copyOf(sites);
  }

  /** A roll-out with one growth rate for every site, all online from year 1, no yearly budget. */
  public Rollout(double demandGrowthPerYear) {
    this(demandGrowthPerYear, Double.POSITIVE_INFINITY, List.of());
  }

  /** One site's own roll-out figures. */
  public record SiteRollout(String siteId, double demandGrowthPerYear, int firstYear) {}

  public boolean hasYearlyBudget() {
    return capexBudgetUsdPerYear != Double.POSITIVE_INFINITY;
  }

  /** The sites' own entries by site id. */
  public Map<String, SiteRollout> sitesById() {
    Map<String, SiteRollout> byId = new LinkedHashMap<>();
    for (SiteRollout s : sites) {
      byId.putIfAbsent(s.siteId(), s);
    }
    return byId;
  }

  /** The demand of {@code site} in {@code year} (1-based); 0 before the site's first year. */
  public double demandMbps(Node site, int year) {
    SiteRollout own = sitesById().get(site.id());
    return demandMbps(site, year, own);
  }

  /** The demands of every node (0 for non-sites) in every year: [node][year - 1]. */
  public double[][] demandsMbps(List<Node> nodes, int years) {
    Map<String, SiteRollout> byId = sitesById();
    double[][] out = new double[nodes.size()][years];
    for (int v = 0; v < nodes.size(); v++) {
      Node n = nodes.get(v);
      if (!n.isSite()) {
        continue;
      }
      for (int t = 1; t <= years; t++) {
        out[v][t - 1] = demandMbps(n, t, byId.get(n.id()));
      }
    }
    return out;
  }

  private double demandMbps(Node site, int year, SiteRollout own) {
    int first = own == null ? 1 : own.firstYear();
    double growth = own == null ? demandGrowthPerYear : own.demandGrowthPerYear();
    if (!site.isSite() || year < first) {
      return 0;
    }
    return site.demandMbps() * Math.pow(1 + growth, year - 1);
  }
}
