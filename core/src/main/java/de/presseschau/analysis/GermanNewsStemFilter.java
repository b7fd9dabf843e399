package de.presseschau.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The light German stemmer (J. Savoy's algorithm, as in Lucene's {@code GermanLightStemFilter})
 * plus rules for the plural and genitive forms it leaves apart.
 *
 * <p>The light stemmer strips a final "s" only after some consonants, so "Büros" and "Büro" (or
 * "Autos" and "Auto") stay apart; the extra rules strip it after a final "o" or "a" of loan words
 * too. Expects lower-cased input with umlauts already folded (GermanNormalizationFilter).
 */
public final class GermanNewsStemFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final boolean extraRules;

  public GermanNewsStemFilter(TokenStream input, boolean extraRules) {
    super(input);
    this.extraRules = extraRules;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(stem(termAtt.buffer(), termAtt.length(), extraRules));
    }
    return true;
  }

  /** Stems {@code s[0..len)} in place and returns the new length. */
  static int stem(char[] s, int len, boolean extraRules) {
    if (extraRules) {
      len = stripLoanWordPlural(s, len);
    }
    return step2(s, step1(s, len));
  }

  /** "buros" → "buro", "kameras" → "kamera": plural/genitive "s" after a final "o" or "a". */
  static int stripLoanWordPlural(char[] s, int len) {
    if (len >= 5 && s[len - 1] == 's') {
      char before = s[len - 2];
      if (before == 'o' || (before == 'a' && len >= 6)) {
        return len - 1;
      }
    }
    return len;
  }

  private static boolean sEnding(char ch) {
    return switch (ch) {
      case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't' -> true;
      default -> false;
    };
  }

  private static boolean stEnding(char ch) {
    return switch (ch) {
      case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't' -> true;
      default -> false;
    };
  }

  private static int step1(char[] s, int len) {
    if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 'r' && s[len - 1] == 'n') {
      return len - 3;
    }
    if (len > 4 && s[len - 2] == 'e') {
      switch (s[len - 1]) {
        case 'm', 'n', 'r', 's' -> {
          return len - 2;
        }
        default -> {}
      }
    }
    if (len > 3 && s[len - 1] == 'e') {
      return len - 1;
    }
    if (len > 3 && s[len - 1] == 's' && sEnding(s[len - 2])) {
      return len - 1;
    }
    return len;
  }

  private static int step2(char[] s, int len) {
    if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 's' && s[len - 1] == 't') {
      return len - 3;
    }
    if (len > 4 && s[len - 2] == 'e' && (s[len - 1] == 'r' || s[len - 1] == 'n')) {
      return len - 2;
    }
    if (len > 4 && s[len - 2] == 's' && s[len - 1] == 't' && stEnding(s[len - 3])) {
      return len - 2;
    }
    return len;
  }
}
