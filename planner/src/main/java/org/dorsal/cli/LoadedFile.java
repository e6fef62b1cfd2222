package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dorsal.io.InvalidInputException;
import org.dorsal.io.ValidationError;

/** A file read whole, or the reason it could not be read (printed as a located error). */
record LoadedFile(Path path, byte[] bytes) {

  static LoadedFile read(Path path, PrintWriter err) {
    try {
      return new LoadedFile(path, Files.readAllBytes(path));
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
