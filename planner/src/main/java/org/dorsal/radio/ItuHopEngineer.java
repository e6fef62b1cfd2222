package org.dorsal.radio;

import java.util.ArrayList;
import java.util.List;

/**
 * The ITU-R based hop engineer of microwave-links.md: per band, clearance (k-factor, Fresnel),
 * free-space and gaseous loss, rain (P.838 + P.530) and multipath (P.530) fade statistics; per
 * channel, dish and configuration, the highest modulation whose fade margin keeps the annual
 * outage (rain + multipath) within 100 - availability.
 *
 * <p>Everything that depends only on the catalogue is computed in the constructor, everything
 * that depends on the climate in {@link #prepare}; a hop then costs a pass over its obstacle
 * points plus, per band, two root solves for the required fade margins and plain comparisons.
 * Instances are immutable and thread-safe.
 */
public final class ItuHopEngineer implements HopEngineer {

  /** Hops shorter than this are ZERO_LENGTH. */
  public static final double MIN_DISTANCE_KM = 0.001;

  public static final double DEFAULT_TARGET_AVAILABILITY_PERCENT = 99.99;
  public static final double DEFAULT_SECONDARY_AVAILABILITY_PERCENT = 99.9;

  private final RadioCatalogue catalogue;
  private final double targetAvailabilityPercent;
  private final double secondaryAvailabilityPercent;

  private final int bandCount;
  private final BandSpec[] bands;
  private final double[] frequencyGhz;
  private final double[] inverseSqrtFrequency;
  private final double[] freeSpaceAtOneKmDb;
  private final double[] frequencyPow08;
  private final RainCoefficients[] rainCoefficients;
  private final double[] rainC1;
  private final double[] rainC2;
  private final double[] rainC3;
  private final double[][] dishGainDbi;
  private final double[][] dishDiameterM;
  private final double[][] channelMhz;
  /** [band][channel][mode]: Ptx(mode) - Th(mode, channel) - band penalty. */
  private final double[][][] modeBudgetDb;
  /** [band][channel][mode]: capacity of one radio. */
  private final double[][][] modeCapacityMbps;
  private final RadioConfiguration[] configurations;
  private final double[][] clearanceCriteria;
  private final Modulation[] modes;

  /** An engineer over this catalogue with these availability levels (percent of a year). */
  public ItuHopEngineer(
      RadioCatalogue catalogue,
      double targetAvailabilityPercent,
      double secondaryAvailabilityPercent) {
    if (!(targetAvailabilityPercent > 0 && targetAvailabilityPercent < 100)
        || !(secondaryAvailabilityPercent > 0 && secondaryAvailabilityPercent < 100)) {
      throw new IllegalArgumentException("availabilities must lie strictly between 0 and 100 %");
    }
    this.catalogue = catalogue;
    this.targetAvailabilityPercent = targetAvailabilityPercent;
    this.secondaryAvailabilityPercent = secondaryAvailabilityPercent;
    List<BandSpec> bandList = catalogue.bands();
    bandCount = bandList.size();
    bands = bandList.toArray(new BandSpec[0]);
    frequencyGhz = new double[bandCount];
    inverseSqrtFrequency = new double[bandCount];
    freeSpaceAtOneKmDb = new double[bandCount];
    frequencyPow08 = new double[bandCount];
    rainCoefficients = new RainCoefficients[bandCount];
    rainC1 = new double[bandCount];
    rainC2 = new double[bandCount];
    rainC3 = new double[bandCount];
    dishGainDbi = new double[bandCount][];
    dishDiameterM = new double[bandCount][];
    channelMhz = new double[bandCount][];
    modeBudgetDb = new double[bandCount][][];
    modeCapacityMbps = new double[bandCount][][];
    ModulationLadder ladder = catalogue.ladder();
    modes = ladder.steps().toArray(new Modulation[0]);
    for (int b = 0; b < bandCount; b++) {
      BandSpec band = bands[b];
      double f = band.frequencyGhz();
      frequencyGhz[b] = f;
      inverseSqrtFrequency[b] = 1.0 / Math.sqrt(f);
      freeSpaceAtOneKmDb[b] = FreeSpaceLoss.atOneKmDb(f);
      frequencyPow08[b] = Math.pow(f, 0.8);
      rainCoefficients[b] = RainSpecificAttenuation.coefficients(f, band.polarisation());
      double c0 = catalogue.rainTimeScaling().c0(f);
      rainC1[b] = Math.pow(0.07, c0) * Math.pow(0.12, 1.0 - c0);
      rainC2[b] = 0.855 * c0 + 0.546 * (1.0 - c0);
      rainC3[b] = 0.139 * c0 + 0.043 * (1.0 - c0);
      int dishes = band.dishDiametersM().size();
      dishGainDbi[b] = new double[dishes];
      dishDiameterM[b] = new double[dishes];
      for (int i = 0; i < dishes; i++) {
        dishDiameterM[b][i] = band.dishDiametersM().get(i);
        dishGainDbi[b][i] =
            AntennaGain.gainDbi(dishDiameterM[b][i], f, catalogue.antennaEfficiency());
      }
      int channels = band.channelWidthsMhz().size();
      channelMhz[b] = new double[channels];
      modeBudgetDb[b] = new double[channels][modes.length];
      modeCapacityMbps[b] = new double[channels][modes.length];
      for (int c = 0; c < channels; c++) {
        double cs = band.channelWidthsMhz().get(c);
        channelMhz[b][c] = cs;
        for (int m = 0; m < modes.length; m++) {
          Modulation mode = modes[m];
          modeBudgetDb[b][c][m] =
              band.qpskTxPowerDbm() - mode.txBackoffDb() - mode.thresholdDbm(cs)
                  - band.thresholdPenaltyDb();
          modeCapacityMbps[b][c][m] = mode.capacityMbps(cs);
        }
      }
    }
    configurations = catalogue.configurations().toArray(new RadioConfiguration[0]);
    clearanceCriteria = PathClearance.toArrays(catalogue.clearanceCriteria());
  }

