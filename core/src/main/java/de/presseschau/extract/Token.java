package de.presseschau.extract;

/**
 * A word or punctuation mark of an article, with its offsets into the article's full text and
 * what the lexicon knows about its word ({@link WordFacts}, shared by every token of that word).
 */
record Token(int start, int end, String text, boolean paragraphStart, WordFacts facts) {

  /** The word in lower case (root locale); kept with the word's facts. */
  String lower() {
    return facts.lower();
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isLowerCase() {
    return Character.isLowerCase(text.charAt(0));
  }

  /** "NATO", "KCNA": two or more letters, all upper case (digits and hyphens allowed). */
  boolean isAllCaps() {
    return isAllCaps(text);
  }

  /** As {@link #isAllCaps()}, for a word. */
  static boolean isAllCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  boolean isPunct(char c) {
    return text.length() == 1 && text.charAt(0) == c;
  }
}
