package de.presseschau.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words lower-cased and, optionally, folded like the German analysis (umlauts, ß and other
 * accents); no stemming, no stop words. For names ("Pjöngjang" = "pjoengjang", "Vučić" =
 * "Vucic") and for the spelling vocabulary.
 */
public final class FoldingAnalyzer extends Analyzer {
  private final boolean foldUmlauts;
  private final boolean colonBreaksWords;

  /** @param foldUmlauts also fold ä/ae → a, ß → ss, č → c (names); off keeps words as written (spelling) */
  public FoldingAnalyzer(boolean foldUmlauts) {
    this(foldUmlauts, false);
  }

  /**
   * @param foldUmlauts also fold ä/ae → a, ß → ss, č → c (names); off keeps words as written (spelling)
   * @param colonBreaksWords split words at colons, as the German analysis does (the spelling
   *     field is tapped from it at index time)
   */
  public FoldingAnalyzer(boolean foldUmlauts, boolean colonBreaksWords) {
    this.foldUmlauts = foldUmlauts;
    this.colonBreaksWords = colonBreaksWords;
  }

  @Override
  protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
    return colonBreaksWords ? new ColonBreaksWordsFilter(reader) : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    if (foldUmlauts) {
      result = Folding.filter(result, true);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    return foldUmlauts ? Folding.filter(result, true) : result;
  }
}