  /** The default catalogue at 99.99 % and 99.9 %. */
  public static ItuHopEngineer withDefaults() {
    return new ItuHopEngineer(
        RadioCatalogue.defaults(),
        DEFAULT_TARGET_AVAILABILITY_PERCENT,
        DEFAULT_SECONDARY_AVAILABILITY_PERCENT);
  }

  public RadioCatalogue catalogue() {
    return catalogue;
  }

  public double targetAvailabilityPercent() {
    return targetAvailabilityPercent;
  }

  public double secondaryAvailabilityPercent() {
    return secondaryAvailabilityPercent;
  }

  /** Works out the per-band constants of a climate; reuse the result for many hops. */
  public PreparedClimate prepare(RadioClimate climate) {
    double[] gas = new double[bandCount];
    double[] gamma = new double[bandCount];
    double[] term = new double[bandCount];
    double rainRate = climate.rainRateR001MmPerHour();
    for (int b = 0; b < bandCount; b++) {
      gas[b] = GaseousAttenuation.specificAttenuationDbPerKm(frequencyGhz[b], climate.atmosphere());
      RainCoefficients coefficients = rainCoefficients[b];
      gamma[b] = rainRate > 0 ? coefficients.specificAttenuationDbPerKm(rainRate) : 0.0;
      term[b] =
          rainRate > 0
              ? 0.477 * Math.pow(rainRate, 0.073 * coefficients.alpha())
                  * Math.pow(frequencyGhz[b], 0.123)
              : 0.0;
    }
    return new PreparedClimate(this, climate, gas, gamma, term);
  }

  @Override
  public HopEngineering engineer(HopPath path, RadioClimate climate) {
    return engineer(path, prepare(climate));
  }

