package org.dorsal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shorthand factors a scenario or a risk sample applies to a whole instance, each 1 when
 * unchanged. The JSON names are the record's component names.
 *
 * @param demand every site's demand in Mbps
 * @param fiberBuildCapex capex of fiber builds: the per-km civil works and the options' equipment
 * @param microwaveCapex capex of microwave hops
 * @param satellitePrice capex, opex and leases of satellite links
 * @param leasePrice the lease prices (per Mbps-month and per year) of leased fiber
 * @param transitPrice every gateway's backbone transit price per Mbps-month
 * @param opex opex per year of every option
 */
public record Multipliers(
    double demand,
    double fiberBuildCapex,
    double microwaveCapex,
    double satellitePrice,
    double leasePrice,
    double transitPrice,
    double opex) {

  /** Nothing changed. */
  public static final Multipliers NONE = new Multipliers(1, 1, 1, 1, 1, 1, 1);

  /** The JSON names, in the order of the record's components. */
  public static final List<String> NAMES =
      List.of("demand", "fiberBuildCapex", "microwaveCapex", "satellitePrice", "leasePrice", "transitPrice", "opex");

  public Multipliers {
    double[] all = {demand, fiberBuildCapex, microwaveCapex, satellitePrice, leasePrice, transitPrice, opex};
    for (int i = 0; i < all.length; i++) {
      if (!(all[i] >= 0) || !Double.isFinite(all[i])) {
        throw new IllegalArgumentException(NAMES.get(i) + " multiplier must be a finite number >= 0, got " + all[i]);
      }
    }
  }

  /** The factor with this JSON name (one of {@link #NAMES}). */
  public double get(String name) {
    return switch (name) {
      case "demand" -> demand;
      case "fiberBuildCapex" -> fiberBuildCapex;
      case "microwaveCapex" -> microwaveCapex;
      case "satellitePrice" -> satellitePrice;
      case "leasePrice" -> leasePrice;
      case "transitPrice" -> transitPrice;
      case "opex" -> opex;
      default -> throw new IllegalArgumentException("unknown multiplier " + name + "; known: " + NAMES);
    };
  }

  /** This with the factor of that name set to value. */
  public Multipliers with(String name, double value) {
    double[] v = toArray();
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown multiplier " + name + "; known: " + NAMES);
    }
    v[i] = value;
    return of(v);
  }

  /** The factors of both applied one after the other (component-wise product). */
  public Multipliers times(Multipliers other) {
    double[] a = toArray();
    double[] b = other.toArray();
    for (int i = 0; i < a.length; i++) {
      a[i] *= b[i];
    }
    return of(a);
  }

  /** The factors that differ from 1, by JSON name, in {@link #NAMES} order. */
  public Map<String, Double> changed() {
    Map<String, Double> out = new LinkedHashMap<>();
    double[] v = toArray();
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 1.0) {
        out.put(NAMES.get(i), v[i]);
      }
    }
    return out;
  }

  private double[] toArray() {
    return new double[] {demand, fiberBuildCapex, microwaveCapex, satellitePrice, leasePrice, transitPrice, opex};
  }

  private static Multipliers of(double[] v) {
    return new Multipliers(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }
}
