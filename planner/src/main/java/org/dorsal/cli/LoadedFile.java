package org.dorsal.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ValidationError;

/** A file read whole, or the reason it could not be read (printed as a located error). */
record LoadedFile(Path path, byte[] bytes) {

  /** Reads a file whole; a name ending in {@code .gz} is decompressed. */
  static LoadedFile read(Path path, PrintWriter err) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      if (path.toString().endsWith(".gz")) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      return new LoadedFile(path, bytes);
    } catch (NoSuchFileException e) {
      err.println(path + ":0:0: /: file not found; check the path");
    } catch (IOException e) {
      err.println(path + ":0:0: /: cannot read the file (" + e.getMessage() + ")");
    }
    return null;
  }

  String label() {
    return path.toString();
  }

  static void printErrors(InvalidInputException e, PrintWriter err) {
    for (ValidationError error : e.errors()) {
      err.println(error.format());
    }
    err.println(e.errors().size() + " error(s); nothing was written");
  }
}
