package org.dorsal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/** Writes a file all at once: to a temporary file beside it, then a rename, so no half file is left. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes content produced by a stream writer (for files too large to hold in memory twice). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes the bytes gzip-compressed. */
  public static void writeGzip(Path target, byte[] bytes) throws IOException {
    write(target, out -> {
      GZIPOutputStream gzip = new GZIPOutputStream(out);
      gzip.write(bytes);
      gzip.finish();
    });
  }

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // a plain new file (not createTempFile, which makes it owner-only) so the result gets the
    // usual permissions of the user's umask
    Path temp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(
          temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
