package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.CandidateRules;
import org.dorsal.model.CandidateRules.Climate;
import org.dorsal.model.CandidateRules.FiberEquipment;
import org.dorsal.model.CandidateRules.MicrowaveCosts;
import org.dorsal.model.CandidateRules.SatelliteOffer;
import org.dorsal.model.TerrainClass;

/**
 * Reads the {@code candidateRules} object. Every field is optional; an absent field takes the
 * value of {@link CandidateRules#defaults()}, so {@code "candidateRules": {}} asks for generation
 * with the documented defaults.
 */
final class CandidateRulesReader {
  /** More neighbours than this per node only slows generation; no plan would use them. */
  static final int MAX_NEAREST = 64;

  private static final String CLIMATES = "peru-grid, coast, andes, amazon";

  private static final NumberRule AT_LEAST_ONE =
      (field, value) ->
          value < 1
              ? field + " must be at least 1 but is " + value
                  + "; a route is never shorter than the straight line, write e.g. 1.3"
              : null;

  private final ValidationErrors errors;
  private final CandidateRules defaults = CandidateRules.defaults();

  CandidateRulesReader(ValidationErrors errors) {
    this.errors = errors;
  }

  /** The rules; meaningful only when no error was added. */
  CandidateRules read(ObjectValue object) {
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(InstanceFields.CANDIDATE_RULES);
    Climate climate = readClimate(fields);
    String gridFile = fields.optionalString("elevationGridFile", null);
    if (gridFile != null && gridFile.isBlank()) {
      errors.add(fields.value("elevationGridFile").at(),
          "elevationGridFile is empty; write the path of an ESRI ASCII grid (.asc) relative to"
              + " the instance file, or remove the field");
      gridFile = null;
    }

    ObjectValue mwObject = fields.optionalObject("microwave");
    ObjectFields mw = new ObjectFields(mwObject == null ? empty(object) : mwObject, errors);
    mw.rejectUnknown(InstanceFields.CANDIDATE_MICROWAVE);
    double reachKm = mw.optionalNumber("maxReachKm", defaults.maxMicrowaveReachKm(),
        NumberRule.NON_NEGATIVE);
    int mwNearest = nearest(mw, "nearest", defaults.microwaveNearest());
    double antennaM = mw.optionalNumber("antennaHeightM", defaults.microwaveAntennaHeightM(),
        NumberRule.NON_NEGATIVE);
    double clutterM = mw.optionalNumber("clutterHeightM", defaults.clutterHeightM(),
        NumberRule.NON_NEGATIVE);
    MicrowaveCosts costs = readMicrowaveCosts(mw);

    ObjectValue fbObject = fields.optionalObject("fiber");
    ObjectFields fb = new ObjectFields(fbObject == null ? empty(object) : fbObject, errors);
    fb.rejectUnknown(InstanceFields.CANDIDATE_FIBER);
    int fbNearest = nearest(fb, "nearest", defaults.fiberNearest());
    int fbGateways = nearest(fb, "nearestGateways", defaults.fiberNearestGateways());
    double maxFiberKm = fb.optionalNumber("maxKm", defaults.maxFiberKm(), NumberRule.NON_NEGATIVE);
    double routeFactor = fb.optionalNumber("routeFactor", defaults.fiberRouteFactor(), AT_LEAST_ONE);
    Map<TerrainClass, Double> buildCosts = readBuildCosts(fb);
    double highlandM = fb.optionalNumber("highlandElevationM", defaults.highlandElevationM(),
        NumberRule.ANY);
    double fiberOpex = fb.optionalNumber("opexUsdPerKmYear", defaults.fiberOpexUsdPerKmYear(),
        NumberRule.NON_NEGATIVE);
    List<FiberEquipment> equipment = fb.has("equipment")
        ? readEquipment(fb.requiredArray("equipment", ""))
        : defaults.fiberEquipment();

    ObjectValue satObject = fields.optionalObject("satellite");
    ObjectFields sat = new ObjectFields(satObject == null ? empty(object) : satObject, errors);
    sat.rejectUnknown(InstanceFields.CANDIDATE_SATELLITE);
    List<SatelliteOffer> offers = sat.has("offers")
        ? readOffers(sat.requiredArray("offers", ""))
        : defaults.satelliteOffers();

    if (!errors.isEmpty()) {
      return null;
    }
    return new CandidateRules(reachKm, mwNearest, antennaM, clutterM, costs, fbNearest,
        fbGateways, maxFiberKm, routeFactor, buildCosts, fiberOpex, equipment, highlandM, offers,
        climate, gridFile);
  }

