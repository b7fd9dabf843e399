package de.presseschau.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * German compound splitting with the bundled word-part dictionary and hyphenation grammar (see
 * NOTICE.txt beside them): hyphenation proposes split points, the dictionary accepts parts.
 *
 * <p>Immutable after loading; one instance serves any number of analyzers and threads.
 */
public final class Decompounder {

  /** Words shorter than this are never split. */
  static final int MIN_WORD_SIZE = 5;
  /** Parts shorter than this are not emitted ("ei", "an" would match far too much). */
  static final int MIN_SUBWORD_SIZE = 4;
  static final int MAX_SUBWORD_SIZE = 20;

  private final HyphenationTree hyphenation;
  private final CharArraySet dictionary;

  private Decompounder(HyphenationTree hyphenation, CharArraySet dictionary) {
    this.hyphenation = hyphenation;
    this.dictionary = dictionary;
  }

  /** Loads the bundled dictionary and grammar. */
  public static Decompounder load() {
    try (InputStream grammar = resource("de_DR.xml");
        InputStream words = resource("dictionary-de.txt")) {
      HyphenationTree tree =
          HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(grammar));
      CharArraySet dict =
          WordlistLoader.getWordSet(
              new java.io.InputStreamReader(words, StandardCharsets.UTF_8), "#", new CharArraySet(16000, true));
      return new Decompounder(tree, CharArraySet.unmodifiableSet(dict));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the German decompounding resources", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Decompounder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  /** Adds the parts of each compound after it, at the same position and with its offsets. */
  public TokenStream filter(TokenStream in) {
    return new HyphenationCompoundWordTokenFilter(
        in, hyphenation, dictionary, MIN_WORD_SIZE, MIN_SUBWORD_SIZE, MAX_SUBWORD_SIZE, true);
  }
}
