package org.dorsal.io;

/**
 * A capacitated minimum spanning tree problem from OR-Library's {@code capmst} files, without its
 * capacity (the files do not give it). Vertices are 0-based. The arrays are the file's storage,
 * not copies: do not change them.
 *
 * @param name the name token at the start of the file
 * @param vertexCount number of vertices, root included
 * @param root the root (always the last vertex in these files)
 * @param cost the symmetric cost matrix, row by row ({@code cost[i * vertexCount + j]}); the
 *     diagonal is meaningless
 * @param demand per vertex, its demand (0 for the root)
 * @param unitDemands whether the demands are 1 by the file's layout (tc/te files) rather than read
 *     from a demand file (cm files)
 */
public record CmstFile(
    String name, int vertexCount, int root, double[] cost, double[] demand, boolean unitDemands) {

  public double cost(int i, int j) {
    return cost[i * vertexCount + j];
  }

  public double totalDemand() {
    double sum = 0;
    for (double d : demand) {
      sum += d;
    }
    return sum;
  }
}
