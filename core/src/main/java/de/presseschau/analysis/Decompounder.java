package de.presseschau.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
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

  private final List<String> words;
  /** The dictionary folded as each folding option asks, made on first use (the CLI needs one). */
  private final Variant plain = new Variant(false);
  private final Variant accentsFolded = new Variant(true);

  private Decompounder(List<String> words) {
    this.words = words;
  }

  /** The dictionary folded one way, as a set (for Lucene's filters) and as a trie (for ours). */
  private final class Variant {
    private final boolean accents;
    private CharArraySet set;
    private WordTrie trie;

    Variant(boolean accents) {
      this.accents = accents;
    }

    synchronized CharArraySet set() {
      if (set == null) {
        List<String> folded = Folding.foldAll(words, accents);
        CharArraySet s = new CharArraySet(folded.size(), false);
        s.addAll(folded);
        set = CharArraySet.unmodifiableSet(s);
        trie = WordTrie.of(folded);
      }
      return set;
    }

    synchronized WordTrie trie() {
      set();
      return trie;
    }
  }

  /**
   * The bundled dictionary, read once per process and shared (it is immutable): every archive and
   * analyzer of the process uses the same instance. The hyphenation grammar is read only if an
   * analyzer asks for it.
   */
  public static Decompounder load() {
    return Loaded.INSTANCE;
  }

  /** Reads the dictionary on first use (class initialisation is lazy and thread-safe). */
  private static final class Loaded {
    static final Decompounder INSTANCE = read();
  }

  /** One word a line; '#' starts a comment line (as Lucene's WordlistLoader reads it). */
  private static Decompounder read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(resource("dictionary-de.txt"), StandardCharsets.UTF_8))) {
      List<String> words = new ArrayList<>(16000);
      for (String line; (line = in.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return new Decompounder(List.copyOf(words));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the German decompounding resources", e);
    }
  }

  /**
   * The hyphenation grammar, parsed on first use: parsing the XML takes about a third of a second,
   * which every `search` would pay although the default analysis does not use it.
   */
  private static final class Grammar {
    static final HyphenationTree TREE = parse();

    private static HyphenationTree parse() {
      try (InputStream grammar = resource("de_DR.xml")) {
        return HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(grammar));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the German hyphenation grammar", e);
      }
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Decompounder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  /** The dictionary the options' folding asks for. */
  CharArraySet dictionary(AnalysisOptions options) {
    return (options.foldAccents() ? accentsFolded : plain).set();
  }

  /**
   * Adds the parts of each compound after it, at the same position and with its offsets.
   *
   * @param in folded words (see {@link Folding})
   */
  TokenStream filter(TokenStream in, AnalysisOptions options) {
    CharArraySet dictionary = dictionary(options);
    if (!options.hyphenation()) {
      return new CompoundPartsFilter(
          in,
          dictionary,
          (options.foldAccents() ? accentsFolded : plain).trie(),
          MIN_WORD_SIZE,
          options.minSubwordSize(),
          MAX_SUBWORD_SIZE,
          options.onlyLongestMatch());
    }
    return new HyphenationCompoundWordTokenFilter(
        in,
        Grammar.TREE,
        dictionary,
        MIN_WORD_SIZE,
        options.minSubwordSize(),
        MAX_SUBWORD_SIZE,
        options.onlyLongestMatch());
  }
}
