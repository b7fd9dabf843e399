package de.presseschau.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * German compound splitting with the bundled word-part dictionary and hyphenation grammar (see
 * NOTICE.txt beside them). By default any dictionary word inside a compound is a part (the
 * longest one starting at each letter); optionally the hyphenation grammar proposes split points
 * and the dictionary accepts parts, which misses parts that end inside a syllable
 * ("Vakuumkondensatoren" gives "kondensat", not "kondensator") and measured worse.
 *
 * <p>Runs on folded words ("verbindungsburo", also from "Verbindungsbüro" and
 * "verbindungsbuero"), so the dictionary is folded the same way when loaded.
 *
 * <p>Immutable after loading; one instance serves any number of analyzers and threads.
 */
public final class Decompounder {

  /** Words shorter than this are never split. */
  static final int MIN_WORD_SIZE = 5;
  static final int MAX_SUBWORD_SIZE = 20;

  private final HyphenationTree hyphenation;
  private final CharArraySet plain;
  private final CharArraySet accentsFolded;

  private Decompounder(HyphenationTree hyphenation, CharArraySet plain, CharArraySet accentsFolded) {
    this.hyphenation = hyphenation;
    this.plain = plain;
    this.accentsFolded = accentsFolded;
  }

  /** Loads the bundled dictionary and grammar. */
  public static Decompounder load() {
    try (InputStream grammar = resource("de_DR.xml");
        InputStream words = resource("dictionary-de.txt")) {
      HyphenationTree tree =
          HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(grammar));
      CharArraySet dict =
          WordlistLoader.getWordSet(
              new InputStreamReader(words, StandardCharsets.UTF_8), "#", new CharArraySet(16000, false));
      return new Decompounder(tree, folded(dict, false), folded(dict, true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the German decompounding resources", e);
    }
  }

  private static CharArraySet folded(CharArraySet words, boolean accents) {
    CharArraySet out = new CharArraySet(words.size(), false);
    for (Object w : words) {
      out.add(Folding.fold(new String((char[]) w), accents));
    }
    return CharArraySet.unmodifiableSet(out);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Decompounder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  /**
   * Adds the parts of each compound after it, at the same position and with its offsets.
   *
   * @param in folded words (see {@link Folding})
   */
  TokenStream filter(TokenStream in, AnalysisOptions options) {
    CharArraySet dictionary = options.foldAccents() ? accentsFolded : plain;
    if (!options.hyphenation()) {
      return new DictionaryCompoundWordTokenFilter(
          in,
          dictionary,
          MIN_WORD_SIZE,
          options.minSubwordSize(),
          MAX_SUBWORD_SIZE,
          options.onlyLongestMatch());
    }
    return new HyphenationCompoundWordTokenFilter(
        in,
        hyphenation,
        dictionary,
        MIN_WORD_SIZE,
        options.minSubwordSize(),
        MAX_SUBWORD_SIZE,
        options.onlyLongestMatch());
  }
}
