package org.dorsal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors found in one file, so that all of them can be reported at once. */
final class ValidationErrors {
  private final String fileLabel;
  private final List<ValidationError> errors = new ArrayList<>();

  ValidationErrors(String fileLabel) {
    this.fileLabel = fileLabel;
  }

  /** Adds an error at {@code at}, in the file {@code at} names when it names one. */
  void add(SourceLocation at, String message) {
    String file = at.file() == null ? fileLabel : at.file();
    errors.add(new ValidationError(file, at.line(), at.column(), at.pointer(), message));
  }

  void add(String pointer, int line, int column, String message) {
    errors.add(new ValidationError(fileLabel, line, column, pointer, message));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * The errors in document order (by line, then column; ties keep the order they were found).
   * Errors in other files (values a patch brought in) follow those of this file, by file name.
   */
  List<ValidationError> inDocumentOrder() {
    List<ValidationError> sorted = new ArrayList<>(errors);
    sorted.sort(
        Comparator.comparing((ValidationError e) -> !e.file().equals(fileLabel))
            .thenComparing(ValidationError::file)
            .thenComparingInt(ValidationError::line)
            .thenComparingInt(ValidationError::column));
    return List.copyOf(sorted);
  }

  /** Throws the collected errors, if there are any. */
  void throwIfAny() throws InvalidInputException {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(inDocumentOrder());
    }
  }
}
