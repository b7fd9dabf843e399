package de.presseschau.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German full forms with their parts of speech: LanguageTool's German POS dictionary
 * (de.danielnaber:german-pos-dict, CC BY-SA 4.0, from Morphy), read with morfologik. It knows
 * ordinary words the compound dictionary lacks ("Maßnahmen", "Außenpolitik", "Niemandsland",
 * "Klos") and marks proper names apart (tag EIG: "Graz", "Merkel"). Loaded once per process.
 */
final class WordForms {

  private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";

  /** A lookup reuses its buffers, so threads take turns; answers are kept in {@link WordFacts}. */
  private final DictionaryLookup lookup;

  private WordForms(DictionaryLookup lookup) {
    this.lookup = lookup;
  }

  static WordForms load() {
    URL url = WordForms.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " (de.danielnaber:german-pos-dict)");
    }
    try {
      return new WordForms(new DictionaryLookup(Dictionary.read(url)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Whether the form, as written, is an ordinary word: a noun, adjective, verb or other word class
   * other than a proper name ("Essen" the noun counts; "Graz" does not).
   */
  boolean isOrdinaryWord(String form) {
    return hasReading(form, false);
  }

  /** Whether one reading of the form, as written, is an adjective (tag ADJ: "steinerne", "hohen"). */
  boolean isAdjective(String form) {
    return anyTag(form, tag -> startsWith(tag, "ADJ"));
  }

  /** Whether the form, as written, is a proper name of the dictionary (tag EIG: "Merkel", "Graz", "Koch"). */
  boolean isProperName(String form) {
    return hasReading(form, true);
  }

  /** Whether one reading of the form is a proper name (name) or any other word class (not name). */
  private boolean hasReading(String form, boolean name) {
    return anyTag(form, tag -> startsWith(tag, "EIG") == name);
  }

  /** Whether a reading of the form has a tag that passes the test (the lookup is not thread-safe). */
  private synchronized boolean anyTag(String form, java.util.function.Predicate<CharSequence> test) {
    for (WordData d : lookup.lookup(form)) {
      CharSequence tag = d.getTag();
      if (tag != null && test.test(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence tag, String prefix) {
    if (tag.length() < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (tag.charAt(k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "die" before the form cannot be a place's article: the dictionary reads it as a neuter
   * ("Bayern", "Oberbayern": in Bayern, das Bayern) or as a masculine plural, a people ("die
   * Schwaben"), and never as a feminine or a genderless plural ("die Pfalz", "die Alpen", "die
   * Philippinen"). An unknown form is no such word.
   */
  synchronized boolean neuterOrPeople(String form) {
    boolean neuterOrPeople = false;
    for (WordData d : lookup.lookup(form)) {
      String tag = tag(d);
      if (tag.contains(":FEM") || tag.contains(":PLU:NOG")) {
        return false;
      }
      neuterOrPeople |= tag.contains(":NEU") || tag.contains(":PLU:MAS");
    }
    return neuterOrPeople;
  }

  /**
   * Whether every reading of the form is a family name (tag EIG…NAC: "Obama", "Marx", "Roth"), so
   * that it names no town, place or thing of the dictionary ("Paris" is EIG…STD, a city).
   */
  synchronized boolean onlyFamilyName(String form) {
    List<WordData> readings = lookup.lookup(form);
    if (readings.isEmpty()) {
      return false;
    }
    for (WordData d : readings) {
      String tag = tag(d);
      if (!tag.startsWith("EIG") || !tag.endsWith(":NAC")) {
        return false;
      }
    }
    return true;
  }

  private static String tag(WordData d) {
    return d.getTag() == null ? "" : d.getTag().toString();
  }
}
