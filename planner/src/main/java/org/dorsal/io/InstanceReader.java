package org.dorsal.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dorsal.model.Instance;

/**
 * Reads an instance file (format v1, see docs/instance-format.md) and checks every rule of the
 * format. All errors are collected, located by line, column and JSON pointer, and thrown together
 * in document order.
 */
public final class InstanceReader {

  /** Reads {@code file}; errors are labelled with the path as given. */
  public Instance read(Path file) throws InvalidInputException, IOException {
    return read(file.toString(), Files.readAllBytes(file));
  }

  /**
   * Reads an instance from UTF-8 JSON bytes.
   *
   * @param fileLabel how errors name the file
   */
  public Instance read(String fileLabel, byte[] json) throws InvalidInputException {
    return read(fileLabel, json, InstancePatch.NONE);
  }

  /**
   * Reads an instance from UTF-8 JSON bytes after applying a scenario's patch to its JSON tree.
   * Every error is located where the offending value was written: in the scenario file for a
   * value the patch brought in, else in this file.
   *
   * @param fileLabel how errors name the base file
   */
  public Instance read(String fileLabel, byte[] json, InstancePatch patch) throws InvalidInputException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    String text = Utf8Text.decode(json, errors);
    LocatedValue root = text == null ? null : LocatedJsonParser.parse(text, errors);
    errors.throwIfAny();
    LocatedValue patched = patch.applyTo(root, errors);
    Instance instance = new InstanceMapper(errors).map(patched);
    errors.throwIfAny();
    return instance;
  }
}
