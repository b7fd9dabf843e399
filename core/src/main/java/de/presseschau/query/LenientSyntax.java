package de.presseschau.query;

/**
 * Makes typed text safe for Lucene's query syntax without changing what was meant: characters that
 * are syntax only in some places ({@code ? ! / ^ ~ : * - + ( ) [ ] = < > @}) are escaped where
 * they read as punctuation, so natural text is searched as words. "Wer ist Stoltenberg?",
 * "SPÖ/ÖVP", "Wien!", "Merkel (CDU" and "Zitat: Merkel" are words; "Stolt*", "M?ller",
 * {@code "Nato-Gipfel"~3}, "-China", "titel:Asien" and "(a OR b)" stay syntax.
 *
 * <p>What is syntax but cannot be read (an open quote, a range without its end, an unknown field,
 * brackets nested too deep) is an error naming its 1-based column.
 */
final class LenientSyntax {

  /** Brackets deeper than this are refused: the parser recurses per level. */
  static final int MAX_DEPTH = 20;

  /** The escaped text, and for each of its characters the offset in the typed text. */
  record Prepared(String text, int[] origin) {
    /** The 1-based column in the typed text of an offset in the escaped text. */
    int column(int escapedOffset) {
      if (origin.length == 0) {
        return 1;
      }
      int i = Math.max(0, Math.min(escapedOffset, origin.length - 1));
      return origin[i] + 1;
    }
  }

  private final String s;
  private final StringBuilder out;
  private int[] origin;
  private int n;
  /** Start of the word being read, after any +, - or ! in front of it. */
  private int tokenStart;
  private final boolean[] matchedParen;
  private final int[] rangeEnd;

  private LenientSyntax(String s) {
    this.s = s;
    this.out = new StringBuilder(s.length() + 16);
    this.origin = new int[2 * s.length() + 2];
    this.matchedParen = new boolean[s.length()];
    this.rangeEnd = new int[s.length()];
  }

  static Prepared prepare(String text) throws QuerySyntaxException {
    LenientSyntax l = new LenientSyntax(text);
    l.scan();
    l.rewrite();
    return new Prepared(l.out.toString(), java.util.Arrays.copyOf(l.origin, l.n));
  }

