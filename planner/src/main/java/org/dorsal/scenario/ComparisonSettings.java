package org.dorsal.scenario;

/**
 * The settings a comparison records: those of every single plan (the number of plans run at
 * once is not recorded, as it does not change any plan).
 *
 * @param threads solver threads of each plan
 */
public record ComparisonSettings(double timeLimitSeconds, int threads, long seed) {}
