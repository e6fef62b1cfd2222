package org.dorsal.io;

/**
 * The value a benchmark table gives for an instance, in the benchmark's own objective.
 *
 * @param source where the table says the number comes from
 * @param resolution half a unit of the value's last written decimal (0.005 for 4639.26), the most
 *     the true value may differ from it by rounding; 0 for a whole number (taken as exact)
 */
public record KnownValue(double value, Status status, String source, double resolution) {

  /** A value taken as exact. */
  public KnownValue(double value, Status status, String source) {
    this(value, status, source, 0);
  }

  /** Half a unit of the last decimal of a number as written ("4639.26" gives 0.005); 0 without decimals. */
  public static double resolutionOf(String written) {
    int dot = written.indexOf('.');
    if (dot < 0 || written.indexOf('e') >= 0 || written.indexOf('E') >= 0) {
      return 0;
    }
    return 0.5 * Math.pow(10, -(written.length() - dot - 1));
  }

  /** How sure the value is. */
  public enum Status {
    /** Proven optimal ({@code opt} in the tables). */
    OPTIMAL("opt"),
    /** The best solution known, not proven optimal ({@code bks}). */
    BEST_KNOWN("bks");

    private final String tableWord;

    Status(String tableWord) {
      this.tableWord = tableWord;
    }

    public String tableWord() {
      return tableWord;
    }

    /** The status written as {@code word} in a table, or null. */
    public static Status fromTable(String word) {
      for (Status s : values()) {
        if (s.tableWord.equals(word)) {
          return s;
        }
      }
      return null;
    }
  }
}
