package de.presseschau.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;
import java.util.Set;

/**
 * German sentence boundaries for snippets: the JDK's sentence rules, without the false breaks
 * they make after ordinals and days ("am 4. Juli", "den 29. und 30. Mai") and after common
 * abbreviations ("Nr. 5", "Dr. Schmidt", "z. B. Wien").
 */
final class GermanSentences extends BreakIterator {

  /** Abbreviations that end in a full stop inside a sentence (lower-cased, without the stop). */
  private static final Set<String> ABBREVIATIONS =
      Set.of("nr", "dr", "prof", "ca", "bzw", "vgl", "abs", "art", "mio", "mrd", "st", "z", "b", "d", "h", "u", "a",
          "sog", "evtl", "ggf", "inkl", "zit", "bspw", "jh", "jhd", "hl", "mag", "ing", "dipl");

  private final BreakIterator inner = BreakIterator.getSentenceInstance(Locale.GERMAN);
  private String text = "";

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder b = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      b.append(c);
    }
    text = b.toString();
    inner.setText(newText);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    inner.setText(newText);
  }

  @Override
  public CharacterIterator getText() {
    return inner.getText();
  }

  @Override
  public int first() {
    return inner.first();
  }

  @Override
  public int last() {
    return inner.last();
  }

  @Override
  public int current() {
    return inner.current();
  }

  @Override
  public int next() {
    int b = inner.next();
    while (isFalseBreak(b)) {
      b = inner.next();
    }
    return b;
  }

  @Override
  public int next(int n) {
    int b = current();
    for (int i = 0; i < n && b != DONE; i++) {
      b = next();
    }
    return b;
  }

  @Override
  public int previous() {
    int b = inner.previous();
    while (isFalseBreak(b)) {
      b = inner.previous();
    }
    return b;
  }

  @Override
  public int following(int offset) {
    int b = inner.following(offset);
    while (isFalseBreak(b)) {
      b = inner.next();
    }
    return b;
  }

  @Override
  public int preceding(int offset) {
    int b = inner.preceding(offset);
    while (isFalseBreak(b)) {
      b = inner.previous();
    }
    return b;
  }

  @Override
  public boolean isBoundary(int offset) {
    return inner.isBoundary(offset) && !isFalseBreak(offset);
  }

  /** A break right after "4." or "Nr." that continues with a word on the same line. */
  private boolean isFalseBreak(int b) {
    if (b == DONE || b <= 0 || b >= text.length()) {
      return false;
    }
    int end = b;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
      end--;
    }
    if (end == b || end == 0 || text.charAt(end - 1) != '.') {
      return false; // a line break or no full stop: a real end
    }
    int start = end - 1;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, end - 1);
    if (word.isEmpty()) {
      return false;
    }
    boolean ordinal = word.length() <= 2 && word.chars().allMatch(Character::isDigit);
    return ordinal || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