  private static ObjectValue empty(ObjectValue parent) {
    return new ObjectValue(parent.at(), Map.of());
  }

  private Climate readClimate(ObjectFields fields) {
    String text = fields.optionalString("climate", "peru-grid");
    if (text == null) {
      return defaults.climate();
    }
    switch (text) {
      case "peru-grid":
        return Climate.PERU_GRID;
      case "coast":
        return Climate.COAST;
      case "andes":
        return Climate.ANDES;
      case "amazon":
        return Climate.AMAZON;
      default:
        errors.add(fields.value("climate").at(),
            "unknown climate '" + text + "'; use one of " + CLIMATES);
        return defaults.climate();
    }
  }

  private int nearest(ObjectFields fields, String name, int defaultValue) {
    return (int) fields.optionalInteger(name, defaultValue, 0, MAX_NEAREST,
        "write how many nearest nodes each node links to, 0 to " + MAX_NEAREST
            + " (0 turns this technology off)");
  }

  private MicrowaveCosts readMicrowaveCosts(ObjectFields mw) {
    MicrowaveCosts d = defaults.microwave();
    double survey = mw.optionalNumber("surveyUsd", d.surveyUsd(), NumberRule.NON_NEGATIVE);
    double radios = mw.optionalNumber("radioPairUsd", d.radioPairUsd(), NumberRule.NON_NEGATIVE);
    List<Double> dishes = d.dishDiametersM();
    List<Double> prices = d.antennaPairUsd();
    if (mw.has("antennaPrices")) {
      ArrayValue array = mw.requiredArray("antennaPrices", "");
      if (array != null) {
        List<Double> readDishes = new ArrayList<>();
        List<Double> readPrices = new ArrayList<>();
        if (readAntennaPrices(array, readDishes, readPrices)) {
          dishes = readDishes;
          prices = readPrices;
        }
      }
    }
    double licence = mw.optionalNumber("licenceUsdPerMhz", d.licenceUsdPerMhz(),
        NumberRule.NON_NEGATIVE);
    double licenceYear = mw.optionalNumber("licenceUsdPerMhzYear", d.licenceUsdPerMhzYear(),
        NumberRule.NON_NEGATIVE);
    double operation = mw.optionalNumber("operationUsdPerYear", d.operationUsdPerYear(),
        NumberRule.NON_NEGATIVE);
    return new MicrowaveCosts(survey, radios, dishes, prices, licence, licenceYear, operation);
  }

  /** Reads the price table; false (with errors added) when it is not a valid one. */
  private boolean readAntennaPrices(ArrayValue array, List<Double> dishes, List<Double> prices) {
    if (array.items().isEmpty()) {
      errors.add(array.at(), "antennaPrices is empty; list at least one {\"dishM\": 0.6,"
          + " \"pairUsd\": 1200}");
      return false;
    }
    boolean valid = true;
    double previous = 0;
    for (LocatedValue item : array.items()) {
      ObjectFields entry = entry(item, "antenna price", "{\"dishM\": 0.6, \"pairUsd\": 1200}");
      if (entry == null) {
        valid = false;
        continue;
      }
      entry.rejectUnknown(InstanceFields.CANDIDATE_ANTENNA_PRICE);
      double dish = entry.requiredNumber("dishM", "the dish diameter in metres",
          NumberRule.POSITIVE);
      double price = entry.requiredNumber("pairUsd", "the price of two antennas of this size",
          NumberRule.NON_NEGATIVE);
      if (Double.isNaN(dish) || Double.isNaN(price)) {
        valid = false;
      } else if (dish <= previous) {
        valid = false;
        errors.add(entry.value("dishM").at(), "dishM " + dish + " is not larger than the "
            + "previous entry's " + previous + "; list the dish sizes in ascending order");
      }
      if (!Double.isNaN(dish)) {
        previous = Math.max(previous, dish);
      }
      dishes.add(dish);
      prices.add(price);
    }
    return valid;
  }

