package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class GermanStopWordsTest {

  @Test
  void theBuildStoresTheListLucenesStopWordsGiveForEachOption() {
    for (boolean questions : new boolean[] {false, true}) {
      for (boolean accents : new boolean[] {false, true}) {
        var stored = GermanStopWords.stored(questions, accents);
        assertNotNull(stored, "the build writes " + GermanStopWords.resource(questions, accents));
        assertEquals(GermanStopWords.folded(questions, accents), stored, questions + "/" + accents);
      }
    }
  }

  @Test
  void stopWordsAreFoldedLikeTheText() {
    CharArraySet folded = GermanStopWords.set(true, true);
    assertTrue(folded.contains("uber"), "über");
    assertTrue(folded.contains("dass"), "daß");
    assertTrue(folded.contains("warum"), "a question word");
    assertFalse(folded.contains("über"));
    CharArraySet plain = GermanStopWords.set(false, false);
    assertFalse(plain.contains("warum"), "question words only when asked");
  }
}
