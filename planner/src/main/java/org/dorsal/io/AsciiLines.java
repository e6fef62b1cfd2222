package org.dorsal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream one line at a time into a reused buffer, for large text files that should
 * not be held whole. A line ends at LF, CR LF or a lone CR; the terminator is not part of the line.
 * Columns are byte offsets + 1, which equal character columns in ASCII text.
 */
final class AsciiLines {
  /** Longest line accepted; a longer one is almost certainly not a text grid. */
  static final int MAX_LINE_BYTES = 64 << 20;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean skipLineFeed;
  private byte[] line = new byte[1024];
  private int length;
  private int number;

  AsciiLines(InputStream in) {
    this.in = in;
  }

  /**
   * Advances to the next line; false at the end of the stream.
   *
   * @throws LineTooLongException if the line exceeds {@link #MAX_LINE_BYTES}
   */
  boolean next() throws IOException {
    length = 0;
    boolean started = false;
    while (true) {
      if (position == limit) {
        int n = in.read(buffer);
        if (n < 0) {
          if (started) {
            number++;
          }
          return started;
        }
        position = 0;
        limit = n;
        continue;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      started = true;
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      append(position, end);
      if (end < limit) {
        skipLineFeed = buffer[end] == '\r';
        position = end + 1;
        number++;
        return true;
      }
      position = end;
    }
  }

  private void append(int from, int to) throws LineTooLongException {
    int n = to - from;
    if (n == 0) {
      return;
    }
    if (length + n > line.length) {
      if ((long) length + n > MAX_LINE_BYTES) {
        throw new LineTooLongException(number + 1);
      }
      line = Arrays.copyOf(line, (int) Math.min(MAX_LINE_BYTES, Math.max(2L * line.length, length + n)));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  /** The current line's bytes, valid up to {@link #length()} until the next call of next(). */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** 1-based number of the current line (after the end: the number of the last line). */
  int number() {
    return number;
  }

  /** The first index at or after {@code i} in the current line that is not blank (or the length). */
  int skipSpace(int i) {
    while (i < length && (line[i] & 0xFF) <= ' ') {
      i++;
    }
    return i;
  }

  /** The end (exclusive) of the word starting at {@code i} in the current line. */
  int wordEnd(int i) {
    while (i < length && (line[i] & 0xFF) > ' ') {
      i++;
    }
    return i;
  }

  /** 3 if the current line starts with a UTF-8 byte order mark, else 0. */
  int byteOrderMarkLength() {
    return length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** A line longer than {@link #MAX_LINE_BYTES}. */
  static final class LineTooLongException extends IOException {
    private final int lineNumber;

    LineTooLongException(int lineNumber) {
      super("line " + lineNumber + " is longer than " + MAX_LINE_BYTES + " bytes");
      this.lineNumber = lineNumber;
    }

    int lineNumber() {
      return lineNumber;
    }
  }
}
