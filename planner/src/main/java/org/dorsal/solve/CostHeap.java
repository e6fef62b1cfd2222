package org.dorsal.solve;

import java.util.Arrays;

/**
 * A binary min-heap of int items keyed by a cost, on two parallel primitive arrays; of equal costs
 * the smaller item comes first, so a search that uses it is deterministic. An item may be pushed
 * again with a lower cost: the caller skips the stale entries it pops (lazy deletion).
 */
final class CostHeap {
  private double[] costs;
  private int[] items;
  private int size;
  private double poppedCost;

  CostHeap(int initialCapacity) {
    costs = new double[Math.max(1, initialCapacity)];
    items = new int[costs.length];
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  void push(double cost, int item) {
    if (size == costs.length) {
      costs = Arrays.copyOf(costs, 2 * size);
      items = Arrays.copyOf(items, 2 * size);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(cost, item, costs[parent], items[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    costs[i] = cost;
    items[i] = item;
  }

  /** Removes the first item and returns it; its cost is then {@link #poppedCost()}. */
  int pop() {
    int top = items[0];
    poppedCost = costs[0];
    size--;
    double cost = costs[size];
    int item = items[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(costs[child + 1], items[child + 1], costs[child], items[child])) {
        child++;
      }
      if (!before(costs[child], items[child], cost, item)) {
        break;
      }
      move(child, i);
      i = child;
    }
    costs[i] = cost;
    items[i] = item;
    return top;
  }

  private void move(int from, int to) {
    costs[to] = costs[from];
    items[to] = items[from];
  }

  /** The cost of the item the last {@link #pop()} returned. */
  double poppedCost() {
    return poppedCost;
  }

  private static boolean before(double costA, int itemA, double costB, int itemB) {
    return costA < costB || (costA == costB && itemA < itemB);
  }
}
