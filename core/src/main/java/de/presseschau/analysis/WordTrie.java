package de.presseschau.analysis;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of words as a character trie, for finding every dictionary word that starts at a given
 * letter of a compound in one walk. Lucene's dictionary filter asks a hash set once per candidate
 * length (hashing the candidate each time); the walk stops at the first letter no word continues
 * with, usually after two or three letters, which made compound splitting several times faster.
 *
 * <p>Immutable; children of a node are numbered consecutively and sorted by letter.
 */
final class WordTrie {

  private final int[] childStart;
  private final int[] childEnd;
  private final char[] label;
  private final boolean[] terminal;

  private WordTrie(int[] childStart, int[] childEnd, char[] label, boolean[] terminal) {
    this.childStart = childStart;
    this.childEnd = childEnd;
    this.label = label;
    this.terminal = terminal;
  }

  /**
   * The trie of {@code words}, built breadth first over the sorted words: the words below a node
   * are a range of the sorted array, its children the runs of equal letters at the node's depth.
   */
  static WordTrie of(Collection<String> words) {
    String[] sorted = words.stream().sorted().distinct().toArray(String[]::new);
    // Per node: the range of words below it and its depth; children numbered as they are queued.
    int capacity = Math.max(16, sorted.length * 4);
    int[] lo = new int[capacity];
    int[] hi = new int[capacity];
    int[] depth = new int[capacity];
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    char[] label = new char[capacity];
    boolean[] terminal = new boolean[capacity];
    int size = 1;
    lo[0] = 0;
    hi[0] = sorted.length;
    for (int node = 0; node < size; node++) {
      int d = depth[node];
      int i = lo[node];
      if (i < hi[node] && sorted[i].length() == d) {
        terminal[node] = true; // sorted: the word that ends here comes first
        i++;
      }
      start[node] = size;
      while (i < hi[node]) {
        char c = sorted[i].charAt(d);
        int j = i + 1;
        while (j < hi[node] && sorted[j].charAt(d) == c) {
          j++;
        }
        if (size == lo.length) {
          int n = size * 2;
          lo = Arrays.copyOf(lo, n);
          hi = Arrays.copyOf(hi, n);
          depth = Arrays.copyOf(depth, n);
          start = Arrays.copyOf(start, n);
          end = Arrays.copyOf(end, n);
          label = Arrays.copyOf(label, n);
          terminal = Arrays.copyOf(terminal, n);
        }
        lo[size] = i;
        hi[size] = j;
        depth[size] = d + 1;
        label[size] = c;
        size++;
        i = j;
      }
      end[node] = size;
    }
    return new WordTrie(Arrays.copyOf(start, size), Arrays.copyOf(end, size), Arrays.copyOf(label, size),
        Arrays.copyOf(terminal, size));
  }

  /** The root node. */
  static int root() {
    return 0;
  }

  /** The child of {@code node} along letter {@code c}, or -1. */
  int child(int node, char c) {
    int lo = childStart[node];
    int hi = childEnd[node] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = label[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Whether a word ends at {@code node}. */
  boolean isWord(int node) {
    return terminal[node];
  }
}
