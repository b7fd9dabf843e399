package de.presseschau.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /** The stop words, folded: as the build stored them (see {@link AnalysisResources}), else made now. */
  static CharArraySet set(boolean questionWords, boolean foldAccents) {
    List<String> words = stored(questionWords, foldAccents);
    CharArraySet set = new CharArraySet(400, false);
    set.addAll(words != null ? words : folded(questionWords, foldAccents));
    return CharArraySet.unmodifiableSet(set);
  }

  /** The stop words made now from Lucene's list, folded, sorted, each once. */
  static List<String> folded(boolean questionWords, boolean foldAccents) {
    List<String> words = new ArrayList<>();
    for (Object w : GermanAnalyzer.getDefaultStopSet()) {
      words.add(new String((char[]) w));
    }
    if (questionWords) {
      words.addAll(QUESTION_WORDS);
    }
    return Folding.foldAll(words, foldAccents).stream().sorted().distinct().toList();
  }

  /** The name of the list the build stores for the options. */
  static String resource(boolean questionWords, boolean foldAccents) {
    return "stop-words" + (questionWords ? "-questions" : "") + (foldAccents ? "-accents" : "") + ".txt";
  }

  /** The list the build stored for the options, or null where it did not (classes compiled outside Maven). */
  static List<String> stored(boolean questionWords, boolean foldAccents) {
    byte[] bytes = AnalysisResources.stored(resource(questionWords, foldAccents));
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }
}
