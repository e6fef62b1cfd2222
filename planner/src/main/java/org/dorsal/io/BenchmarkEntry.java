package org.dorsal.io;

import java.nio.file.Path;

/**
 * One benchmark instance of a set folder, before it is read: where its data is and what the set's
 * table knows about it.
 *
 * @param set the set (the folder's name)
 * @param name the instance name: the file name without extension, and for CMST files {@code -Q}
 *     and the capacity (e.g. {@code cm50r1-Q200})
 * @param demandFile for CMST files with separate demands, the demand file; otherwise null
 * @param capacity for CMST, the capacity Q; otherwise NaN
 * @param knownValue the table's value, or null when the table has none
 */
public record BenchmarkEntry(
    String set, String name, Format format, Path file, Path demandFile, double capacity, KnownValue knownValue) {

  /** The file format of an entry. */
  public enum Format {
    /** SteinLib / DIMACS {@code .stp} or PACE {@code .gr}: Steiner and prize-collecting Steiner trees. */
    STP,
    /** OR-Library {@code capmst}: capacitated minimum spanning tree. */
    CMST,
    /** FCNetLib GAMS include {@code .inc}: fixed-charge network flow. */
    FCNETLIB
  }
}
