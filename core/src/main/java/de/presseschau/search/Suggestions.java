package de.presseschau.search;

import de.presseschau.index.Fields;
import java.io.IOException;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QueryRewrite;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * "Did you mean": for a query that found nothing, replaces each word the archive does not contain
 * by the closest word it does contain ("Stoltenbrg" → "Stoltenberg").
 */
final class Suggestions {

  private Suggestions() {}

  /**
   * A corrected query, or null when no word needed or found a correction. The words are those of
   * the query model (so field names, operators and patterns are never "corrected"); each is
   * replaced where it stands in the typed text.
   */
  static String suggest(IndexReader reader, String query, QueryNode model) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.6f);
    Set<String> words = new LinkedHashSet<>();
    collectWords(model, words);
    String out = query;
    boolean changed = false;
    for (String typed : words) {
      String word = QueryRewrite.trimPunctuation(typed);
      String lower = word.toLowerCase(Locale.ROOT);
      if (!correctable(lower)) {
        continue;
      }
      Term term = new Term(Fields.SPELL, lower);
      if (reader.docFreq(term) > 0) {
        continue;
      }
      String best = Arrays.stream(checker.suggestSimilar(term, 5, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
          .map(w -> w.string).filter(Suggestions::correctable).findFirst().orElse(null);
      if (best != null) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(out);
        if (m.find()) {
          out = out.substring(0, m.start()) + matchCase(word, best) + out.substring(m.end());
          changed = true;
        }
      }
    }
    return changed ? out : null;
  }

  /**
   * Whether a lower-cased word is one to correct or to offer: three or more letters (or hyphens),
   * and no stop word. The search drops stop words, so one typed is meant as it is ("nach" is not
   * "Nacht" misspelt), and one offered would find nothing ("ein" for "einer").
   */
  private static boolean correctable(String lower) {
    return lower.length() >= 3
        && lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !GermanAnalyzer.getDefaultStopSet().contains(lower);
  }

  /** The words a user typed: terms and phrase words on text fields, not patterns or names. */
  private static void collectWords(QueryNode q, Set<String> out) {
    switch (q) {
      case QueryNode.Term t when t.scope() != QueryNode.Scope.WORDS
          && t.scope() != QueryNode.Scope.ID && t.scope() != QueryNode.Scope.SOURCE -> out.add(t.text());
      case QueryNode.Phrase p when p.scope() != QueryNode.Scope.WORDS -> out.addAll(List.of(p.text().strip().split("\\s+")));
      case QueryNode.Bool b -> b.clauses().stream().filter(c -> c.occur() != QueryNode.Occur.MUST_NOT)
          .forEach(c -> collectWords(c.node(), out));
      case QueryNode.Boosted b -> collectWords(b.node(), out);
      default -> {}
    }
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
