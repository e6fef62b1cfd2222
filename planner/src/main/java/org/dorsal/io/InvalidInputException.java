package org.dorsal.io;

import java.util.List;

/** An input file could not be used; carries every error found in it. */
public final class InvalidInputException extends Exception {
  private final List<ValidationError> errors;

  public InvalidInputException(List<ValidationError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).format());
    this.errors = List.copyOf(errors);
  }

  public List<ValidationError> errors() {
    return errors;
  }
}
