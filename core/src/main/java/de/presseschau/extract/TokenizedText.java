package de.presseschau.extract;

import static de.presseschau.extract.WordClass.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article's full text cut once into tokens and sentences, with the tokens inside quotation
 * marks flagged: every finder works on this one tokenisation.
 */
final class TokenizedText {

  final String text;
  final List<Token> tokens;
  /** Index of the sentence each token belongs to. */
  final int[] sentenceOf;
  /** First token index of each sentence. */
  final int[] sentenceStart;
  /** Whether a token stands inside quotation marks (the marks themselves are not flagged). */
  final boolean[] quoted;
  /** What {@link #get} gives before the first and after the last token. */
  private final Token before;
  private final Token after;

  private TokenizedText(String text, List<Token> tokens, Lexicon lex) {
    this.text = text;
    this.tokens = tokens;
    this.before = new Token(0, 0, "¶", true, lex.facts("¶"));
    this.after = new Token(text.length(), text.length(), "¶", true, lex.facts("¶"));
    this.sentenceOf = new int[tokens.size()];
    List<Integer> starts = new ArrayList<>();
    splitSentences(starts, lex);
    this.sentenceStart = starts.stream().mapToInt(Integer::intValue).toArray();
    this.quoted = flagQuotes();
  }

  // The questions asked of the whole article and their answers: rules ask the same few ("is there
  // a score anywhere?") for many tokens of one article. An article is read by one thread.
  private final java.util.Map<Object, Boolean> remembered = new java.util.IdentityHashMap<>(4);

  /** Whether the pattern occurs anywhere in the text; each pattern's answer is kept. */
  boolean contains(java.util.regex.Pattern pattern) {
    return remember(pattern, t -> pattern.matcher(t.text).find());
  }

  /** The answer to a question of the whole article, asked once: the key names the question. */
  boolean remember(Object question, java.util.function.Predicate<TokenizedText> answer) {
    Boolean found = remembered.get(question);
    if (found == null) {
      found = answer.test(this);
      remembered.put(question, found);
    }
    return found;
  }

