package org.dorsal.io;

/**
 * The contents of a SteinLib / DIMACS {@code .stp} file (or a PACE {@code .gr} file): an undirected
 * graph with edge costs and its terminals. Vertices are 0-based here (the file's vertex v is v-1).
 * The arrays are the file's storage, not copies: do not change them.
 *
 * @param name the {@code Name} of the Comment section, or the file name without extension
 * @param problem which problem the terminal lines describe
 * @param edgeTail per edge, one end (the first vertex of its {@code E} line)
 * @param edgeHead per edge, the other end
 * @param edgeCost per edge, its cost (finite, at least 0)
 * @param terminals the {@code T} vertices in file order (empty for prize-collecting files)
 * @param prizeVertices the {@code TP} vertices in file order (empty for Steiner files)
 * @param prizes the prize of each {@code TP} vertex (at least 0)
 * @param root the {@code Root} (Steiner) or {@code RootP} (rooted prize-collecting) vertex, or -1
 * @param coordinateX per vertex, the first {@code DD} coordinate; null without a Coordinates
 *     section, NaN for a vertex it does not list
 * @param coordinateY per vertex, the second {@code DD} coordinate (as {@code coordinateX})
 * @param statedOptimum the value of an {@code Optimal} line in the Graph section, or NaN
 */
public record StpFile(
    String name,
    Problem problem,
    int nodeCount,
    int[] edgeTail,
    int[] edgeHead,
    double[] edgeCost,
    int[] terminals,
    int[] prizeVertices,
    double[] prizes,
    int root,
    double[] coordinateX,
    double[] coordinateY,
    double statedOptimum) {

  /** The problem a file states by its terminal lines. */
  public enum Problem {
    /** {@code T} lines (and maybe {@code Root}): a tree of least cost joining all terminals. */
    STEINER_TREE,
    /**
     * {@code TP} lines, no root: a tree (possibly a single vertex) minimising its edge costs plus
     * the prizes of the prize vertices it leaves out.
     */
    PRIZE_COLLECTING,
    /** {@code TP} lines and {@code RootP}: as {@link #PRIZE_COLLECTING}, the tree holding the root. */
    ROOTED_PRIZE_COLLECTING
  }

  public int edgeCount() {
    return edgeTail.length;
  }

  public boolean hasCoordinates() {
    return coordinateX != null;
  }

  /**
   * Number of distinct terminal vertices: T or TP vertices and the root. This is what the
   * {@code Terminals} line of a file states.
   */
  public int terminalCount() {
    boolean[] seen = new boolean[nodeCount];
    int count = 0;
    for (int v : terminals) {
      count += seen[v] ? 0 : 1;
      seen[v] = true;
    }
    for (int v : prizeVertices) {
      count += seen[v] ? 0 : 1;
      seen[v] = true;
    }
    if (root >= 0 && !seen[root]) {
      count++;
    }
    return count;
  }
}
