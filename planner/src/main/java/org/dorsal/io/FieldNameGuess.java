package org.dorsal.io;

import java.util.Collection;
import java.util.Locale;

/** Finds the allowed field name a misspelt one was probably meant to be. */
final class FieldNameGuess {
  private static final int MAX_EDITS = 2;
  private static final int LETTERS_PER_EDIT = 3;

  private FieldNameGuess() {}

  /**
   * The closest allowed name, ignoring case, within one edit per three letters of {@code name}
   * (at most two), or null if none is that close.
   */
  static String closest(String name, Collection<String> allowed) {
    String best = null;
    int bestDistance = Math.min(MAX_EDITS, name.length() / LETTERS_PER_EDIT) + 1;
    for (String candidate : allowed) {
      int d = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Edit distance where inserting, deleting or changing a letter, or swapping two neighbours,
   * each cost one (optimal string alignment), so that "nmae" is one edit from "name".
   */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(d[i - 1][j - 1] + change, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
