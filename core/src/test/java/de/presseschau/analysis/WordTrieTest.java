package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTrieTest {

  private static boolean contains(WordTrie trie, String word) {
    int node = WordTrie.root();
    for (char c : word.toCharArray()) {
      node = trie.child(node, c);
      if (node < 0) {
        return false;
      }
    }
    return trie.isWord(node);
  }

  @Test
  void holdsItsWordsAndNoOtherPrefixes() {
    WordTrie trie = WordTrie.of(List.of("buro", "burg", "bur", "verbindung"));
    assertTrue(contains(trie, "bur"));
    assertTrue(contains(trie, "burg"));
    assertTrue(contains(trie, "verbindung"));
    assertFalse(contains(trie, "bu"));
    assertFalse(contains(trie, "verbind"));
    assertFalse(contains(trie, "burgen"));
  }

  @Test
  void readsBackWhatItWrote() {
    // More than 64 nodes, so the word-end bits span several longs.
    List<String> words = List.of("verbindung", "verbindungs", "buro", "burg", "amt", "amtsgericht", "zug",
        "zugang", "gang", "angst", "haus", "hausarzt", "arzt", "ärztekammer", "straße");
    WordTrie trie = WordTrie.of(words);
    WordTrie read = WordTrie.fromBytes(trie.toBytes());
    assertTrue(read.sameAs(trie));
    for (String w : words) {
      assertTrue(contains(read, w), w);
    }
    assertFalse(contains(read, "verbindun"));
  }

  @Test
  void refusesBytesThatAreNoTrie() {
    byte[] bytes = WordTrie.of(List.of("buro")).toBytes();
    assertThrows(IllegalArgumentException.class, () -> WordTrie.fromBytes(new byte[3]));
    assertThrows(IllegalArgumentException.class, () -> WordTrie.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
    byte[] wrongMagic = bytes.clone();
    wrongMagic[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> WordTrie.fromBytes(wrongMagic));
  }

  @Test
  void theBuildStoresTheTriesTheDictionaryGivesForEitherFolding() {
    for (boolean accents : new boolean[] {false, true}) {
      WordTrie stored = Decompounder.stored(accents);
      assertNotNull(stored, "the build writes " + Decompounder.trieResource(accents));
      assertTrue(stored.sameAs(Decompounder.buildTrie(accents)), "accents folded: " + accents);
    }
    assertEquals(false, Decompounder.stored(false).sameAs(Decompounder.stored(true)));
  }
}