  /** Finds quotes (all must close), bracket pairs and ranges. */
  private void scan() throws QuerySyntaxException {
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        int close = closingQuote(i);
        if (close < 0) {
          throw new QuerySyntaxException("the quote at column " + (i + 1) + " is not closed");
        }
        i = close;
      } else if (c == '(') {
        open.push(i);
        if (open.size() > MAX_DEPTH) {
          throw new QuerySyntaxException(
              "brackets are nested more than " + MAX_DEPTH + " deep (column " + (i + 1) + ")");
        }
      } else if (c == ')' && !open.isEmpty()) {
        matchedParen[open.pop()] = true;
        matchedParen[i] = true;
      } else if ((c == '[' || c == '{') && atTokenStartOrAfterField(i)) {
        int end = rangeClose(i);
        if (end > 0) {
          rangeEnd[i] = end;
          i = end;
        }
      }
    }
  }

  private boolean atTokenStartOrAfterField(int i) {
    return i == 0 || s.charAt(i - 1) == ':' || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
  }

  private int closingQuote(int open) {
    for (int j = open + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '"') {
        return j;
      }
    }
    return -1;
  }

  /** The closing bracket of "[a TO b]" or "{a TO b}", or -1 when this is no range. */
  private int rangeClose(int open) {
    for (int j = open + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == ']' || c == '}') {
        String inside = s.substring(open + 1, j);
        return inside.matches("\\s*\\S+\\s+TO\\s+\\S+\\s*") ? j : -1;
      }
      if (c == '[' || c == '{' || c == '"') {
        return -1;
      }
    }
    return -1;
  }

  private void rewrite() throws QuerySyntaxException {
    tokenStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (Character.isWhitespace(c)) {
        copy(i);
        tokenStart = i + 1;
        continue;
      }
      switch (c) {
        case '\\' -> {
          if (i + 1 < s.length()) {
            copy(i);
            copy(++i);
          } else {
            escape(i);
          }
        }
        case '"' -> {
          int close = closingQuote(i);
          if (close < 0) {
            escape(i); // its partner was inside a /pattern/: this one is a lone quote
          } else {
            for (int j = i; j <= close; j++) {
              copy(j);
            }
            i = close;
          }
        }
        case '(', ')' -> {
          if (matchedParen[i]) {
            copy(i);
            tokenStart = i + 1;
          } else {
            escape(i);
          }
        }
        case '[', '{' -> {
          if (rangeEnd[i] > 0) {
            for (int j = i; j <= rangeEnd[i]; j++) {
              copy(j);
            }
            i = rangeEnd[i];
          } else {
            escape(i);
          }
        }
        case '+', '-', '!' -> {
          if (i == tokenStart && isWordStart(next)) {
            copy(i); // an operator on the word that follows
            tokenStart = i + 1;
          } else if (i != tokenStart && c != '!') {
            copy(i); // inside a word: "Nato-Gipfel"
          } else {
            escape(i);
          }
        }
        case '?' -> {
          // A wildcard inside a word ("M?ller"); a question mark at its end.
          if (i > tokenStart && isWordChar(s.charAt(i - 1)) && (isWordChar(next) || next == '*' || next == '?')) {
            copy(i);
          } else {
            escape(i);
          }
        }
        case '*' -> {
          if (s.startsWith("*:*", i) && i == tokenStart && isEnd(i + 3)) {
            copy(i);
            copy(i + 1);
            copy(i + 2);
            i += 2;
          } else if (tokenHasWordChar(i)) {
            copy(i);
          } else {
            escape(i);
          }
        }
        case '~' -> {
          if (i > tokenStart && (isWordChar(s.charAt(i - 1)) || s.charAt(i - 1) == '"')) {
            copy(i);
          } else {
            escape(i);
          }
        }
        case '^' -> {
          boolean after = i > tokenStart && (isWordChar(s.charAt(i - 1)) || s.charAt(i - 1) == '"' || s.charAt(i - 1) == ')');
          if (after && Character.isDigit(next)) {
            copy(i);
          } else {
            escape(i);
          }
        }
        case '/' -> {
          int close = i == tokenStart ? s.indexOf('/', i + 1) : -1;
          if (close > i + 1 && s.substring(i, close).chars().noneMatch(Character::isWhitespace) && isEnd(close + 1)) {
            for (int j = i; j <= close; j++) {
              copy(j);
            }
            i = close;
          } else {
            escape(i);
          }
        }
        case ':' -> colon(i, next);
        case '=', '<', '>' -> {
          if (QueryField.named(s.substring(tokenStart, i)).isPresent()) {
            copy(i);
            if (next == '=' && c != '=') {
              copy(++i);
            }
          } else {
            escape(i);
          }
        }
        case ']', '}', '@' -> escape(i);
        default -> copy(i);
      }
    }
  }

  /** "titel:Asien" is a field; "Zitat: Merkel" and "10:30" are text; "titl:Asien" an error. */
  private void colon(int i, char next) throws QuerySyntaxException {
    String token = s.substring(tokenStart, i);
    if (QueryField.named(token).isPresent()) {
      copy(i);
      tokenStart = i + 1;
      return;
    }
    boolean letters = !token.isEmpty() && token.chars().allMatch(Character::isLetter);
    if (!letters || next == 0 || Character.isWhitespace(next) || next == ':' || next == '/') {
      escape(i);
      return;
    }
    throw new QuerySyntaxException(
        "unknown field '" + token + ":' at column " + (tokenStart + 1) + " (known: " + QueryField.KNOWN
            + "; put words with a colon in quotes)");
  }

  private boolean tokenHasWordChar(int i) {
    for (int j = tokenStart; j < s.length() && !Character.isWhitespace(s.charAt(j)); j++) {
      if (isWordChar(s.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private boolean isEnd(int i) {
    return i >= s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ')';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isWordStart(char c) {
    return c != 0 && !Character.isWhitespace(c) && c != '+' && c != '-' && c != '!';
  }

  private void copy(int i) {
    if (n == origin.length) {
      origin = java.util.Arrays.copyOf(origin, 2 * n + 16);
    }
    origin[n++] = i;
    out.append(s.charAt(i));
  }

  private void escape(int i) {
    if (n == origin.length) {
      origin = java.util.Arrays.copyOf(origin, 2 * n + 16);
    }
    origin[n++] = i;
    out.append('\\');
    copy(i);
  }
}