  private Map<TerrainClass, Double> readBuildCosts(ObjectFields fb) {
    Map<TerrainClass, Double> costs = new HashMap<>(defaults.fiberBuildUsdPerKm());
    ObjectValue object = fb.optionalObject("buildUsdPerKm");
    if (object != null) {
      ObjectFields f = new ObjectFields(object, errors);
      f.rejectUnknown(InstanceFields.CANDIDATE_TERRAIN_CLASSES);
      costs.put(TerrainClass.LOWLAND, f.optionalNumber("lowland",
          costs.get(TerrainClass.LOWLAND), NumberRule.NON_NEGATIVE));
      costs.put(TerrainClass.HIGHLAND, f.optionalNumber("highland",
          costs.get(TerrainClass.HIGHLAND), NumberRule.NON_NEGATIVE));
    }
    return costs;
  }

  private List<FiberEquipment> readEquipment(ArrayValue array) {
    List<FiberEquipment> read = new ArrayList<>();
    if (array == null) {
      return read;
    }
    UniqueIds ids = new UniqueIds("fiber equipment");
    for (LocatedValue item : array.items()) {
      ObjectFields e = entry(item, "fiber equipment",
          "{\"id\": \"10g\", \"capacityMbps\": 10000, \"capexUsd\": 6000}");
      if (e == null) {
        continue;
      }
      e.rejectUnknown(InstanceFields.CANDIDATE_FIBER_EQUIPMENT);
      String id = e.requiredNonEmptyString("id", "a unique id for the optics, e.g. \"10g\"");
      ids.check(id, e);
      double capacity = e.requiredNumber("capacityMbps", "the capacity the optics carry",
          NumberRule.POSITIVE);
      double capex = e.requiredNumber("capexUsd", "the price of the optics at both ends",
          NumberRule.NON_NEGATIVE);
      read.add(new FiberEquipment(id, capacity, capex));
    }
    return read;
  }

  private List<SatelliteOffer> readOffers(ArrayValue array) {
    List<SatelliteOffer> read = new ArrayList<>();
    if (array == null) {
      return read;
    }
    UniqueIds ids = new UniqueIds("satellite offer");
    for (LocatedValue item : array.items()) {
      ObjectFields o = entry(item, "satellite offer",
          "{\"id\": \"200m\", \"capacityMbps\": 200, \"leaseUsdPerYear\": 16800}");
      if (o == null) {
        continue;
      }
      o.rejectUnknown(InstanceFields.OPTION);
      String id = o.requiredNonEmptyString("id", "a unique id for the offer, e.g. \"200m\"");
      ids.check(id, o);
      double capacity = o.requiredNumber("capacityMbps", "the capacity of the terminal",
          NumberRule.POSITIVE);
      read.add(new SatelliteOffer(id, capacity,
          o.optionalNumber("capexUsd", 0, NumberRule.NON_NEGATIVE),
          o.optionalNumber("opexUsdPerYear", 0, NumberRule.NON_NEGATIVE),
          o.optionalNumber("leaseUsdPerYear", 0, NumberRule.NON_NEGATIVE),
          o.optionalNumber("leaseUsdPerMbpsMonth", 0, NumberRule.NON_NEGATIVE)));
    }
    return read;
  }

  private ObjectFields entry(LocatedValue item, String what, String example) {
    if (item instanceof ObjectValue object) {
      return new ObjectFields(object, errors);
    }
    errors.add(item.at(), ObjectFields.typeMessage(what, item, "an object",
        "write an object such as " + example));
    return null;
  }

  /** Reports ids used twice within one list. */
  private final class UniqueIds {
    private final String what;
    private final Map<String, String> pointerById = new HashMap<>();

    UniqueIds(String what) {
      this.what = what;
    }

    void check(String id, ObjectFields entry) {
      if (id == null) {
        return;
      }
      String first = pointerById.putIfAbsent(id, entry.at().pointer());
      if (first != null) {
        errors.add(entry.value("id").at(), "duplicate " + what + " id '" + id
            + "', already used by " + first + "; give every " + what + " its own id");
      }
    }
  }
}
