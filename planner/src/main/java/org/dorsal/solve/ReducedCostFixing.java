package org.dorsal.solve;

/**
 * Reduced-cost fixing: with an LP relaxation's bound L, its reduced costs d and a known plan of
 * cost U, every plan that uses a module or parent arc j whose variable the LP left at zero costs
 * at least L + d_j (LP duality: the objective is at least L plus the reduced costs of the
 * non-basic variables times their distance from their bounds). Where L + d_j exceeds U, no plan
 * cheaper than the known one uses j, so the MIP may set it to zero: the optimum is then the known
 * plan or a plan of the smaller model, and the smaller model's bound, capped at U, bounds the whole.
 *
 * <p>A margin of a millionth of U (at least 1e-6) keeps rounding in the LP's duals from fixing
 * a variable that an optimal plan uses.
 */
final class ReducedCostFixing {

  /** The variables fixed to zero: per module option and per arc, and how many in all. */
  record Fixed(boolean[] option, boolean[] arc, int count) {
    static Fixed none(DesignNetwork net) {
      return new Fixed(new boolean[net.optionStart[net.linkCount]], new boolean[net.arcCount], 0);
    }
  }

  private ReducedCostFixing() {}

  /** The fixings that the cut LP's reduced costs allow against a plan of cost {@code upperBoundUsd}. */
  static Fixed of(DesignNetwork net, CutsetCuts.Result lp, double upperBoundUsd) {
    if (lp.optionReducedCostUsd() == null || !Double.isFinite(lp.lpBoundUsd()) || !Double.isFinite(upperBoundUsd)) {
      return Fixed.none(net);
    }
    double slack = upperBoundUsd - lp.lpBoundUsd() + 1e-6 * Math.max(1, Math.abs(upperBoundUsd));
    boolean[] option = new boolean[lp.optionReducedCostUsd().length];
    boolean[] arc = new boolean[lp.arcReducedCostUsd().length];
    int count = 0;
    for (int k = 0; k < option.length; k++) {
      if (lp.optionReducedCostUsd()[k] > slack) {
        option[k] = true;
        count++;
      }
    }
    for (int a = 0; a < arc.length; a++) {
      if (lp.arcReducedCostUsd()[a] > slack) {
        arc[a] = true;
        count++;
      }
    }
    return new Fixed(option, arc, count);
  }

  /** Sets the fixed variables' upper bounds to zero in a model of the same network. */
  static void apply(MipModel model, Fixed fixed) {
    for (int k = 0; k < fixed.option().length; k++) {
      if (fixed.option()[k]) {
        model.z[k].setUb(0);
      }
    }
    for (int a = 0; a < fixed.arc().length; a++) {
      if (fixed.arc()[a]) {
        model.y[a].setUb(0);
      }
    }
  }
}
