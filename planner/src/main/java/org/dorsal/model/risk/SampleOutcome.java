package org.dorsal.model.risk;

/**
 * What one set of factors gave.
 *
 * @param status "feasible" (repriced, every route holds), "partial" (repriced, some sites not
 *     covered), the solver's status when re-planned ("optimal", "feasible", "timed-out"),
 *     "no-plan" or "rejected" (the verifier refused the plan)
 * @param verified the independent verifier accepted the plan against the sampled instance
 * @param totalNpcUsd net present cost; NaN when there is no plan
 * @param populationCovered population of the sites served (0 without plan)
 * @param sitesServed sites served (0 without plan)
 * @param sitesUncovered sites the plan served at base demand but could not carry in this sample
 *     (repricing only)
 * @param upgradedLinks links re-equipped with a bigger option to carry the sample's demand
 *     (repricing only)
 * @param reason why there is no plan or the verifier's first complaint; null otherwise
 */
public record SampleOutcome(
    String status,
    boolean verified,
    double totalNpcUsd,
    long populationCovered,
    int sitesServed,
    int sitesUncovered,
    int upgradedLinks,
    String reason) {

  /** A plan exists: its cost and coverage count in the statistics. */
  public boolean hasPlan() {
    return !Double.isNaN(totalNpcUsd);
  }
}
