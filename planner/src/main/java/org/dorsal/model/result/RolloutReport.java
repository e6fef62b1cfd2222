package org.dorsal.model.result;

import java.util.List;

/** The year-by-year figures of a roll-out plan, years 1..T in order. */
public record RolloutReport(List<RolloutYear> years) {

  public RolloutReport {
    years = List.copyOf(years);
  }
}
