package de.presseschau.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Keeps one value per word for the whole process (the {@link WordFacts} of a word): news repeats
 * its vocabulary, and the word tests strip endings and try splits, which made them the most
 * expensive part of extraction when asked anew per article. Bounded: past {@value #MAX_WORDS}
 * words new values are made and not kept, so memory stays flat on any input. Thread-safe.
 */
final class WordMemo<V> {

  static final int MAX_WORDS = 500_000;

  private final Function<String, V> make;
  private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
  /** The map's size, kept apart: {@link ConcurrentHashMap#size()} sums counters on every call. */
  private final AtomicInteger size = new AtomicInteger();

  WordMemo(Function<String, V> make) {
    this.make = make;
  }

  V get(String word) {
    V known = values.get(word);
    if (known != null) {
      return known;
    }
    V made = make.apply(word);
    if (size.get() < MAX_WORDS) {
      V raced = values.putIfAbsent(word, made);
      if (raced != null) {
        return raced;
      }
      size.incrementAndGet();
    }
    return made;
  }
}
