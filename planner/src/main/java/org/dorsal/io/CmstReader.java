package org.dorsal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads OR-Library capacitated minimum spanning tree files ({@code capmst}: Gouveia's tc/te and
 * Sharaiha's cm instances) into a {@link CmstFile}. Line breaks carry no meaning: the file is a
 * stream of blank-separated words.
 *
 * <ul>
 *   <li>Matrix file: a name word, a whole number k, then the cost matrix row by row. With
 *       (k+1)×(k+1) numbers (tc/te) k is the number of terminals, every terminal has demand 1 and
 *       there is no demand file. With k×k numbers (cm) k is the number of vertices and the demands
 *       come from a separate file. In both the root is the last vertex. The diagonal is ignored (tc/te
 *       hold 1000 there, cm 0); every other cost must be a finite number ≥ 0 (0 is a real cost, not
 *       "no edge") and the matrix must be symmetric.
 *   <li>Demand file (cm only, {@code priz50r.dat} for cm50): a name word, then exactly one demand
 *       above 0 for each non-root vertex in order; the root's demand is 0.
 * </ul>
 *
 * Every problem is a located error; up to {@value #MAX_ERRORS} are collected and thrown together.
 */
public final class CmstReader {
  /** Reading stops after this many errors. */
  static final int MAX_ERRORS = 20;
  /** Largest k accepted (the matrix is held whole). */
  static final int MAX_VERTICES = 2_000;

  private CmstReader() {}

  /**
   * Reads a matrix file and, for the k×k layout, its demand file.
   *
   * @param demandFile the demand file, or null (then a k×k matrix is an error)
   */
  public static CmstFile read(Path matrixFile, Path demandFile) throws InvalidInputException, IOException {
    try (InputStream in = Files.newInputStream(matrixFile)) {
      Matrix matrix = readMatrix(matrixFile.toString(), in);
      if (matrix.unitDemands) {
        if (demandFile != null) {
          throw new InvalidInputException(List.of(new ValidationError(demandFile.toString(), 1, 1, null,
              "this demand file was given for " + matrixFile + ", whose (k+1)×(k+1) matrix means unit"
                  + " demands; leave the demand file out")));
        }
        return matrix.withUnitDemands();
      }
      if (demandFile == null) {
        throw new InvalidInputException(List.of(new ValidationError(matrixFile.toString(),
            matrix.countLine, matrix.countColumn, null, "the matrix is " + matrix.vertices + "×"
                + matrix.vertices + ", so the demands come from a separate file (priz" + matrix.vertices
                + "r.dat for cm" + matrix.vertices + "); give it")));
      }
      try (InputStream demandIn = Files.newInputStream(demandFile)) {
        return matrix.withDemands(readDemands(demandFile.toString(), demandIn, matrix.vertices - 1));
      }
    }
  }

  /** A read cost matrix, before the demands are attached. */
  static final class Matrix {
    final String name;
    final int vertices;
    final double[] cost;
    final boolean unitDemands;
    final int countLine;
    final int countColumn;

    Matrix(String name, int vertices, double[] cost, boolean unitDemands, int countLine, int countColumn) {
      this.name = name;
      this.vertices = vertices;
      this.cost = cost;
      this.unitDemands = unitDemands;
      this.countLine = countLine;
      this.countColumn = countColumn;
    }

    CmstFile withUnitDemands() {
      double[] demand = new double[vertices];
      Arrays.fill(demand, 1.0);
      demand[vertices - 1] = 0;
      return new CmstFile(name, vertices, vertices - 1, cost, demand, true);
    }

    CmstFile withDemands(double[] terminalDemands) {
      double[] demand = Arrays.copyOf(terminalDemands, vertices);
      return new CmstFile(name, vertices, vertices - 1, cost, demand, false);
    }
  }

  /** Reads a matrix file (stream not closed here). */
  static Matrix readMatrix(String fileLabel, InputStream in) throws InvalidInputException, IOException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    WordStream words = new WordStream(new AsciiLines(in));
    if (!words.next()) {
      errors.add(null, 1, 1, "the file is empty; expected a name, a count k and a cost matrix");
      errors.throwIfAny();
    }
    String name = words.text();
    if (!words.next()) {
      errors.add(null, words.line() + 1, 1, "the file ends after the name; expected a count k and a cost matrix");
      errors.throwIfAny();
    }
    int k = words.count();
    int countLine = words.line();
    int countColumn = words.column();
    if (k < 1 || k > MAX_VERTICES) {
      errors.add(null, countLine, countColumn, "the count '" + words.text() + "' is not a whole number"
          + " between 1 and " + MAX_VERTICES);
      errors.throwIfAny();
    }
    int most = (k + 1) * (k + 1);
    double[] values = new double[most];
    int[] line = new int[most];
    int[] column = new int[most];
    int n = 0;
    int errorCount = 0;
    while (words.next()) {
      if (n == most) {
        errors.add(null, words.line(), words.column(), "more than (k+1)×(k+1) = " + most + " numbers"
            + " after the count " + k + "; remove the extra ones or correct k");
        errors.throwIfAny();
      }
      double v = words.number();
      if (!(v >= 0) || Double.isInfinite(v)) {
        errors.add(null, words.line(), words.column(), "the cost '" + words.text() + "' is not a finite"
            + " number ≥ 0");
        if (++errorCount >= MAX_ERRORS) {
          errors.throwIfAny();
        }
      }
      values[n] = v;
      line[n] = words.line();
      column[n] = words.column();
      n++;
    }
    errors.throwIfAny();
    int vertices;
    if (n == most) {
      vertices = k + 1;
    } else if (n == k * k) {
      vertices = k;
    } else {
      errors.add(null, words.line() + 1, 1, "found " + n + " numbers after the count " + k + "; a file"
          + " with unit demands (tc/te) has (k+1)×(k+1) = " + most + ", one with a demand file (cm)"
          + " k×k = " + k * k);
      errors.throwIfAny();
      return null;
    }
    for (int i = 0; i < vertices && errorCount < MAX_ERRORS; i++) {
      for (int j = i + 1; j < vertices && errorCount < MAX_ERRORS; j++) {
        double a = values[i * vertices + j];
        double b = values[j * vertices + i];
        if (a != b) {
          int at = j * vertices + i;
          errors.add(null, line[at], column[at], "the cost matrix is not symmetric: row " + (j + 1)
              + " column " + (i + 1) + " is " + plain(b) + " but row " + (i + 1) + " column " + (j + 1)
              + " is " + plain(a) + "; the tree needs one cost per pair of vertices");
          errorCount++;
        }
      }
    }
    errors.throwIfAny();
    double[] cost = values.length == vertices * vertices ? values : Arrays.copyOf(values, vertices * vertices);
    return new Matrix(name, vertices, cost, vertices == k + 1, countLine, countColumn);
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Reads a demand file: a name, then exactly {@code terminals} demands above 0. */
  static double[] readDemands(String fileLabel, InputStream in, int terminals)
      throws InvalidInputException, IOException {
    ValidationErrors errors = new ValidationErrors(fileLabel);
    WordStream words = new WordStream(new AsciiLines(in));
    if (!words.next()) {
      errors.add(null, 1, 1, "the demand file is empty; expected a name and " + terminals + " demands");
      errors.throwIfAny();
    }
    double[] demand = new double[terminals];
    int n = 0;
    int errorCount = 0;
    while (words.next()) {
      if (n == terminals) {
        errors.add(null, words.line(), words.column(), "more than " + terminals + " demands (one per"
            + " vertex but the root); remove the extra ones");
        errors.throwIfAny();
      }
      double d = words.number();
      if (!(d > 0) || Double.isInfinite(d)) {
        errors.add(null, words.line(), words.column(), "the demand '" + words.text() + "' is not a"
            + " finite number above 0");
        if (++errorCount >= MAX_ERRORS) {
          errors.throwIfAny();
        }
      }
      demand[n++] = d;
    }
    if (n < terminals) {
      errors.add(null, words.line() + 1, 1, "found " + n + " demands but the matrix has " + terminals
          + " vertices besides the root; give one demand per vertex");
    }
    errors.throwIfAny();
    return demand;
  }
}
