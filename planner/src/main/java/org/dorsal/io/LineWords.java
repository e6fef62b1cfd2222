package org.dorsal.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The blank-separated words of the current line of an {@link AsciiLines}, as byte ranges (no
 * strings are made unless asked for). Reused line after line.
 */
final class LineWords {
  private final AsciiLines lines;
  private int[] start = new int[8];
  private int[] end = new int[8];
  private int count;

  LineWords(AsciiLines lines) {
    this.lines = lines;
  }

  /** Splits the current line, from byte {@code from} on; returns the number of words. */
  int split(int from) {
    count = 0;
    int i = lines.skipSpace(from);
    while (i < lines.length()) {
      if (count == start.length) {
        start = Arrays.copyOf(start, 2 * count);
        end = Arrays.copyOf(end, 2 * count);
      }
      start[count] = i;
      end[count] = lines.wordEnd(i);
      i = lines.skipSpace(end[count]);
      count++;
    }
    return count;
  }

  int count() {
    return count;
  }

  /** 1-based column of word i. */
  int column(int i) {
    return start[i] + 1;
  }

  int start(int i) {
    return start[i];
  }

  String text(int i) {
    return new String(lines.bytes(), start[i], end[i] - start[i], StandardCharsets.ISO_8859_1);
  }

  /** The rest of the line from word i on, as written (blanks between words kept). */
  String textFrom(int i) {
    return new String(lines.bytes(), start[i], end[count - 1] - start[i], StandardCharsets.ISO_8859_1);
  }

  /** Whether word i is {@code keyword}, ignoring ASCII case. */
  boolean is(int i, String keyword) {
    int n = end[i] - start[i];
    if (n != keyword.length()) {
      return false;
    }
    byte[] b = lines.bytes();
    for (int k = 0; k < n; k++) {
      if (lower(b[start[i] + k]) != lower((byte) keyword.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether word i starts with {@code prefix}, ignoring ASCII case. */
  boolean startsWith(int i, String prefix) {
    int n = prefix.length();
    if (end[i] - start[i] < n) {
      return false;
    }
    byte[] b = lines.bytes();
    for (int k = 0; k < n; k++) {
      if (lower(b[start[i] + k]) != lower((byte) prefix.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Word i as a plain decimal number, or NaN when it is not one. */
  double number(int i) {
    return DecimalText.parse(lines.bytes(), start[i], end[i]);
  }

  /**
   * Word i as a non-negative integer of at most 9 digits (an optional leading '+'), or -1 when it
   * is not one.
   */
  int count(int i) {
    byte[] b = lines.bytes();
    int k = start[i];
    if (k < end[i] && b[k] == '+') {
      k++;
    }
    if (k == end[i] || end[i] - k > 9) {
      return -1;
    }
    int value = 0;
    for (; k < end[i]; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return -1;
      }
      value = value * 10 + (b[k] - '0');
    }
    return value;
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
