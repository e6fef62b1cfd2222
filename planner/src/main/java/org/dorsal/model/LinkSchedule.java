package org.dorsal.model;

import java.util.List;

/**
 * When a link of a roll-out plan is equipped and upgraded: each step installs an option at the
 * start of its year, and the option stays active until the next step. Steps are in increasing
 * years; the first is the year the link is first equipped.
 */
public record LinkSchedule(String linkId, List<Step> steps) {

  public LinkSchedule {
    steps = List.copyOf(steps);
  }

  /** Install {@code optionId} at the start of {@code year} (1-based). */
  public record Step(int year, String optionId) {}

  /** The option active in {@code year}, or null when the link is not yet equipped. */
  public String optionIn(int year) {
    String active = null;
    for (Step s : steps) {
      if (s.year() <= year) {
        active = s.optionId();
      }
    }
    return active;
  }
}
