package org.dorsal.io;

/**
 * One thing wrong with an input file, located so that a person can fix it.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer RFC 6901 JSON pointer of the offending value ("" for the document), or null for
 *     a file that is not JSON (then the error is located by line and column only)
 * @param message what is wrong and what to do about it
 */
public record ValidationError(String file, int line, int column, String pointer, String message) {

  /**
   * {@code file:line:column: pointer: message}, the form every error is printed in
   * ({@code file:line:column: message} when there is no pointer).
   */
  public String format() {
    String where = pointer == null ? "" : (pointer.isEmpty() ? "/" : pointer) + ": ";
    return file + ":" + line + ":" + column + ": " + where + message;
  }
}
