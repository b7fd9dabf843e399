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
    java.util.List<String> words = new java.util.ArrayList<>();
    for (Object w : GermanAnalyzer.getDefaultStopSet()) {
      words.add(new String((char[]) w));
    }
    if (questionWords) {
      words.addAll(QUESTION_WORDS);
    }
    CharArraySet set = new CharArraySet(400, false);
    set.addAll(Folding.foldAll(words, foldAccents));
    return CharArraySet.unmodifiableSet(set);
  }
}
