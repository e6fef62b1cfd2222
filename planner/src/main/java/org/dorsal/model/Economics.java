package org.dorsal.model;

/**
 * How money is counted. Capex is paid at the start (year 0); opex, leases and transit are paid
 * at the end of each year 1..horizonYears and discounted at {@code discountRate}.
 */
public record Economics(String currency, int horizonYears, double discountRate) {}
