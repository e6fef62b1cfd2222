package org.dorsal.io;

/**
 * The value a benchmark table gives for an instance, in the benchmark's own objective.
 *
 * @param source where the table says the number comes from
 */
public record KnownValue(double value, Status status, String source) {

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
