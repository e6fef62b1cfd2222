package org.dorsal.model.result;

/**
 * One step of a roll-out link's schedule: at the start of {@code year} the link is equipped with
 * (or upgraded to) {@code optionId}.
 *
 * @param capexUsd capex paid for this step in that year, not discounted (the option's capex, plus
 *     the link's build cost per km on the first step only)
 */
public record ScheduleEntry(int year, String optionId, double capacityMbps, double capexUsd) {}
