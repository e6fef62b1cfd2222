package org.dorsal.io;

/**
 * Where a JSON value was read: its RFC 6901 pointer and the 1-based line and column of its first
 * character.
 *
 * @param file the file the value was read from when it differs from the file being validated (a
 *     value a scenario patch put into an instance), else null
 */
record SourceLocation(String pointer, int line, int column, String file) {

  /** A location in the file being validated. */
  SourceLocation(String pointer, int line, int column) {
    this(pointer, line, column, null);
  }

  /** The location of a member or element of the value at this location. */
  SourceLocation child(String pointerToken, int childLine, int childColumn) {
    return new SourceLocation(childPointer(pointerToken), childLine, childColumn, file);
  }

  /** The pointer of a member named {@code key} (or the element with that index) of this value. */
  String childPointer(String key) {
    return pointer + "/" + escape(key);
  }

  /** Escapes one reference token as RFC 6901 requires: '~' becomes "~0", '/' becomes "~1". */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
