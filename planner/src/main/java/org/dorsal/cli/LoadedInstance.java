package org.dorsal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dorsal.candidates.CandidateExpansion;
import org.dorsal.candidates.TerrainHopEvaluator;
import org.dorsal.io.ElevationGridReader;
import org.dorsal.io.InstanceReader;
import org.dorsal.io.InvalidInputException;
import org.dorsal.model.ElevationGrid;
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
    CandidateExpansion.Result expansion = expand(path, instance, err);
    return expansion == null ? null : new LoadedInstance(file, expansion);
  }

  /**
   * Generates the candidates of an instance read from {@code path} (its elevation grid is found
   * relative to it); on failure prints located errors and returns null.
   */
  static CandidateExpansion.Result expand(Path path, Instance instance, PrintWriter err) {
    CandidateExpansion expansion = new CandidateExpansion();
    String gridFile = instance.needsCandidates() ? instance.candidateRules().elevationGridFile() : null;
    if (gridFile != null) {
      ElevationGrid grid = readGrid(path, gridFile, err);
      if (grid == null) {
        return null;
      }
      expansion = new CandidateExpansion(hops -> new TerrainHopEvaluator(grid, hops));
    }
    try {
      return expansion.expand(instance);
    } catch (IllegalArgumentException e) {
      err.println(path + ":0:0: /candidateRules: " + e.getMessage());
      err.println("1 error(s); nothing was written");
      return null;
    }
  }

  /** The grid named in the rules, relative to the instance file; null after printing errors. */
  private static ElevationGrid readGrid(Path instancePath, String gridFile, PrintWriter err) {
    Path parent = instancePath.toAbsolutePath().getParent();
    Path gridPath = parent == null ? Path.of(gridFile) : parent.resolve(gridFile);
    try {
      return ElevationGridReader.read(gridPath);
    } catch (InvalidInputException e) {
      LoadedFile.printErrors(e, err);
    } catch (NoSuchFileException e) {
      err.println(instancePath + ":0:0: /candidateRules/elevationGridFile: " + gridPath
          + " not found; the path is relative to the instance file");
      err.println("1 error(s); nothing was written");
    } catch (IOException e) {
      err.println(gridPath + ":0:0: cannot read the elevation grid (" + e.getMessage() + ")");
      err.println("1 error(s); nothing was written");
    }
    return null;
  }
}
