package de.presseschau.search;

import de.presseschau.index.Fields;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QueryNode.Scope;
import de.presseschau.query.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Renders the query model to a Lucene {@link Query} over the article fields: words are analysed
 * as each field is; unfielded words search title, body and whole words with the weights of {@link
 * RankingOptions}; phrases are analysed without compound splitting, so that they match the words
 * as written and never a part of a compound (and highlight only those words).
 *
 * <p>Thread-safe.
 */
final class LuceneQueries {

  /** Fuzzy words expand to at most this many index words. */
  private static final int FUZZY_EXPANSIONS = 50;

  private final Analyzer analyzer;
  private final RankingOptions ranking;
  private final QueryBuilder builder;

  LuceneQueries(Analyzer analyzer, RankingOptions ranking) {
    this.analyzer = analyzer;
    this.ranking = ranking;
    this.builder = new WholeWordPhrases(analyzer);
  }

  /** The Lucene query of a model query. */
  Query render(QueryNode node) throws QuerySyntaxException {
    Query q = renderOrNull(node);
    return q == null ? new MatchNoDocsQuery("only stop words") : q;
  }

  /** Null when nothing of the node is left after analysis (stop words only). */
  private Query renderOrNull(QueryNode node) throws QuerySyntaxException {
    return switch (node) {
      case QueryNode.All a -> new MatchAllDocsQuery();
      case QueryNode.Term t -> term(t);
      case QueryNode.Phrase p -> phrase(p);
      case QueryNode.Prefix p -> perField(p.scope(), f -> new PrefixQuery(new Term(f, normalise(f, p.text()))));
      case QueryNode.Wildcard w -> perField(w.scope(), f -> new WildcardQuery(new Term(f, normalise(f, w.pattern()))));
      case QueryNode.Regexp r -> regexp(r);
      case QueryNode.Fuzzy z ->
          perField(z.scope(), f -> new FuzzyQuery(new Term(f, normalise(f, z.text())), z.maxEdits(), 0, FUZZY_EXPANSIONS, true));
      case QueryNode.Typo t -> typo(t);
      case QueryNode.DateRange d ->
          LongField.newRangeQuery(
              Fields.DATE,
              d.from() == null ? Long.MIN_VALUE : d.from().toEpochDay(),
              d.to() == null ? Long.MAX_VALUE : d.to().toEpochDay());
      case QueryNode.Boosted b -> {
        Query inner = renderOrNull(b.node());
        yield inner == null ? null : new BoostQuery(inner, b.boost());
      }
      case QueryNode.Bool b -> bool(b);
    };
  }

  private Query bool(QueryNode.Bool b) throws QuerySyntaxException {
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    int n = 0;
    boolean positive = false;
    for (QueryNode.Clause c : b.clauses()) {
      Query q = renderOrNull(c.node());
      if (q == null) {
        continue;
      }
      BooleanClause.Occur occur =
          switch (c.occur()) {
            case MUST -> BooleanClause.Occur.MUST;
            case SHOULD -> BooleanClause.Occur.SHOULD;
            case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
            case FILTER -> BooleanClause.Occur.FILTER;
          };
      positive |= occur != BooleanClause.Occur.MUST_NOT;
      out.add(q, occur);
      n++;
    }
    if (n == 0) {
      return null;
    }
    return positive ? out.build() : new MatchNoDocsQuery("only excluded words");
  }

  private Query term(QueryNode.Term t) throws QuerySyntaxException {
    return switch (t.scope()) {
      case ID -> new TermQuery(new Term(Fields.ID, t.text()));
      case SOURCE -> source(t.text());
      case WORDS -> wholeWords(t.text());
      default -> perField(t.scope(), f -> builder.createBooleanQuery(f, t.text(), BooleanClause.Occur.SHOULD));
    };
  }

  private Query phrase(QueryNode.Phrase p) throws QuerySyntaxException {
    return perField(p.scope(), f -> builder.createPhraseQuery(f, p.text(), p.slop()));
  }

  private Query regexp(QueryNode.Regexp r) throws QuerySyntaxException {
    try {
      return perField(r.scope(), f -> new RegexpQuery(new Term(f, normalise(f, r.pattern()))));
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException("not a valid pattern: /" + r.pattern() + "/ (" + e.getMessage() + ")");
    } catch (TooComplexToDeterminizeException e) {
      throw new QuerySyntaxException("the pattern /" + r.pattern() + "/ is too complex");
    }
  }

  /**
   * Words as whole words (no compound parts), even where the ranking searches them in the body
   * because whole words are switched off.
   */
  private Query wholeWords(String text) {
    List<String> words = analyse(Fields.WHOLE, text);
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      return new TermQuery(new Term(wordField(), words.getFirst()));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(new TermQuery(new Term(wordField(), w)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** A word no article contains, matched with a typo or two; as whole words. */
  private Query typo(QueryNode.Typo t) {
    String field = wordField();
    List<String> words = analyse(Fields.WHOLE, t.text());
    if (words.size() != 1) {
      return null;
    }
    return UnknownWordQuery.maxEdits(words.getFirst()) == 0
        ? null
        : new UnknownWordQuery(new Term(field, words.getFirst()));
  }

  private static Query source(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals(text)) {
      return KeywordField.newExactQuery(Fields.SOURCE, text);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(KeywordField.newExactQuery(Fields.SOURCE, text), BooleanClause.Occur.SHOULD);
    b.add(KeywordField.newExactQuery(Fields.SOURCE, lower), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  /** The query on each field of the scope, weighted; null when no field has one. */
  private Query perField(Scope scope, FieldQuery make) throws QuerySyntaxException {
    List<Query> parts = new ArrayList<>(3);
    for (FieldWeight w : FieldWeight.of(scope, ranking)) {
      Query q = make.on(w.field());
      if (q != null) {
        parts.add(w.weight() == 1f ? q : new BoostQuery(q, w.weight()));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : parts) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private String wordField() {
    return FieldWeight.wordField(ranking);
  }

  /** Lower-cased and folded like the field's words, but not stemmed: for patterns. */
  private String normalise(String field, String text) {
    if (field.equals(Fields.ID) || field.equals(Fields.SOURCE)) {
      return text;
    }
    return analyzer.normalize(field, text).utf8ToString();
  }

  private List<String> analyse(String field, String text) {
    return de.presseschau.analysis.Analyzers.terms(analyzer, field, text);
  }

  /** Whether a typed word leaves nothing after analysis (a stop word, punctuation). */
  boolean isStopWord(String word) {
    return analyse(Fields.WHOLE, word).isEmpty();
  }

  @FunctionalInterface
  private interface FieldQuery {
    Query on(String field) throws QuerySyntaxException;
  }

  /**
   * Phrases on title and body are analysed like whole words (no compound parts): title and body
   * hold each whole word at its position, with its parts stacked on it, so the phrase finds the
   * words as written and not "Fußball-Weltrangliste" for "Fußball-Weltmeisterschaft".
   */
  private static final class WholeWordPhrases extends QueryBuilder {
    WholeWordPhrases(Analyzer analyzer) {
      super(analyzer);
    }

    @Override
    protected Query createFieldQuery(
        Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText, boolean quoted, int phraseSlop) {
      if (quoted && (field.equals(Fields.TITLE) || field.equals(Fields.BODY))) {
        try (TokenStream source = analyzer.tokenStream(Fields.WHOLE, queryText)) {
          return createFieldQuery(source, operator, field, quoted, phraseSlop);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return super.createFieldQuery(analyzer, operator, field, queryText, quoted, phraseSlop);
    }
  }
}
