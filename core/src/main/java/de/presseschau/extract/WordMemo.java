package de.presseschau.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers the answers of a pure test on words (is it a role, an organisation, an ordinary
 * word?) for the whole process: news repeats its vocabulary, and these tests strip endings and
 * try splits, which made them the most expensive part of extraction when asked anew per article.
 * Bounded: past {@value #MAX_WORDS} words new answers are computed and not kept, so memory stays
 * flat on any input. Thread-safe.
 */
final class WordMemo {

  static final int MAX_WORDS = 500_000;

  private final Predicate<String> test;
  private final ConcurrentHashMap<String, Boolean> answers = new ConcurrentHashMap<>();

  WordMemo(Predicate<String> test) {
    this.test = test;
  }

  boolean test(String word) {
    Boolean known = answers.get(word);
    if (known != null) {
      return known;
    }
    boolean answer = test.test(word);
    if (answers.size() < MAX_WORDS) {
      answers.put(word, answer);
    }
    return answer;
  }
}
