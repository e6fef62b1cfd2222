package org.dorsal.io;

import java.io.IOException;

/**
 * The blank-separated words of a text, across lines (line breaks carry no meaning), with the line
 * and column of the current word.
 */
final class WordStream {
  private final AsciiLines lines;
  private final LineWords words;
  private int index;
  private int count;
  private boolean first = true;

  WordStream(AsciiLines lines) {
    this.lines = lines;
    this.words = new LineWords(lines);
  }

  /** Advances to the next word; false at the end of the text. */
  boolean next() throws IOException {
    index++;
    while (index >= count) {
      if (!lines.next()) {
        return false;
      }
      count = words.split(first ? lines.byteOrderMarkLength() : 0);
      first = false;
      index = 0;
    }
    return true;
  }

  /** 1-based line of the current word (after the end: the last line). */
  int line() {
    return lines.number();
  }

  int column() {
    return words.column(index);
  }

  String text() {
    return words.text(index);
  }

  /** The current word as a plain decimal number, or NaN. */
  double number() {
    return words.number(index);
  }

  /** The current word as a whole number of at most 9 digits, or -1. */
  int count() {
    return words.count(index);
  }
}
