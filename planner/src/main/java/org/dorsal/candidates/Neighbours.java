package org.dorsal.candidates;

import java.util.Arrays;

/**
 * A reusable buffer of neighbour query results: node indices with their distances, sorted by
 * distance then index. Reuse one per thread to keep queries free of allocation once it has grown.
 * Not thread-safe.
 */
public final class Neighbours {
  private int[] index;
  private double[] distanceKm;
  private int size;

  public Neighbours() {
    this(32);
  }

  public Neighbours(int initialCapacity) {
    int c = Math.max(4, initialCapacity);
    index = new int[c];
    distanceKm = new double[c];
  }

  public int size() {
    return size;
  }

  public int index(int k) {
    if (k >= size) {
      throw new IndexOutOfBoundsException(k);
    }
    return index[k];
  }

  public double distanceKm(int k) {
    if (k >= size) {
      throw new IndexOutOfBoundsException(k);
    }
    return distanceKm[k];
  }

  /** A copy of the indices, in result order. */
  public int[] toIndexArray() {
    return Arrays.copyOf(index, size);
  }

  void clear() {
    size = 0;
  }

  void add(int i, double d) {
    if (size == index.length) {
      int c = index.length * 2;
      index = Arrays.copyOf(index, c);
      distanceKm = Arrays.copyOf(distanceKm, c);
    }
    index[size] = i;
    distanceKm[size] = d;
    size++;
  }

  void truncate(int newSize) {
    if (newSize < size) {
      size = newSize;
    }
  }

  /** Sorts by distance, then by index (a total order, so the result is deterministic). */
  void sort() {
    if (size < 2) {
      return;
    }
    quickSort(0, size - 1);
  }

  private boolean less(int a, int b) {
    double da = distanceKm[a];
    double db = distanceKm[b];
    return da < db || (da == db && index[a] < index[b]);
  }

  private void swap(int a, int b) {
    int ti = index[a];
    index[a] = index[b];
    index[b] = ti;
    double td = distanceKm[a];
    distanceKm[a] = distanceKm[b];
    distanceKm[b] = td;
  }

  private void quickSort(int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      // median of three into hi
      if (less(mid, lo)) {
        swap(mid, lo);
      }
      if (less(hi, lo)) {
        swap(hi, lo);
      }
      if (less(mid, hi)) {
        swap(mid, hi);
      }
      int store = lo;
      for (int i = lo; i < hi; i++) {
        if (less(i, hi)) {
          swap(i, store++);
        }
      }
      swap(store, hi);
      if (store - lo < hi - store) {
        quickSort(lo, store - 1);
        lo = store + 1;
      } else {
        quickSort(store + 1, hi);
        hi = store - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && less(j, j - 1); j--) {
        swap(j, j - 1);
      }
    }
  }
}
