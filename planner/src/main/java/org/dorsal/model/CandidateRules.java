package org.dorsal.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What candidate links to generate and how to price them. All money in USD. Sources are the
 * short keys of {@code shared/data/cost-figures.md} (section numbers in brackets); figures there
 * are planning-grade and several are model defaults of other studies, not quotes.
 *
 * @param maxMicrowaveReachKm no microwave hop longer than this is engineered (default 60 km, a
 *     planning choice: cost-figures §2 gives 45 km clear LOS in low-rain regions (E3NB) and up to
 *     ~100 km for 6-13 GHz with large dishes; the default radio catalogue allows 100 km at 6-8 GHz)
 * @param microwaveNearest each node proposes hops to its k nearest nodes within reach (default 8);
 *     a pair is tried once when either end proposes it
 * @param microwaveAntennaHeightM antenna centre above ground at both ends (default 30 m, the new
 *     tower height of the E3NB whole-hop estimate, §2)
 * @param clutterHeightM trees or buildings on all ground between the ends (default 0, bare
 *     ground; use 30-40 m in the Amazon)
 * @param microwave equipment prices of a hop option
 * @param fiberNearest each node proposes fiber builds to its k nearest nodes (default 4)
 * @param fiberNearestGateways each node also proposes fiber builds to its k nearest gateways
 *     (default 1): a spur straight to the backbone, so that a cluster of sites whose nearest
 *     neighbours are all each other still has a way out
 * @param maxFiberKm fiber builds are proposed only to nodes within this great-circle distance
 *     (default 150 km), which also bounds the neighbour search for isolated nodes
 * @param fiberRouteFactor route length over great-circle distance (default 1.3; CPP uses 1.1
 *     along roads, §1, and Andean roads wind more)
 * @param fiberBuildUsdPerKm civil works per route km by terrain class
 * @param fiberOpexUsdPerKmYear fiber upkeep per route km per year (default 100 $/km/yr, GIGA §5;
 *     ECU gives 154)
 * @param fiberEquipment the optics that may light a built fiber
 * @param highlandElevationM the default terrain rule: a route is HIGHLAND when either end is at
 *     or above this elevation (default 2,500 m)
 * @param satelliteOffers the satellite terminals offered at every site
 * @param climate the rain, multipath and air each hop is engineered in (default: Peru's
 *     propagation grid at the hop's midpoint)
 * @param elevationGridFile a gridded elevation file (ESRI ASCII grid) whose heights between the
 *     ends of a hop are checked for clearance, as written in the instance (relative to the
 *     instance file); null for none, then clearance uses the end elevations only
 */
public record CandidateRules(
    double maxMicrowaveReachKm,
    int microwaveNearest,
    double microwaveAntennaHeightM,
    double clutterHeightM,
    MicrowaveCosts microwave,
    int fiberNearest,
    int fiberNearestGateways,
    double maxFiberKm,
    double fiberRouteFactor,
    Map<TerrainClass, Double> fiberBuildUsdPerKm,
    double fiberOpexUsdPerKmYear,
    List<FiberEquipment> fiberEquipment,
    double highlandElevationM,
    List<SatelliteOffer> satelliteOffers,
    Climate climate,
    String elevationGridFile) {

  /** Where a hop's climate comes from. */
  public enum Climate {
    /** ITU-R maps for Peru at the hop's midpoint; air by antenna altitude (the default). */
    PERU_GRID,
    /** One dry coastal climate for every hop. */
    COAST,
    /** One Andean highland climate for every hop. */
    ANDES,
    /** One humid Amazon climate for every hop. */
    AMAZON
  }

  public CandidateRules {
    if (!(maxMicrowaveReachKm >= 0) || microwaveNearest < 0 || fiberNearest < 0 || fiberNearestGateways < 0
        || !(maxFiberKm >= 0) || !(fiberRouteFactor >= 1.0) || !(microwaveAntennaHeightM >= 0)
        || !(clutterHeightM >= 0)) {
      throw new IllegalArgumentException("candidate rules out of range");
    }
    EnumMap<TerrainClass, Double> costs = new EnumMap<>(TerrainClass.class);
    costs.putAll(fiberBuildUsdPerKm);
    for (TerrainClass t : TerrainClass.values()) {
      if (!costs.containsKey(t)) {
        throw new IllegalArgumentException("no fiber build cost for terrain " + t);
      }
    }
    fiberBuildUsdPerKm = Map.copyOf(costs);
    fiberEquipment = List.copyOf(fiberEquipment);
    satelliteOffers = List.copyOf(satelliteOffers);
    if (climate == null) {
      throw new IllegalArgumentException("no climate");
    }
  }

  /**
   * The defaults described on each component. Fiber build per route km: LOWLAND 17,800 $/km (Peru
   * regional projects, transport network only, ADSS on HV/MV power lines: 534.8 M$ / ~30,000 km,
   * TeleSemana 2016, §1); HIGHLAND 28,100 $/km (RDNFO Huancavelica segment, 12.749 M$ / 453 km,
   * Gestión 2015, §1). cost-figures.md found no Peru split by terrain, so these two Peruvian
   * figures stand in for it.
   */
  public static CandidateRules defaults() {
    return new CandidateRules(
        60.0,
        8,
        30.0,
        0.0,
        MicrowaveCosts.defaults(),
        4,
        1,
        150.0,
        1.3,
        Map.of(TerrainClass.LOWLAND, 17_800.0, TerrainClass.HIGHLAND, 28_100.0),
        100.0,
        FiberEquipment.defaults(),
        2_500.0,
        SatelliteOffer.defaults(),
        Climate.PERU_GRID,
        null);
  }

  public double fiberBuildUsdPerKm(TerrainClass terrain) {
    return fiberBuildUsdPerKm.get(terrain);
  }

  public CandidateRules withMaxMicrowaveReachKm(double km) {
    return new CandidateRules(km, microwaveNearest, microwaveAntennaHeightM, clutterHeightM,
        microwave, fiberNearest, fiberNearestGateways, maxFiberKm, fiberRouteFactor, fiberBuildUsdPerKm,
        fiberOpexUsdPerKmYear, fiberEquipment, highlandElevationM, satelliteOffers, climate,
        elevationGridFile);
  }

  public CandidateRules withNearest(int microwaveK, int fiberK) {
    return new CandidateRules(maxMicrowaveReachKm, microwaveK, microwaveAntennaHeightM,
        clutterHeightM, microwave, fiberK, fiberNearestGateways, maxFiberKm, fiberRouteFactor, fiberBuildUsdPerKm,
        fiberOpexUsdPerKmYear, fiberEquipment, highlandElevationM, satelliteOffers, climate,
        elevationGridFile);
  }

  public CandidateRules withNearestGateways(int fiberK) {
    return new CandidateRules(maxMicrowaveReachKm, microwaveNearest, microwaveAntennaHeightM,
        clutterHeightM, microwave, fiberNearest, fiberK, maxFiberKm, fiberRouteFactor,
        fiberBuildUsdPerKm, fiberOpexUsdPerKmYear, fiberEquipment, highlandElevationM,
        satelliteOffers, climate, elevationGridFile);
  }

  public CandidateRules withSatelliteOffers(List<SatelliteOffer> offers) {
    return new CandidateRules(maxMicrowaveReachKm, microwaveNearest, microwaveAntennaHeightM,
        clutterHeightM, microwave, fiberNearest, fiberNearestGateways, maxFiberKm, fiberRouteFactor, fiberBuildUsdPerKm,
        fiberOpexUsdPerKmYear, fiberEquipment, highlandElevationM, offers, climate,
        elevationGridFile);
  }

  public CandidateRules withClimate(Climate newClimate) {
    return new CandidateRules(maxMicrowaveReachKm, microwaveNearest, microwaveAntennaHeightM,
        clutterHeightM, microwave, fiberNearest, fiberNearestGateways, maxFiberKm, fiberRouteFactor, fiberBuildUsdPerKm,
        fiberOpexUsdPerKmYear, fiberEquipment, highlandElevationM, satelliteOffers, newClimate,
        elevationGridFile);
  }

  /**
   * Equipment prices of one microwave hop option (both ends). Towers (E3NB: 10,000 $ per 10 m)
   * and power systems (12,000 $) belong to the site, not the hop, and are not included: the
   * model has no per-node cost yet.
   *
   * @param surveyUsd site survey and acquisition per link (8,700 $, E3NB 2021, §2)
   * @param radioPairUsd one radio at each end (6,000 $ for both ends, E3NB 2021, §2); a 2+0 XPIC
   *     option pays it twice
   * @param dishDiametersM dish sizes of the antenna-pair price table, ascending
   * @param antennaPairUsd antenna pair price for each size: 0.6 m 1,200 $, 0.9 m 2,200 $, 1.2 m
   *     3,600 $, 1.8 m 4,460 $ (E3NB 2021, §2); smaller dishes take the first price, larger ones
   *     extrapolate the last segment linearly (own extrapolation, e.g. 3.0 m ≈ 6,180 $)
   * @param licenceUsdPerMhz one-off spectrum licence per MHz of channel (50 $/MHz, CPP 2025, §2)
   * @param licenceUsdPerMhzYear yearly spectrum fee per MHz of channel (15 $/MHz/yr, CPP, §2)
   * @param operationUsdPerYear operation and maintenance per link per year (1,653 $/yr, ECU 2024,
   *     §2 and §5)
   */
  public record MicrowaveCosts(
      double surveyUsd,
      double radioPairUsd,
      List<Double> dishDiametersM,
      List<Double> antennaPairUsd,
      double licenceUsdPerMhz,
      double licenceUsdPerMhzYear,
      double operationUsdPerYear) {

    public MicrowaveCosts {
      dishDiametersM = List.copyOf(dishDiametersM);
      antennaPairUsd = List.copyOf(antennaPairUsd);
      if (dishDiametersM.isEmpty() || dishDiametersM.size() != antennaPairUsd.size()) {
        throw new IllegalArgumentException("antenna price table needs matching, non-empty lists");
      }
      for (int i = 1; i < dishDiametersM.size(); i++) {
        if (!(dishDiametersM.get(i) > dishDiametersM.get(i - 1))) {
          throw new IllegalArgumentException("dish sizes must ascend");
        }
      }
    }

    public static MicrowaveCosts defaults() {
      return new MicrowaveCosts(
          8_700.0,
          6_000.0,
          List.of(0.6, 0.9, 1.2, 1.8),
          List.of(1_200.0, 2_200.0, 3_600.0, 4_460.0),
          50.0,
          15.0,
          1_653.0);
    }

    /** Antenna pair price for a dish diameter (piecewise linear in the table, see above). */
    public double antennaPairUsd(double dishM) {
      int m = dishDiametersM.size();
      if (m == 1 || dishM <= dishDiametersM.get(0)) {
        return antennaPairUsd.get(0);
      }
      for (int i = 1; i < m; i++) {
        if (dishM <= dishDiametersM.get(i) || i == m - 1) {
          double d0 = dishDiametersM.get(i - 1);
          double d1 = dishDiametersM.get(i);
          double p0 = antennaPairUsd.get(i - 1);
          double p1 = antennaPairUsd.get(i);
          return p0 + (p1 - p0) * (dishM - d0) / (d1 - d0);
        }
      }
      throw new AssertionError();
    }

    /** Capex of a hop option: survey, radios per end, antenna pair and one-off licence. */
    public double capexUsd(double channelMhz, double dishM, int radiosPerEnd) {
      return surveyUsd
          + radioPairUsd * radiosPerEnd
          + antennaPairUsd(dishM)
          + licenceUsdPerMhz * channelMhz;
    }

    /** Yearly cost of a hop option: operation and maintenance plus the spectrum fee. */
    public double opexUsdPerYear(double channelMhz) {
      return operationUsdPerYear + licenceUsdPerMhzYear * channelMhz;
    }
  }

  /**
   * Optics that light a built fiber (both ends).
   *
   * @param capexUsd equipment at both ends
   */
  public record FiberEquipment(String id, double capacityMbps, double capexUsd) {

    /**
     * 1 Gbps at 1,000 $ (CPP 2025: 500 $ hardware per site, §1, times two ends) and 10 Gbps at
     * 6,000 $ (own assumption, not in cost-figures.md: replace with a vendor quote).
     */
    public static List<FiberEquipment> defaults() {
      return List.of(
          new FiberEquipment("1g", 1_000.0, 1_000.0),
          new FiberEquipment("10g", 10_000.0, 6_000.0));
    }
  }

  /**
   * A satellite terminal at a site, straight to the internet.
   *
   * @param capexUsd terminal and installation
   * @param opexUsdPerYear upkeep per year
   * @param leaseUsdPerYear service fee per year (flat)
   * @param leaseUsdPerMbpsMonth service fee per Mbps of capacity per month
   */
  public record SatelliteOffer(
      String id,
      double capacityMbps,
      double capexUsd,
      double opexUsdPerYear,
      double leaseUsdPerYear,
      double leaseUsdPerMbpsMonth) {

    /**
     * Committed-rate GEO HTS backhaul at 150 $/Mbps/month, in 20, 50, 100 and 200 Mbps plans,
     * with a 5,000 $ terminal and 10 %/yr upkeep (500 $/yr). The price is derived, not quoted:
     * GEO HTS capacity "≤ 500 $/Mbps per month" in 2015 (NSR2015, cost-figures §3) falling 10-15 %
     * a year (EURO, §3) gives roughly 100-175 $ in 2025, and domain.md puts satellite at "hundreds
     * of USD/Mbps-month"; cusco-puno.json uses the same 150 $. The retail figures of §3 (Starlink
     * 0.7-2 $/Mbps/month, the Pronatel "up to 200 Mbps" per institution) are best-effort peak
     * rates, not a backhaul commitment, and would make a satellite terminal cheaper per Mbps than
     * the RDNFO backbone itself (27 $). Upkeep share: CPP, §5.
     */
    public static List<SatelliteOffer> defaults() {
      return List.of(
          new SatelliteOffer("20m", 20.0, 5_000.0, 500.0, 0.0, 150.0),
          new SatelliteOffer("50m", 50.0, 5_000.0, 500.0, 0.0, 150.0),
          new SatelliteOffer("100m", 100.0, 5_000.0, 500.0, 0.0, 150.0),
          new SatelliteOffer("200m", 200.0, 5_000.0, 500.0, 0.0, 150.0));
    }
  }
}
