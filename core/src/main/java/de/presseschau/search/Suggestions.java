package de.presseschau.search;

import de.presseschau.index.Fields;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query that found nothing, replaces each word the archive does not contain
 * by the closest word it does contain ("Stoltenbrg" → "Stoltenberg").
 */
final class Suggestions {

  /** Words of the query; field prefixes ("titel:") and operators are kept as they are. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_:])\\p{L}[\\p{L}\\-]{2,}(?!:)");
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "TO");

  private Suggestions() {}

  /** A corrected query, or null when no word needed or found a correction. */
  static String suggest(IndexReader reader, String query) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.6f);
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group();
      String replacement = word;
      if (!OPERATORS.contains(word)) {
        String lower = word.toLowerCase(Locale.ROOT);
        Term term = new Term(Fields.SPELL, lower);
        if (reader.docFreq(term) == 0) {
          SuggestWord[] found =
              checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (found.length > 0) {
            replacement = matchCase(word, found[0].string);
            changed = true;
          }
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? out.toString() : null;
  }

  /** The suggestion written like the user's word: "Stoltenbrg" → "Stoltenberg". */
  private static String matchCase(String typed, String suggestion) {
    if (typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
    }
    return suggestion;
  }
}
