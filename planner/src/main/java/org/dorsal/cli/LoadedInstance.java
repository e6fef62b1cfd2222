package org.dorsal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.model.Instance;

/**
 * An instance file read, checked and, when it asks for candidates, expanded: what {@code plan},
 * {@code verify} and {@code candidates} work on.
 *
 * @param file the bytes as read (their hash goes into results)
 * @param expansion the instance with all its links and what generation did (no generation
 *     statistics when the file lists all links itself)
 */
record LoadedInstance(LoadedFile file, CandidateExpansion.Result expansion) {

  Instance instance() {
    return expansion.instance();
  }

  /** Reads, checks and expands; on failure prints located errors and returns null. */
  static LoadedInstance read(Path path, PrintWriter err) {
    LoadedFile file = LoadedFile.read(path, err);
    if (file == null) {
      return null;
    }
    Instance instance;
    try {
      instance = new InstanceReader().read(file.label(), file.bytes());
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
      return null;
    }
    try {
      return new LoadedInstance(file, new CandidateExpansion().expand(instance));
    } catch (IllegalArgumentException e) {
      err.println(path + ":0:0: /candidateRules: " + e.getMessage());
      err.println("1 error(s); nothing was written");
      return null;
    }
  }
}