  static TokenizedText of(String text, Lexicon lex) {
    List<Token> out = new ArrayList<>(text.length() / 5);
    // An article repeats its words: each is looked up in the process-wide memo once (a large
    // table whose nodes the rules' own data push out of the cache), then found here.
    java.util.HashMap<String, WordFacts> seen = new java.util.HashMap<>(Math.max(16, text.length() / 16));
    int n = text.length();
    int i = 0;
    boolean newline = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        newline |= c == '\n';
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i = wordEnd(text, i, lex);
      } else {
        i++;
      }
      String word = text.substring(start, i);
      WordFacts facts = seen.get(word);
      if (facts == null) {
        facts = lex.facts(word);
        seen.put(word, facts);
      }
      out.add(new Token(start, i, word, newline, facts));
      newline = false;
    }
    return new TokenizedText(text, List.copyOf(out), lex);
  }

  private static int wordEnd(String s, int i, Lexicon lex) {
    int n = s.length();
    int start = i;
    i++;
    while (i < n) {
      char d = s.charAt(i);
      if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((d == '-' || d == '\'' || d == '’' || d == '.')
          && i + 1 < n
          && Character.isLetterOrDigit(s.charAt(i + 1))) {
        // "29.01.2023" and "1.000" keep their dots; words do not ("Ende.Der" is two).
        if (d == '.' && !(Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)))) {
          break;
        }
        i++;
      } else {
        break;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      String w = s.substring(start, i);
      if (lex.is(ABBREVIATIONS, w) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
        i++;
      }
    }
    return i;
  }

  private void splitSentences(List<Integer> starts, Lexicon lex) {
    int sentence = -1;
    boolean boundary = true;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (boundary || t.paragraphStart()) {
        sentence++;
        starts.add(k);
      }
      sentenceOf[k] = sentence;
      boundary = false;
      if (isTerminal(t)) {
        // A closing quote or bracket right after the stop still belongs to this sentence.
        int j = k + 1;
        while (j < tokens.size() && isCloser(tokens.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()) {
          sentenceOf[j] = sentence;
          j++;
        }
        if (j < tokens.size() && startsSentence(k, tokens.get(j), lex)) {
          k = j - 1;
          boundary = true;
        } else {
          k = j - 1;
        }
      }
    }
  }

  private boolean startsSentence(int terminal, Token next, Lexicon lex) {
    if (next.isLowerCase() || next.isPunct(',') || next.isPunct(';') || next.isPunct(':')) {
      return false;
    }
    Token stop = tokens.get(terminal);
    // "am 4. April": an ordinal, not the end of a sentence.
    return !(stop.isPunct('.')
        && terminal > 0
        && Character.isDigit(tokens.get(terminal - 1).text().charAt(0))
        && tokens.get(terminal - 1).end() == stop.start()
        && lex.is(MONTH_WORDS, next));
  }

  private static boolean isTerminal(Token t) {
    return t.isPunct('.') || t.isPunct('!') || t.isPunct('?') || t.isPunct('…');
  }

  private static boolean isCloser(Token t) {
    return t.text().length() == 1 && "“”\"»«’)]".indexOf(t.text().charAt(0)) >= 0;
  }

  static boolean isQuoteMark(Token t) {
    return t.text().length() == 1 && "„“”\"»«‚‘’".indexOf(t.text().charAt(0)) >= 0;
  }

  /**
   * Decides opening and closing marks by their spacing ("„Wort" opens, "Wort“" closes), which
   * copes with the mixed and broken quotation of scraped news; a mark spaced on both sides
   * toggles.
   */
  private boolean[] flagQuotes() {
    boolean[] q = new boolean[tokens.size()];
    boolean in = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.paragraphStart()) {
        in = false;
      }
      if (isQuoteMark(t) && !t.is("’")) {
        boolean spaceBefore = t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1));
        boolean spaceAfter = t.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(t.end()));
        char c = t.text().charAt(0);
        if ((c == '‘' || c == '‚') && (spaceBefore || c == '‚') && !spaceAfter) {
          // A single mark opens only a quotation that a single mark closes in the paragraph:
          // otherwise it is an apostrophe or a transliteration's sign ("in ‘Adi"), and the rest
          // of the paragraph is no quotation.
          int close = singleClose(k);
          if (close > k) {
            for (int j = k + 1; j < close; j++) {
              q[j] = true;
            }
            k = close;
          } else {
            q[k] = in;
          }
          continue;
        }
        if (c == '„' || c == '»' && !spaceAfter) {
          in = true;
        } else if (spaceBefore && !spaceAfter) {
          in = true;
        } else if (!spaceBefore) {
          in = false;
        } else {
          in = !in;
        }
        continue;
      }
      q[k] = in;
    }
    return q;
  }

  /** The closing single mark ("’", "‘" right after a word) of the one opening at k, within its paragraph; or -1. */
  private int singleClose(int k) {
    for (int j = k + 1; j < Math.min(tokens.size(), k + 80); j++) {
      Token t = tokens.get(j);
      if (t.paragraphStart()) {
        return -1;
      }
      if ((t.is("’") || t.is("‘")) && t.start() > 0 && !Character.isWhitespace(text.charAt(t.start() - 1))) {
        return j;
      }
    }
    return -1;
  }

  int size() {
    return tokens.size();
  }

  /**
   * The token at k; outside the text a boundary token that is no word, no punctuation and no
   * quote mark, so that rules looking one token before the first or after the last simply do
   * not match (the fuzzer found several that looked past the text's ends).
   */
  Token get(int k) {
    if (k >= 0 && k < tokens.size()) {
      return tokens.get(k);
    }
    return k < 0 ? before : after;
  }

  /** Whether the token at k is a quotation mark that closes a quotation ("…“"): quoted text right before it. */
  boolean closesQuotation(int k) {
    return isQuoteMark(get(k)) && isQuoted(k - 1);
  }

  /** Whether the token at k stands inside quotation marks; false outside the text. */
  boolean isQuoted(int k) {
    return k >= 0 && k < quoted.length && quoted[k];
  }

  /** The token at k, or null outside the text. */
  Token at(int k) {
    return k >= 0 && k < tokens.size() ? tokens.get(k) : null;
  }

  /** Whether two tokens are in one sentence; a position outside the text is in none. */
  boolean sameSentence(int a, int b) {
    return inside(a) && inside(b) && sentenceOf[a] == sentenceOf[b];
  }

  /**
   * Whether token k opens a clause where any word is capitalised: a sentence's first word, the
   * first after a colon ("Antwort: Vereinfacht …") or after a quotation mark.
   */
  boolean opensClause(int k) {
    Token prev = at(k - 1);
    return sentenceStartOf(k) == k || prev != null && (prev.isPunct(':') && sameSentence(k - 1, k) || isQuoteMark(prev));
  }

  int sentenceStartOf(int k) {
    return tokens.isEmpty() ? 0 : sentenceStart[sentenceOf[clamp(k)]];
  }

  int sentenceEndOf(int k) {
    if (tokens.isEmpty()) {
      return 0;
    }
    int s = sentenceOf[clamp(k)] + 1;
    return s < sentenceStart.length ? sentenceStart[s] : tokens.size();
  }

  private boolean inside(int k) {
    return k >= 0 && k < tokens.size();
  }

  /** The nearest token position (for sentence look-ups at the text's ends). */
  private int clamp(int k) {
    return Math.max(0, Math.min(k, tokens.size() - 1));
  }
}
