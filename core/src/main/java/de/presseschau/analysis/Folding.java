package de.presseschau.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The letter folding of the German analysis, as filters and for single words (word lists are
 * folded like the text they are matched against).
 */
final class Folding {
  private Folding() {}

  /** Umlauts and ß always ("Büro", "Buero" → "buro"); other accents when asked (é → e, ı → i). */
  static TokenStream filter(TokenStream lowerCased, boolean accents) {
    TokenStream result = new GermanNormalizationFilter(lowerCased);
    return accents ? new ASCIIFoldingFilter(result) : result;
  }

  /**
   * Many words lower-cased and folded as {@link #filter} does, through one reused token stream
   * (a stream per word made loading the dictionary take a quarter of a second).
   */
  static java.util.List<String> foldAll(Iterable<String> words, boolean accents) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Tokenizer source = new KeywordTokenizer();
    try (TokenStream ts = filter(new LowerCaseFilter(source), accents)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      for (String word : words) {
        if (foldsToItself(word)) {
          out.add(word);
          continue;
        }
        source.setReader(new java.io.StringReader(word));
        ts.reset();
        out.add(ts.incrementToken() ? term.toString() : word);
        ts.end();
        ts.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Whether folding leaves the word as it is: lower-case ASCII letters without "ae", "oe" or "ue"
   * (the only sequences the German normalisation rewrites in ASCII text). Most dictionary words
   * are such; skipping the token stream for them made loading the dictionary several times
   * faster, which every search pays at start-up.
   */
  static boolean foldsToItself(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z' || c == 'e' && i > 0 && "aou".indexOf(word.charAt(i - 1)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** One word lower-cased and folded as {@link #filter} does. */
  static String fold(String word, boolean accents) {
    try (Tokenizer source = new KeywordTokenizer();
        TokenStream ts = filter(new LowerCaseFilter(source), accents)) {
      source.setReader(new java.io.StringReader(word));
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String result = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
