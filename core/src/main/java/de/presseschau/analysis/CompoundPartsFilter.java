package de.presseschau.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Lucene's {@link org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter}, token for
 * token (same parts, offsets, positions and types), with the dictionary searched by a walk through
 * a {@link WordTrie} instead of one hash look-up per candidate length.
 *
 * <p>As Lucene's six-argument constructor (10.x): with {@code longestOnly}, the longest part
 * starting at a letter is kept and the search goes on after it, so no part of a part is emitted
 * ("verbindungsburo": verbindung, buro; not bindung); without, every part.
 */
final class CompoundPartsFilter extends CompoundWordTokenFilterBase {

  private final WordTrie trie;
  private final boolean longestOnly;

  CompoundPartsFilter(
      TokenStream input,
      WordTrie trie,
      int minWordSize,
      int minSubwordSize,
      int maxSubwordSize,
      boolean longestOnly) {
    // The base class keeps a dictionary set but only its subclasses search it; ours walks the trie.
    super(input, CharArraySet.EMPTY_SET, minWordSize, minSubwordSize, maxSubwordSize, false);
    this.trie = trie;
    this.longestOnly = longestOnly;
  }

  @Override
  protected void decompose() {
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    for (int i = 0; i <= len - minSubwordSize; i++) {
      int node = WordTrie.root();
      int longest = -1;
      for (int k = i; k < len && k - i < maxSubwordSize; k++) {
        node = trie.child(node, buf[k]);
        if (node < 0) {
          break;
        }
        int length = k - i + 1;
        if (length >= minSubwordSize && trie.isWord(node)) {
          if (longestOnly) {
            longest = length;
          } else {
            tokens.add(new CompoundToken(i, length));
          }
        }
      }
      if (longest > 0) {
        tokens.add(new CompoundToken(i, longest));
        i += longest - 1;
      }
    }
  }
}
