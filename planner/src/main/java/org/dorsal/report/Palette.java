package org.dorsal.report;

import java.util.List;

/**
 * Colours every chart and map uses, chosen to stay apart for the common colour-vision
 * deficiencies (Okabe-Ito) and readable on white.
 */
public final class Palette {
  /** Colours for series without a meaning of their own, in order. */
  public static final List<String> SERIES =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

  public static final String GATEWAY = "#000000";
  public static final String SERVED = "#FFFFFF";
  public static final String UNSERVED = "#D62728";
  public static final String OTHER_NODE = "#888888";
  public static final String MUTED = "#9E9E9E";
  public static final String ACCENT = "#0072B2";

  private Palette() {}

  /** The colour of a link technology, or of the "backbone-transit" cost category. */
  public static String technology(String technology) {
    return switch (technology) {
      case "fiber-build" -> "#0072B2";
      case "fiber-lease" -> "#56B4E9";
      case "fiber-existing" -> "#000000";
      case "microwave" -> "#E69F00";
      case "satellite" -> "#CC79A7";
      case "backbone-transit" -> "#009E73";
      default -> "#888888";
    };
  }

  /** The colour of a cost category: capex, opex, lease or transit. */
  public static String costCategory(String category) {
    return switch (category) {
      case "capex" -> "#0072B2";
      case "opex" -> "#E69F00";
      case "lease" -> "#56B4E9";
      case "transit" -> "#009E73";
      default -> "#888888";
    };
  }

  /** The series colour at this position (cycling). */
  public static String series(int index) {
    return SERIES.get(Math.floorMod(index, SERIES.size()));
  }
}
