package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.dorsal.model.Multipliers;
import java.util.Map;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.FactorDistribution;
import org.dorsal.model.FactorDistribution.Lognormal;
import org.dorsal.model.FactorDistribution.Normal;
import org.dorsal.model.FactorDistribution.Triangular;
import org.dorsal.model.FactorDistribution.Uniform;
import org.dorsal.model.UncertainDriver;
import org.dorsal.model.Uncertainty;

/**
 * Reads the {@code uncertainty} object: the drivers {@code dorsal risk} samples, each a
 * multiplier and the distribution of its factor (docs/instance-format.md, docs/risk.md).
 */
final class UncertaintyReader {
  /** The multiplier names a driver may scale. */
  static final List<String> MULTIPLIERS = Multipliers.NAMES;

  private static final String DRIVER_EXAMPLE =
      "{\"multiplier\": \"demand\", \"distribution\": {\"type\": \"lognormal\", \"median\": 1, \"sigma\": 0.25}}";

  private final ValidationErrors errors;

  UncertaintyReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The section; null when it has errors (they are added). */
  Uncertainty read(ObjectValue object) {
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.UNCERTAINTY);
    ArrayValue array = fields.requiredArray("drivers", "an array of drivers such as [" + DRIVER_EXAMPLE + "]");
    if (array == null) {
      return null;
    }
    if (array.items().isEmpty()) {
      errors.add(array.at(), "drivers is empty; add at least one driver such as " + DRIVER_EXAMPLE
          + ", or remove the uncertainty section");
      return null;
    }
    List<UncertainDriver> drivers = new ArrayList<>();
    Map<String, String> seenAt = new HashMap<>();
    boolean ok = true;
    for (LocatedValue item : array.items()) {
      UncertainDriver driver = readDriver(item, seenAt);
      ok &= driver != null;
      if (driver != null) {
        drivers.add(driver);
      }
    }
    return ok ? new Uncertainty(drivers) : null;
  }

  private UncertainDriver readDriver(LocatedValue item, Map<String, String> seenAt) {
    if (!(item instanceof ObjectValue object)) {
      errors.add(item.at(), ObjectFields.typeMessage("a driver", item, "a JSON object", "write " + DRIVER_EXAMPLE));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.UNCERTAINTY_DRIVER);
    String multiplier = fields.requiredNonEmptyString("multiplier", "one of " + String.join(", ", MULTIPLIERS));
    if (multiplier != null && !MULTIPLIERS.contains(multiplier)) {
      String guess = FieldNameGuess.closest(multiplier, MULTIPLIERS);
      errors.add(fields.value("multiplier").at(), "unknown multiplier '" + multiplier + "'; known multipliers are "
          + String.join(", ", MULTIPLIERS) + (guess == null ? "" : " (did you mean '" + guess + "'?)"));
      multiplier = null;
    } else if (multiplier != null) {
      String first = seenAt.putIfAbsent(multiplier, object.at().pointer());
      if (first != null) {
        errors.add(fields.value("multiplier").at(), "multiplier '" + multiplier + "' already has a driver at "
            + first + "; give each multiplier at most one driver");
        multiplier = null;
      }
    }
    ObjectValue distributionObject = fields.requiredObject("distribution",
        "an object such as {\"type\": \"lognormal\", \"median\": 1, \"sigma\": 0.25}");
    FactorDistribution distribution = distributionObject == null ? null : readDistribution(distributionObject);
    return multiplier == null || distribution == null ? null : new UncertainDriver(multiplier, distribution);
  }

  private FactorDistribution readDistribution(ObjectValue object) {
    ObjectFields fields = new ObjectFields(object, errors);
    String type = fields.requiredString("type", "one of " + String.join(", ", FactorDistribution.TYPES));
    if (type == null) {
      return null;
    }
    List<String> parameters = FactorDistribution.parameterNames(type);
    if (parameters == null) {
      errors.add(fields.value("type").at(), "unknown distribution type '" + type + "'; known types are "
          + String.join(", ", FactorDistribution.TYPES));
      return null;
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    allowed.addAll(parameters);
    fields.rejectUnknown(allowed);
    return switch (type) {
      case Lognormal.TYPE -> lognormal(fields);
      case Triangular.TYPE -> triangular(fields);
      case Uniform.TYPE -> uniform(fields);
      default -> normal(fields);
    };
  }

  private static FactorDistribution lognormal(ObjectFields f) {
    double median = f.requiredNumber("median", "the median factor, e.g. 1", NumberRule.POSITIVE);
    double sigma = f.requiredNumber("sigma", "the standard deviation of ln(factor), e.g. 0.25", NumberRule.POSITIVE);
    return allRead(median, sigma) ? new Lognormal(median, sigma) : null;
  }

  private FactorDistribution triangular(ObjectFields f) {
    double min = f.requiredNumber("min", "the smallest factor, e.g. 0.8", NumberRule.NON_NEGATIVE);
    double mode = f.requiredNumber("mode", "the most likely factor, e.g. 1", NumberRule.ANY);
    double max = f.requiredNumber("max", "the largest factor, e.g. 1.3", NumberRule.ANY);
    if (!allRead(min, mode, max)) {
      return null;
    }
    if (mode < min) {
      errors.add(f.value("mode").at(), "triangular mode " + mode + " is below min " + min
          + "; write min <= mode <= max");
      return null;
    }
    if (max < mode) {
      errors.add(f.value("max").at(), "triangular max " + max + " is below mode " + mode
          + "; write min <= mode <= max");
      return null;
    }
    if (min == max) {
      errors.add(f.value("max").at(), "triangular min and max are both " + min
          + "; write min < max (a fixed factor belongs in a scenario, not in uncertainty)");
      return null;
    }
    return new Triangular(min, mode, max);
  }

  private FactorDistribution uniform(ObjectFields f) {
    double min = f.requiredNumber("min", "the smallest factor, e.g. 0.8", NumberRule.NON_NEGATIVE);
    double max = f.requiredNumber("max", "the largest factor, e.g. 1.3", NumberRule.ANY);
    if (!allRead(min, max)) {
      return null;
    }
    if (max <= min) {
      errors.add(f.value("max").at(), "uniform max " + max + " is not above min " + min + "; write min < max");
      return null;
    }
    return new Uniform(min, max);
  }

  private static FactorDistribution normal(ObjectFields f) {
    double mean = f.requiredNumber("mean", "the mean factor, e.g. 1", NumberRule.POSITIVE);
    double sd = f.requiredNumber("sd", "the standard deviation of the factor, e.g. 0.1", NumberRule.POSITIVE);
    return allRead(mean, sd) ? new Normal(mean, sd) : null;
  }

  private static boolean allRead(double... values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }
}
