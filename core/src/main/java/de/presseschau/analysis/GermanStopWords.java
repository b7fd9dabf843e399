package de.presseschau.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The German stop words Presseschau drops: Lucene's (Snowball) list, and optionally the question
 * words it lacks. Folded like the text ("über" → "uber", "daß" → "dass"), because the stop filter
 * runs after folding, so that "ueber" is a stop word too.
 */
final class GermanStopWords {

  /**
   * Interrogatives not in the Snowball list ("was", "wie", "wo", "welche" are), and "viele" of
   * "wie viele": they carry the kind of answer, not its topic.
   */
  static final List<String> QUESTION_WORDS =
      List.of(
          "wer", "wen", "wem", "wessen", "wann", "warum", "wieso", "weshalb", "weswegen",
          "woher", "wohin", "womit", "wofür", "wodurch", "worum", "worauf", "woran", "wovon",
          "wozu", "wobei", "worin", "woraus", "wogegen", "wonach", "worüber", "welch", "viele",
          "vielen");

  private GermanStopWords() {}

  static CharArraySet set(boolean questionWords, boolean foldAccents) {
    CharArraySet set = new CharArraySet(400, false);
    for (Object w : GermanAnalyzer.getDefaultStopSet()) {
      add(set, new String((char[]) w), foldAccents);
    }
    if (questionWords) {
      for (String w : QUESTION_WORDS) {
        add(set, w, foldAccents);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private static void add(CharArraySet set, String word, boolean foldAccents) {
    set.add(Folding.fold(word, foldAccents));
  }
}
