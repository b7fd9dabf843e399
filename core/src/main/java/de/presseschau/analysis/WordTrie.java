package de.presseschau.analysis;

import java.nio.ByteBuffer;
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
  /** Bit {@code node} is set where a word ends. */
  private final long[] terminal;

  private WordTrie(int[] childStart, int[] childEnd, char[] label, long[] terminal) {
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
    long[] ends = new long[(size + 63) >>> 6];
    for (int node = 0; node < size; node++) {
      if (terminal[node]) {
        ends[node >>> 6] |= 1L << node;
      }
    }
    return new WordTrie(Arrays.copyOf(start, size), Arrays.copyOf(end, size), Arrays.copyOf(label, size), ends);
  }

  /** The first bytes of {@link #toBytes()}, with the form's version. */
  private static final int MAGIC = 0x50545231; // "PTR1"

  /**
   * The trie as bytes that {@link #fromBytes} reads back: the build writes the dictionary's tries
   * so that a process reads them instead of folding, sorting and walking 16,000 words (about a
   * fifth of a cold search's start).
   */
  byte[] toBytes() {
    int n = label.length;
    ByteBuffer b = ByteBuffer.allocate(length(n));
    b.putInt(MAGIC).putInt(n);
    b.asIntBuffer().put(childStart).put(childEnd);
    b.position(b.position() + 8 * n);
    b.asCharBuffer().put(label);
    b.position(b.position() + 2 * n);
    b.asLongBuffer().put(terminal);
    return b.array();
  }

  /**
   * The trie {@link #toBytes()} wrote.
   *
   * @throws IllegalArgumentException when the bytes are not such a trie
   */
  static WordTrie fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < 8 || b.getInt() != MAGIC) {
      throw new IllegalArgumentException("not a word trie");
    }
    int n = b.getInt();
    if (n < 1 || bytes.length != length(n)) {
      throw new IllegalArgumentException("a word trie of the wrong length");
    }
    int[] start = new int[n];
    int[] end = new int[n];
    char[] label = new char[n];
    long[] terminal = new long[(n + 63) >>> 6];
    // Bulk copies, no loop per node: this runs once per process, before any code is compiled.
    b.asIntBuffer().get(start).get(end);
    b.position(b.position() + 8 * n);
    b.asCharBuffer().get(label);
    b.position(b.position() + 2 * n);
    b.asLongBuffer().get(terminal);
    return new WordTrie(start, end, label, terminal);
  }

  private static int length(int nodes) {
    return Math.toIntExact(8 + 10L * nodes + 8L * ((nodes + 63) >>> 6));
  }

  /** The same nodes, letters and ends (for tests of the stored form). */
  boolean sameAs(WordTrie other) {
    return Arrays.equals(childStart, other.childStart) && Arrays.equals(childEnd, other.childEnd)
        && Arrays.equals(label, other.label) && Arrays.equals(terminal, other.terminal);
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
    return (terminal[node >>> 6] & (1L << node)) != 0;
  }
}
