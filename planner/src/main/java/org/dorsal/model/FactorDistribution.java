package org.dorsal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distribution a risk driver's factor is drawn from. Parameters are checked on construction
 * (the instance reader reports the same rules with file locations first).
 */
public sealed interface FactorDistribution {

  /** The JSON {@code type}. */
  String type();

  /** The parameters by JSON name, in the order of {@link #parameterNames(String)}. */
  Map<String, Double> parameters();

  private static Map<String, Double> named(List<String> names, double... values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(names.get(i), values[i]);
    }
    return out;
  }

  /** The JSON parameter names of this type, in the order the format document lists them. */
  static List<String> parameterNames(String type) {
    return switch (type) {
      case Lognormal.TYPE -> Lognormal.PARAMETERS;
      case Triangular.TYPE -> Triangular.PARAMETERS;
      case Uniform.TYPE -> Uniform.PARAMETERS;
      case Normal.TYPE -> Normal.PARAMETERS;
      default -> null;
    };
  }

  /** Every type, in documentation order. */
  List<String> TYPES = List.of(Lognormal.TYPE, Triangular.TYPE, Uniform.TYPE, Normal.TYPE);

  /** A log-normal factor: ln(factor) is normal with mean ln(median) and standard deviation sigma. */
  record Lognormal(double median, double sigma) implements FactorDistribution {
    public static final String TYPE = "lognormal";
    public static final List<String> PARAMETERS = List.of("median", "sigma");

    public Lognormal {
      require(median > 0, "lognormal median must be greater than 0, got " + median);
      require(sigma > 0, "lognormal sigma must be greater than 0, got " + sigma);
    }

    @Override
    public Map<String, Double> parameters() {
      return named(PARAMETERS, median, sigma);
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /** A triangular factor between min and max, most likely at mode. */
  record Triangular(double min, double mode, double max) implements FactorDistribution {
    public static final String TYPE = "triangular";
    public static final List<String> PARAMETERS = List.of("min", "mode", "max");

    public Triangular {
      require(min >= 0, "triangular min must be at least 0, got " + min);
      require(min <= mode && mode <= max && min < max,
          "triangular needs min <= mode <= max and min < max, got " + min + ", " + mode + ", " + max);
    }

    @Override
    public Map<String, Double> parameters() {
      return named(PARAMETERS, min, mode, max);
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /** A factor spread evenly between min and max. */
  record Uniform(double min, double max) implements FactorDistribution {
    public static final String TYPE = "uniform";
    public static final List<String> PARAMETERS = List.of("min", "max");

    public Uniform {
      require(min >= 0, "uniform min must be at least 0, got " + min);
      require(min < max, "uniform needs min < max, got " + min + ", " + max);
    }

    @Override
    public Map<String, Double> parameters() {
      return named(PARAMETERS, min, max);
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A normal factor truncated at 0: the normal distribution conditioned on being at least 0
   * (drawn by inversion, so no value is ever clamped).
   */
  record Normal(double mean, double sd) implements FactorDistribution {
    public static final String TYPE = "normal";
    public static final List<String> PARAMETERS = List.of("mean", "sd");

    public Normal {
      require(mean > 0, "normal mean must be greater than 0, got " + mean);
      require(sd > 0, "normal sd must be greater than 0, got " + sd);
    }

    @Override
    public Map<String, Double> parameters() {
      return named(PARAMETERS, mean, sd);
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
