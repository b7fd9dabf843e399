package de.presseschau.analysis;

import java.util.Objects;

/**
 * Switches for the parts of the German analysis chain, so that each part can be measured by
 * switching it off (see the relevance evaluation).
 *
 * @param chain which analysis: Presseschau's German chain, or a stock Lucene analyzer as a
 *     baseline (then the other switches are ignored)
 * @param decompound split compounds into their parts ("Verbindungsbüro" also gives "büro")
 * @param hyphenation let the hyphenation grammar propose where a compound may split (the
 *     dictionary then accepts parts); off: any dictionary word inside the compound is a part
 * @param minSubwordSize compound parts shorter than this are not emitted
 * @param onlyLongestMatch of the dictionary parts starting at the same letter, keep only the
 *     longest ("verbindung", not also "verb")
 * @param stopWords drop German stop words
 * @param questionWords also drop the question words that are not in the stop list (wer, wann,
 *     warum, wieso, …), so that natural-language questions work as plain queries
 * @param foldAccents fold accented letters of other languages (é → e, ı → i, ş → s) besides the
 *     German umlauts and ß, which are always folded
 * @param stem reduce words to a stem (light German stemmer)
 * @param extraStemRules the stem rules Presseschau adds to the light stemmer (Büros → Büro,
 *     Bürgermeisters → Bürgermeister)
 */
public record AnalysisOptions(
    Chain chain,
    boolean decompound,
    boolean hyphenation,
    int minSubwordSize,
    boolean onlyLongestMatch,
    boolean stopWords,
    boolean questionWords,
    boolean foldAccents,
    boolean stem,
    boolean extraStemRules) {

  /** The analysis chains an archive can use. */
  public enum Chain {
    /** Presseschau's German analysis (the default). */
    PRESSESCHAU,
    /** Lucene's StandardAnalyzer: tokenise and lower-case, nothing else (a baseline). */
    STANDARD,
    /** Lucene's stock GermanAnalyzer: stop words, normalisation, light stemmer (a baseline). */
    LUCENE_GERMAN
  }

  public AnalysisOptions {
    Objects.requireNonNull(chain, "chain");
    if (minSubwordSize < 2) {
      throw new IllegalArgumentException("minSubwordSize must be at least 2");
    }
  }

  /** The measured best: what the index and the CLI use. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(Chain.PRESSESCHAU, true, false, 4, true, true, true, true, true, true);
  }

  public AnalysisOptions withChain(Chain c) {
    return new AnalysisOptions(c, decompound, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withDecompound(boolean on) {
    return new AnalysisOptions(chain, on, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withHyphenation(boolean on) {
    return new AnalysisOptions(chain, decompound, on, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withMinSubwordSize(int n) {
    return new AnalysisOptions(chain, decompound, hyphenation, n, onlyLongestMatch, stopWords,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withOnlyLongestMatch(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, on, stopWords,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withStopWords(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, onlyLongestMatch, on,
        questionWords, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withQuestionWords(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        on, foldAccents, stem, extraStemRules);
  }

  public AnalysisOptions withFoldAccents(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, on, stem, extraStemRules);
  }

  public AnalysisOptions withStem(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, foldAccents, on, extraStemRules);
  }

  public AnalysisOptions withExtraStemRules(boolean on) {
    return new AnalysisOptions(chain, decompound, hyphenation, minSubwordSize, onlyLongestMatch, stopWords,
        questionWords, foldAccents, stem, on);
  }
}
