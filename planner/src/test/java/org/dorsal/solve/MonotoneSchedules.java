package org.dorsal.solve;

import java.util.ArrayList;
import java.util.List;
import org.dorsal.model.Link;
import org.dorsal.model.LinkOption;

/**
 * Test reference, written from the roll-out rules only: every schedule of one link over T years
 * (each year no option or one of the link's options) that carries each year's flow, never
 * unequips the link and never lowers its capacity, with its present value and capex by year.
 */
final class MonotoneSchedules {
  private MonotoneSchedules() {}

  /**
   * @param option per year the index in link.options(), -1 when not equipped
   * @param capexUsd capex paid at the start of each year, not discounted
   */
  record Candidate(int[] option, double npcUsd, double[] capexUsd) {}

  static List<Candidate> all(Link link, double[] flowMbps, double rate) {
    int years = flowMbps.length;
    int states = link.options().size() + 1;
    List<Candidate> out = new ArrayList<>();
    int[] s = new int[years];
    long total = (long) Math.pow(states, years);
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int t = 0; t < years; t++) {
        s[t] = (int) (c % states) - 1;
        c /= states;
      }
      Candidate candidate = evaluate(link, flowMbps, rate, s);
      if (candidate != null) {
        out.add(candidate);
      }
    }
    return out;
  }

  private static Candidate evaluate(Link link, double[] flowMbps, double rate, int[] s) {
    int years = s.length;
    double npc = 0;
    double[] capex = new double[years];
    for (int t = 0; t < years; t++) {
      LinkOption now = s[t] < 0 ? null : link.options().get(s[t]);
      LinkOption before = t == 0 || s[t - 1] < 0 ? null : link.options().get(s[t - 1]);
      double capacity = now == null ? 0 : now.capacityMbps();
      if (flowMbps[t] > 1e-9 && capacity + 1e-9 < flowMbps[t]) {
        return null;
      }
      if (before != null && (now == null || now.capacityMbps() < before.capacityMbps())) {
        return null;
      }
      if (now != null && (t == 0 || s[t] != s[t - 1])) {
        capex[t] = now.capexUsd() + (before == null ? link.buildUsdPerKm() * link.lengthKm() : 0);
        npc += capex[t] * Math.pow(1 + rate, -t);
      }
      if (now != null) {
        double yearly = now.opexUsdPerYear() + now.leaseUsdPerYear() + 12 * now.leaseUsdPerMbpsMonth() * now.capacityMbps();
        npc += yearly * Math.pow(1 + rate, -(t + 1));
      }
    }
    return new Candidate(s.clone(), npc, capex);
  }
}
