package org.dorsal.solve;

/** A required site that no plan can serve, and why. */
public record Unservable(String siteId, String reason) {}
