package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The closed word classes come from word-classes.txt, one block per class, matched as written. */
class WordClassesTest {

  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = Lexicon.load();
  }

  @Test
  void everyClassHasItsBlock() {
    // Lexicon.load() fails on a class without a block; a block that lost its words would pass that.
    assertTrue(lexicon.is(WordClass.SAYING, "sagte"));
    assertTrue(lexicon.is(WordClass.PARTICLES, "van"));
    assertTrue(lexicon.is(WordClass.STREET_WORDS, "Straße"));
    assertTrue(lexicon.is(WordClass.CLDR_NOT_PLACES, "Europäische Union"), "an entry of two words stays whole");
    assertTrue(lexicon.is(WordClass.GAP_OPENERS, "("), "punctuation entries are read too");
  }

  @Test
  void wordsMatchAsWritten() {
    assertFalse(lexicon.is(WordClass.SAYING, "Sagte"));
    assertTrue(lexicon.is(WordClass.PLACE_PREPOSITIONS, "In"), "the capitalised form is listed where a rule needs it");
    assertFalse(lexicon.is(WordClass.PARTICLES, "Van"));
  }

  @Test
  void classesAreSeparate() {
    assertTrue(lexicon.is(WordClass.PLACE_DETERMINERS, "im"));
    assertFalse(lexicon.is(WordClass.ARTICLES, "im"), "contractions open a place's phrase, not a person's");
  }
}
