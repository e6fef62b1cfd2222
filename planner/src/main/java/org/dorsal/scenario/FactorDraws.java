package org.dorsal.scenario;

import org.dorsal.model.Multipliers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.dorsal.model.FactorDistribution;
import org.dorsal.model.FactorDistribution.Lognormal;
import org.dorsal.model.FactorDistribution.Normal;
import org.dorsal.model.FactorDistribution.Triangular;
import org.dorsal.model.FactorDistribution.Uniform;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;

/**
 * Draws the drivers' factors. Sample {@code i} has its own generator (Well19937c seeded from the
 * seed and {@code i}) and draws one uniform number per driver in driver order, turned into the
 * factor by the driver's inverse CDF; so a sample's factors depend only on (seed, i), never on
 * which thread draws it or when. Percentile factors (for the tornado) come from the same inverse
 * CDF.
 */
public final class FactorDraws {
  private final List<UncertainDriver> drivers;
  private final List<Quantile> quantiles = new ArrayList<>();

  public FactorDraws(Uncertainty uncertainty) {
    this.drivers = uncertainty.drivers();
    for (UncertainDriver d : drivers) {
      quantiles.add(quantileOf(d.distribution()));
    }
  }

  /** The factors of sample {@code index}, by multiplier name in driver order. */
  public Map<String, Double> sample(long seed, int index) {
    RandomGenerator random = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, index});
    Map<String, Double> factors = new LinkedHashMap<>();
    for (int d = 0; d < drivers.size(); d++) {
      factors.put(drivers.get(d).multiplier(), quantiles.get(d).at(random.nextDouble()));
    }
    return factors;
  }

  /** Every driver at its own quantile {@code p} (0.5: the medians). */
  public Map<String, Double> allAt(double p) {
    Map<String, Double> factors = new LinkedHashMap<>();
    for (int d = 0; d < drivers.size(); d++) {
      factors.put(drivers.get(d).multiplier(), quantiles.get(d).at(p));
    }
    return factors;
  }

  /** The factor of driver {@code driver} (index in driver order) at quantile {@code p}. */
  public double quantile(int driver, double p) {
    return quantiles.get(driver).at(p);
  }

  /** The multipliers these factors set, every other multiplier 1. */
  public static Multipliers multipliers(Map<String, Double> factors) {
    Multipliers m = Multipliers.NONE;
    for (Map.Entry<String, Double> f : factors.entrySet()) {
      m = m.with(f.getKey(), f.getValue());
    }
    return m;
  }

  @FunctionalInterface
  private interface Quantile {
    double at(double p);
  }

  private static Quantile quantileOf(FactorDistribution distribution) {
    // the generators are never used: factors are drawn by inversion with the sample's own
    RandomGenerator unused = null;
    if (distribution instanceof Lognormal l) {
      RealDistribution d = new LogNormalDistribution(unused, Math.log(l.median()), l.sigma());
      return d::inverseCumulativeProbability;
    }
    if (distribution instanceof Triangular t) {
      RealDistribution d = new TriangularDistribution(unused, t.min(), t.mode(), t.max());
      return d::inverseCumulativeProbability;
    }
    if (distribution instanceof Uniform u) {
      RealDistribution d = new UniformRealDistribution(unused, u.min(), u.max());
      return d::inverseCumulativeProbability;
    }
    Normal n = (Normal) distribution;
    RealDistribution d = new NormalDistribution(unused, n.mean(), n.sd());
    double belowZero = d.cumulativeProbability(0);
    // conditioned on factor >= 0: the p-quantile of the part of the normal above 0
    return p -> Math.max(0, d.inverseCumulativeProbability(belowZero + p * (1 - belowZero)));
  }
}
