package de.presseschau.extract;

/**
 * What the {@link Lexicon} has worked out about one word, kept for the process: each token of an
 * article carries its word's facts ({@link Token#facts()}), so the many rules that ask about the
 * same token read a field instead of looking the word up again (one look-up per token instead of
 * one per rule and candidate: the look-ups were the largest part of extraction's time).
 *
 * <p>Each answer is computed on first question. Threads share these objects without locks, as
 * {@link String#hashCode()} does: every answer depends on the word alone, is written whole (a byte
 * or a volatile long), and a thread that does not see another's answer yet computes the same.
 */
final class WordFacts {

  /** The yes/no facts kept per word, each worked out by its own test on first question. */
  enum Fact {
    ROLE, ORGANISATION, COMMON_WORD, NAME_LIKE, STOP, OPENS_NAME, ORDINARY_FORM, PROPER_NAME, FIRST_WORD_OF_PLACE,
    /** Whether the word could be a place's name no gazetteer knows ({@code LocationFinder.unknownName}), all rules on. */
    UNKNOWN_NAME,
    /** Whether the word names a work before its title ({@code LocationFinder.workNoun}). */
    WORK_NOUN,
    /** Whether the word ends like a noun ("-ung") or an adjective of origin ("-ische"): no family name. */
    NOUN_OR_ADJECTIVE_ENDING,
    /** Whether the full-form dictionary knows the word only as a family name ({@code WordForms.onlyFamilyName}). */
    ONLY_FAMILY_NAME
  }

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;
  /** {@link #place} of a word that names no place. */
  static final Object NO_PLACE = new Object();

  final String word;
  /** By {@link Fact#ordinal()}: unknown, no or yes. */
  private final byte[] answers = new byte[Fact.values().length];
  /** {@link Lexicon#gender}'s answer plus one, 0 until asked. */
  char gender;
  /** {@link Gazetteer#get(Token)}'s answer, a {@link Gazetteer.Place} or {@link #NO_PLACE}; null until asked. */
  Object place;
  /**
   * Bit {@code c.ordinal() % 64} of word {@code c.ordinal() / 64} for each {@link WordClass} that
   * holds the word as written; null until asked. Written whole, once, so threads need no lock
   * (there are more classes than one long has bits).
   */
  volatile long[] classes;
  /** As {@link #classes}, for the word in lower case. */
  volatile long[] lowerClasses;

  /** The word in lower case (root locale), null until asked (written whole, as {@link #classes}). */
  private String lower;
  /** The word folded for person look-ups ({@link People#fold}), null until asked (written whole). */
  private String folded;

  WordFacts(String word) {
    this.word = word;
  }

  /** The fact's answer for this word: kept, or worked out by the test and kept. */
  boolean ask(Fact fact, java.util.function.Predicate<String> test) {
    byte known = answers[fact.ordinal()];
    if (known == UNKNOWN) {
      known = test.test(word) ? YES : NO;
      answers[fact.ordinal()] = known;
    }
    return known == YES;
  }

  /** The word in lower case (root locale), made once per word for the process. */
  String lower() {
    String l = lower;
    if (l == null) {
      l = word.toLowerCase(java.util.Locale.ROOT);
      lower = l;
    }
    return l;
  }

  /** The word folded by {@code fold} (always the same function), made once per word for the process. */
  String folded(java.util.function.UnaryOperator<String> fold) {
    String f = folded;
    if (f == null) {
      f = fold.apply(word);
      folded = f;
    }
    return f;
  }
}
