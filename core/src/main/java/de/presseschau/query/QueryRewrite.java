package de.presseschau.query;

import de.presseschau.query.QueryNode.Bool;
import de.presseschau.query.QueryNode.Boosted;
import de.presseschau.query.QueryNode.Clause;
import de.presseschau.query.QueryNode.Occur;
import de.presseschau.query.QueryNode.Scope;
import de.presseschau.query.QueryNode.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ranking rewrite, the same for every query however it was written: words that stand next to
 * each other (in plain text, in "a b" or in "a AND b") also count when they are near each other in
 * an article, and when an article writes them as one compound; a word no article contains also
 * matches its close spellings. Phrases, patterns, fields and filters are left as they are.
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryRewrite {

  /** Long pasted texts do not need extra clauses for every pair of words. */
  static final int MAX_PAIRS = 16;

  /**
   * What the rewrite adds.
   *
   * @param proximityBoost weight of a pair of neighbouring words found near each other (0: off)
   * @param proximitySlop how far apart the words of a pair may be
   * @param joinWords whether neighbouring words also match written as one word
   * @param typos whether words no article contains match their close spellings
   * @param wordWeight weight of joined words and corrected typos, like a whole word's
   */
  public record Options(float proximityBoost, int proximitySlop, boolean joinWords, boolean typos, float wordWeight) {}

  private final Options options;
  private final Predicate<String> isStopWord;

  /**
   * @param options what to add
   * @param isStopWord whether a typed word is dropped by the analysis: pairs skip over it
   */
  public QueryRewrite(Options options, Predicate<String> isStopWord) {
    this.options = options;
    this.isStopWord = isStopWord;
  }

  /** The query with its ranking clauses. */
  public QueryNode rewrite(QueryNode query) {
    int[] typos = {0};
    return rewrite(query, typos);
  }

  private QueryNode rewrite(QueryNode q, int[] typos) {
    return switch (q) {
      case Term t when t.scope() == Scope.TEXT -> withTypo(t, typos);
      case Boosted b -> new Boosted(rewrite(b.node(), typos), b.boost());
      case Bool b -> rewriteBool(b, typos);
      default -> q;
    };
  }

  private QueryNode withTypo(Term t, int[] typos) {
    if (!options.typos() || typos[0] >= MAX_PAIRS) {
      return t;
    }
    typos[0]++;
    return new Bool(
        List.of(
            new Clause(Occur.SHOULD, t),
            new Clause(Occur.SHOULD, boost(new QueryNode.Typo(Scope.WORDS, t.text()), options.wordWeight()))));
  }

  private QueryNode rewriteBool(Bool b, int[] typos) {
    List<Clause> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    List<QueryNode> extras = new ArrayList<>();
    for (Clause c : b.clauses()) {
      boolean word =
          c.node() instanceof Term t && t.scope() == Scope.TEXT && (c.occur() == Occur.SHOULD || c.occur() == Occur.MUST);
      if (word) {
        run.add(((Term) c.node()).text());
      } else {
        pairs(run, extras);
        run.clear();
      }
      out.add(new Clause(c.occur(), rewrite(c.node(), typos)));
    }
    pairs(run, extras);
    // With required words the extras only add to the score; with optional words only, they also
    // match what the words stand for (a compound written as one word, a corrected typo).
    for (QueryNode e : extras) {
      out.add(new Clause(Occur.SHOULD, e));
    }
    return new Bool(out);
  }

  /** Proximity and joined-compound clauses for neighbouring words of a run. */
  private void pairs(List<String> run, List<QueryNode> extras) {
    if (run.size() < 2) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (String w : run) {
      String bare = trimPunctuation(w);
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    if (options.proximityBoost() > 0) {
      List<String> content = words.stream().filter(w -> !isStopWord.test(w)).toList();
      Set<String> near = new LinkedHashSet<>();
      for (int i = 1; i < content.size() && near.size() < MAX_PAIRS; i++) {
        if (!content.get(i).equalsIgnoreCase(content.get(i - 1))) {
          near.add(content.get(i - 1) + " " + content.get(i));
        }
      }
      for (String pair : near) {
        extras.add(boost(new QueryNode.Phrase(Scope.WORDS, pair, options.proximitySlop()), options.proximityBoost()));
      }
    }
    if (options.joinWords()) {
      int n = 0;
      for (int i = 1; i < words.size() && n < MAX_PAIRS; i++) {
        String a = words.get(i - 1);
        String b = words.get(i);
        if (a.length() >= 3 && b.length() >= 3 && isLetters(a) && isLetters(b)) {
          extras.add(boost(new Term(Scope.WORDS, a + b.toLowerCase(Locale.ROOT)), options.wordWeight()));
          n++;
        }
      }
    }
  }

  private static boolean isLetters(String w) {
    return w.chars().allMatch(Character::isLetter);
  }

  /** A typed word without the punctuation around it: "Stoltenberg?" → "Stoltenberg". */
  public static String trimPunctuation(String w) {
    int start = 0;
    int end = w.length();
    while (start < end && !Character.isLetterOrDigit(w.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1))) {
      end--;
    }
    return w.substring(start, end);
  }

  private static QueryNode boost(QueryNode q, float weight) {
    return weight == 1f ? q : new Boosted(q, weight);
  }
}
