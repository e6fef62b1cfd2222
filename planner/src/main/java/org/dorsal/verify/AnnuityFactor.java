package org.dorsal.verify;

/**
 * The verifier's own annuity factor A = sum over t = 1..T of (1+r)^-t: the present value of 1 paid
 * at the end of each year of the horizon. Computed term by term with {@link Math#pow}, on purpose
 * differently from the economics package it checks.
 */
final class AnnuityFactor {
  private AnnuityFactor() {}

  static double of(int horizonYears, double discountRate) {
    double sum = 0;
    for (int year = 1; year <= horizonYears; year++) {
      sum += Math.pow(1.0 + discountRate, -year);
    }
    return sum;
  }
}
