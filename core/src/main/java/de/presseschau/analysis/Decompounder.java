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

  /** The dictionary folded as each folding option asks, made on first use (the CLI needs one). */
  private final Variant plain = new Variant(false);
  private final Variant accentsFolded = new Variant(true);

  private Decompounder() {}

  /**
   * The dictionary folded one way: as a trie (what our filter searches) and as a set (what
   * Lucene's filters take; made only when asked, the trie alone serves the default analysis).
   */
  private static final class Variant {
    private final boolean accents;
    // Guarded by this, made on first use.
    private List<String> folded;
    private CharArraySet set;
    private WordTrie trie;

    Variant(boolean accents) {
      this.accents = accents;
    }

    private List<String> folded() {
      if (folded == null) {
        folded = Folding.foldAll(Words.LIST, accents);
      }
      return folded;
    }

    synchronized CharArraySet set() {
      if (set == null) {
        CharArraySet s = new CharArraySet(folded().size(), false);
        s.addAll(folded());
        set = CharArraySet.unmodifiableSet(s);
      }
      return set;
    }

    synchronized WordTrie trie() {
      if (trie == null) {
        trie = stored(accents);
        if (trie == null) {
          trie = WordTrie.of(folded());
        }
      }
      return trie;
    }
  }

  /** The name of the trie the build stores for a folding (see {@link AnalysisResources}). */
  static String trieResource(boolean accents) {
    return accents ? "compound-trie-accents.bin" : "compound-trie.bin";
  }

  /** The dictionary folded one way, as a trie made now from the word list. */
  static WordTrie buildTrie(boolean accents) {
    return WordTrie.of(Folding.foldAll(Words.LIST, accents));
  }

  /**
   * The trie the build stored for this folding, or null where it did not (classes compiled
   * outside Maven): the trie is then made from the word list, as the stored one was.
   */
  static WordTrie stored(boolean accents) {
    byte[] bytes = AnalysisResources.stored(trieResource(accents));
    return bytes == null ? null : WordTrie.fromBytes(bytes);
  }

  /**
   * The bundled dictionary, shared by every archive and analyzer of the process (it is immutable).
   * Nothing is read until an analyzer first splits a word: then the trie the build stored for the
   * analysis' folding; the word list and the hyphenation grammar only if an analyzer asks for them.
   */
  public static Decompounder load() {
    return Loaded.INSTANCE;
  }

  private static final class Loaded {
    static final Decompounder INSTANCE = new Decompounder();
  }

  /** The dictionary's words, read on first use (class initialisation is lazy and thread-safe). */
  private static final class Words {
    static final List<String> LIST = read();
  }

  /** One word a line; '#' starts a comment line (as Lucene's WordlistLoader reads it). */
  private static List<String> read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(resource("dictionary-de.txt"), StandardCharsets.UTF_8))) {
      List<String> words = new ArrayList<>(16000);
      for (String line; (line = in.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
      return List.copyOf(words);
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

  private Variant variant(AnalysisOptions options) {
    return options.foldAccents() ? accentsFolded : plain;
  }

  /** The dictionary the options' folding asks for, as a set. */
  CharArraySet dictionary(AnalysisOptions options) {
    return variant(options).set();
  }

  /**
   * Adds the parts of each compound after it, at the same position and with its offsets.
   *
   * @param in folded words (see {@link Folding})
   */
  TokenStream filter(TokenStream in, AnalysisOptions options) {
    if (!options.hyphenation()) {
      return new CompoundPartsFilter(
          in,
          variant(options).trie(),
          MIN_WORD_SIZE,
          options.minSubwordSize(),
          MAX_SUBWORD_SIZE,
          options.onlyLongestMatch());
    }
    return new HyphenationCompoundWordTokenFilter(
        in,
        Grammar.TREE,
        dictionary(options),
        MIN_WORD_SIZE,
        options.minSubwordSize(),
        MAX_SUBWORD_SIZE,
        options.onlyLongestMatch());
  }
}
