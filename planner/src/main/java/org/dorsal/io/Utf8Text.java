package org.dorsal.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, strictly, so that columns count characters and a bad byte is
 * reported with its place instead of being replaced silently. A leading byte order mark is
 * dropped.
 */
final class Utf8Text {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /** The text, or null after adding an error to {@code errors}. */
  static String decode(byte[] bytes, ValidationErrors errors) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      int badByte = bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF;
      int line = 1;
      int column = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      errors.add(
          "",
          line,
          column,
          String.format(
              "the file is not valid UTF-8 (byte 0x%02X); save it with UTF-8 encoding", badByte));
      return null;
    }
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
