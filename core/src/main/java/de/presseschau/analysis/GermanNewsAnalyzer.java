package de.presseschau.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The German analysis of Presseschau, used alike at index and at query time: tokenise, lower-case,
 * fold umlauts and ß (ä/ae → a, ß → ss) and other accents, drop stop words, split compounds
 * (parts at the compound's position, so phrases still work and highlights cover the whole word),
 * stem.
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
    this.stopWords = GermanStopWords.set(options.questionWords(), options.foldAccents());
  }

  /** The analysis options in force. */
  public AnalysisOptions options() {
    return options;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ColonBreaksWordsFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(
        source, afterLowerCasing(new LowerCaseFilter(source), options, stopWords, decompounder));
  }

  /**
   * The chain after tokenising and lower-casing (shared with {@link IndexAnalysis}): fold, drop
   * stop words, add compound parts, stem, keep one token per position and term.
   */
  static TokenStream afterLowerCasing(
      TokenStream lowerCased, AnalysisOptions options, CharArraySet stopWords, Decompounder decompounder) {
    TokenStream result = Folding.filter(lowerCased, options.foldAccents());
    if (options.stopWords()) {
      result = new StopFilter(result, stopWords);
    }
    if (options.decompound()) {
      result = decompounder.filter(result, options);
    }
    if (options.stem()) {
      result = new GermanNewsStemFilter(result, options.extraStemRules());
    }
    // Compound parts can stem to the whole word's stem; one token per position is enough.
    return new RemoveDuplicatesTokenFilter(result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return Folding.filter(new LowerCaseFilter(in), options.foldAccents());
  }
}