  /** Engineers one hop in a prepared climate (the fast path for many hops). */
  public HopEngineering engineer(HopPath path, PreparedClimate climate) {
    if (climate.owner != this) {
      throw new IllegalArgumentException("the climate was prepared by another engineer");
    }
    double d = path.distanceKm();
    if (!(d >= MIN_DISTANCE_KM)) {
      return new HopEngineering(
          d, RejectionReason.ZERO_LENGTH, List.of(), List.of(),
          targetAvailabilityPercent, secondaryAvailabilityPercent, Double.NaN);
    }
    double[] margins = new double[bandCount];
    PathClearance.marginsM(path, inverseSqrtFrequency, clearanceCriteria, margins);

    double logD = Math.log10(d);
    double antennaA = path.a().antennaAslM();
    double antennaB = path.b().antennaAslM();
    double inclinationMrad = MultipathFading.pathInclinationMrad(antennaA, antennaB, d);
    boolean multipathApplies =
        d >= MultipathFading.MIN_DISTANCE_KM && climate.climate.geoclimaticFactorK() > 0;
    double multipathCommon = 0.0;
    double deltaGDb = 0.0;
    if (multipathApplies) {
      multipathCommon =
          climate.climate.geoclimaticFactorK()
              * Math.pow(d, 3.4)
              * Math.pow(1.0 + inclinationMrad, -1.03)
              * Math.pow(10.0, -0.00076 * Math.min(antennaA, antennaB));
      deltaGDb =
          MultipathFading.worstMonthToYearDeltaGDb(d, inclinationMrad, path.midLatitudeDeg());
    }
    double decayTerm = 10.579 * (1.0 - Math.exp(-0.024 * d));
    double distancePow0633 = Math.pow(d, 0.633);

    List<BandFading> fadings = new ArrayList<>(bandCount);
    List<HopOption> options = new ArrayList<>();
    int furthestStage = 0; // 1 length ok, 2 clearance ok
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < bandCount; b++) {
      BandSpec band = bands[b];
      if (d > band.maxHopKm()) {
        fadings.add(new BandFading(band, RejectionReason.TOO_LONG_FOR_BAND, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, null, null, Double.NaN, Double.NaN));
        continue;
      }
      furthestStage = Math.max(furthestStage, 1);
      double margin = margins[b];
      bestMargin = Math.max(bestMargin, margin);
      if (margin < 0) {
        fadings.add(new BandFading(band, RejectionReason.NO_CLEARANCE, margin,
            Double.NaN, Double.NaN, Double.NaN, null, null, Double.NaN, Double.NaN));
        continue;
      }
      furthestStage = 2;
      double freeSpaceDb = freeSpaceAtOneKmDb[b] + 20.0 * logD;
      double gasDb = climate.gasDbPerKm[b] * d;
      double pathLossDb = freeSpaceDb + gasDb + catalogue.miscLossDb();

      double a001Db = 0.0;
      if (climate.rainGammaDbPerKm[b] > 0) {
        double denominator = climate.distanceFactorTerm[b] * distancePow0633 - decayTerm;
        double r =
            denominator > 1.0 / RainAttenuation.MAX_DISTANCE_FACTOR
                ? 1.0 / denominator
                : RainAttenuation.MAX_DISTANCE_FACTOR;
        a001Db = climate.rainGammaDbPerKm[b] * r * d;
      }
      RainFadeDistribution rain = new RainFadeDistribution(a001Db, rainC1[b], rainC2[b], rainC3[b]);
      MultipathFadeDistribution multipath =
          multipathApplies
              ? MultipathFadeDistribution.of(multipathCommon * frequencyPow08[b], deltaGDb)
              : MultipathFadeDistribution.NONE;
      double neededTarget =
          BandFading.requiredFadeMarginDb(rain, multipath, targetAvailabilityPercent);
      double neededSecondary =
          BandFading.requiredFadeMarginDb(rain, multipath, secondaryAvailabilityPercent);
      fadings.add(new BandFading(band, RejectionReason.NONE, margin, freeSpaceDb, gasDb,
          pathLossDb, rain, multipath, neededTarget, neededSecondary));

      addOptions(b, pathLossDb, neededTarget, neededSecondary, options);
    }
    RejectionReason rejection;
    if (!options.isEmpty()) {
      rejection = RejectionReason.NONE;
    } else if (furthestStage == 2) {
      rejection = RejectionReason.NO_MODULATION_CLOSES;
    } else if (furthestStage == 1) {
      rejection = RejectionReason.NO_CLEARANCE;
    } else {
      rejection = RejectionReason.TOO_LONG_FOR_BAND;
    }
    double shortfall = furthestStage == 0 ? Double.NaN : Math.max(0.0, -bestMargin);
    return new HopEngineering(d, rejection, options, fadings,
        targetAvailabilityPercent, secondaryAvailabilityPercent, shortfall);
  }

  private void addOptions(
      int b, double pathLossDb, double neededTarget, double neededSecondary,
      List<HopOption> options) {
    double[] gains = dishGainDbi[b];
    double[][] budgets = modeBudgetDb[b];
    for (int c = 0; c < budgets.length; c++) {
      double[] budget = budgets[c];
      for (int g = 0; g < gains.length; g++) {
        double gainDbi = gains[g];
        for (RadioConfiguration configuration : configurations) {
          double offsetDb = 2.0 * gainDbi - pathLossDb - configuration.thresholdPenaltyDb();
          int atTarget = highestMode(budget, offsetDb, neededTarget);
          if (atTarget < 0) {
            continue;
          }
          int atSecondary = highestMode(budget, offsetDb, neededSecondary);
          int radios = configuration.radiosPerEnd();
          options.add(new HopOption(b, bands[b], channelMhz[b][c], dishDiameterM[b][g],
              configuration, gainDbi,
              modes[atTarget], budget[atTarget] + offsetDb,
              radios * modeCapacityMbps[b][c][atTarget],
              atSecondary < 0 ? null : modes[atSecondary],
              atSecondary < 0 ? Double.NaN : budget[atSecondary] + offsetDb,
              atSecondary < 0 ? 0.0 : radios * modeCapacityMbps[b][c][atSecondary]));
        }
      }
    }
  }

  /** The highest mode whose fade margin reaches the required one, or -1. */
  private static int highestMode(double[] budget, double offsetDb, double neededDb) {
    for (int m = budget.length - 1; m >= 0; m--) {
      if (budget[m] + offsetDb >= neededDb) {
        return m;
      }
    }
    return -1;
  }
}
