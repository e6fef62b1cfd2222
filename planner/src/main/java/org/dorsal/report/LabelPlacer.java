package org.dorsal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels without overlap, greedily in the order asked: each label tries right-below,
 * right-above, left-below and left-above of its point and takes the first spot that overlaps no
 * label placed before and stays inside the frame; a label with no free spot is left out (the
 * point's tooltip still names it).
 */
final class LabelPlacer {
  /** Where a label went: its anchor point and text-anchor. */
  record Spot(double x, double y, String anchor) {}

  private static final double CHAR_WIDTH_PX = 6.0;
  private static final double HEIGHT_PX = 11;

  private final double width;
  private final double height;
  private final List<double[]> taken = new ArrayList<>();

  LabelPlacer(double width, double height) {
    this.width = width;
    this.height = height;
  }

  /** A free spot for {@code text} beside (x, y), or null when there is none. */
  Spot place(double x, double y, String text) {
    double w = text.length() * CHAR_WIDTH_PX;
    double[][] tries = {{x + 7, y + 13, 0}, {x + 7, y - 5, 0}, {x - 7, y + 13, 1}, {x - 7, y - 5, 1}};
    for (double[] t : tries) {
      boolean leftOfPoint = t[2] == 1;
      double left = leftOfPoint ? t[0] - w : t[0];
      double[] box = {left, t[1] - HEIGHT_PX + 2, left + w, t[1] + 2};
      if (box[0] < 2 || box[2] > width - 2 || box[1] < 2 || box[3] > height - 2 || overlaps(box)) {
        continue;
      }
      taken.add(box);
      return new Spot(t[0], t[1], leftOfPoint ? "end" : "start");
    }
    return null;
  }

  private boolean overlaps(double[] box) {
    for (double[] b : taken) {
      if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
        return true;
      }
    }
    return false;
  }
}
