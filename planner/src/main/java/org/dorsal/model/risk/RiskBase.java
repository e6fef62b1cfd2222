package org.dorsal.model.risk;

/** Which instance was analysed: the {@code base} block shared by compare, sweep and risk. */
public record RiskBase(String instanceName, String file, String sha256) {}
