package org.dorsal.model.risk;

import java.util.List;
import org.dorsal.model.UncertainDriver;

/**
 * The {@code dorsal-risk/1} document: the base plan, the spread of cost and coverage over the
 * samples, every sample, and the one-at-a-time tornado.
 *
 * @param cost spread of total NPC over the samples that have a plan (null when none has)
 * @param population spread of population covered over the samples that have a plan
 * @param sitesServed spread of sites served over the samples that have a plan
 * @param samplesWithUncoveredSites samples in which some sites could not be carried (repricing)
 * @param samplesWithoutPlan samples with no plan or a plan the verifier rejected (re-planning)
 * @param tornado sorted by swing, largest first
 */
public record RiskReport(
    RiskBase base,
    RiskSettings settings,
    List<UncertainDriver> drivers,
    PlanFigures baseMetrics,
    Spread cost,
    Spread population,
    Spread sitesServed,
    int samplesWithUncoveredSites,
    int samplesWithoutPlan,
    List<RiskSample> sampleTable,
    List<TornadoBar> tornado) {

  public static final String SCHEMA = "dorsal-risk/1";

  public RiskReport {
    drivers = List.copyOf(drivers);
    sampleTable = List.copyOf(sampleTable);
    tornado = List.copyOf(tornado);
  }
}
