package de.presseschau.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The German analysis of Presseschau, used alike at index and at query time: tokenise, lower-case,
 * drop stop words, split compounds (parts at the compound's position, so phrases still work and
 * highlights cover the whole word), fold umlauts and ß (ä/ae → a, ß → ss), stem.
 *
 * <p>Thread-safe, like every Lucene {@link Analyzer}.
 */
public final class GermanNewsAnalyzer extends Analyzer {

  private final AnalysisOptions options;
  private final Decompounder decompounder;
  private final CharArraySet stopWords;

  /**
   * @param options which parts of the chain are on
   * @param decompounder compound splitter; may be null when {@code options.decompound()} is off
   */
  public GermanNewsAnalyzer(AnalysisOptions options, Decompounder decompounder) {
    if (options.decompound() && decompounder == null) {
      throw new IllegalArgumentException("decompounding needs a Decompounder");
    }
    this.options = options;
    this.decompounder = decompounder;
    this.stopWords = GermanStopWords.SET;
  }

  /** The analysis options in force. */
  public AnalysisOptions options() {
    return options;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    if (options.stopWords()) {
      result = new StopFilter(result, stopWords);
    }
    if (options.decompound()) {
      result = decompounder.filter(result);
    }
    result = new GermanNormalizationFilter(result);
    if (options.stem()) {
      result = new GermanNewsStemFilter(result, options.extraStemRules());
    }
    // Compound parts can stem to the whole word's stem; one token per position is enough.
    result = new RemoveDuplicatesTokenFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new GermanNormalizationFilter(new LowerCaseFilter(in));
  }

  /** Lucene's German stop words, for reference in tests. */
  static CharArraySet luceneGermanStopWords() {
    return GermanAnalyzer.getDefaultStopSet();
  }
}
