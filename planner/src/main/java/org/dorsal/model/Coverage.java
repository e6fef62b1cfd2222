package org.dorsal.model;

/**
 * Budget-constrained coverage: optional sites compete for the capex budget and the plan maximises
 * the weight of the sites it serves. (Fields are being extended by the coverage work.)
 *
 * @param weight what a served site is worth: "population" or "priority"
 */
public record Coverage(String weight) {}
