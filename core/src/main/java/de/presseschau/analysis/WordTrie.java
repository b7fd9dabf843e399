package de.presseschau.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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

  /** The trie of {@code words}. */
  static WordTrie of(Iterable<String> words) {
    Node root = new Node();
    for (String w : words) {
      Node n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.children.computeIfAbsent(w.charAt(i), c -> new Node());
      }
      n.terminal = true;
    }
    // Breadth first, so that each node's children get consecutive numbers.
    List<Node> order = new ArrayList<>();
    List<Character> labels = new ArrayList<>();
    order.add(root);
    labels.add('\0');
    for (int head = 0; head < order.size(); head++) {
      Node n = order.get(head);
      n.first = order.size();
      n.children.forEach((c, child) -> {
        order.add(child);
        labels.add(c);
      });
    }
    int size = order.size();
    int[] start = new int[size];
    int[] end = new int[size];
    char[] label = new char[size];
    boolean[] terminal = new boolean[size];
    for (int i = 0; i < size; i++) {
      Node n = order.get(i);
      start[i] = n.first;
      end[i] = n.first + n.children.size();
      label[i] = labels.get(i);
      terminal[i] = n.terminal;
    }
    return new WordTrie(start, end, label, terminal);
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

  private static final class Node {
    final TreeMap<Character, Node> children = new TreeMap<>();
    boolean terminal;
    int first;
  }
}
