package de.presseschau.search;

import de.presseschau.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parse stage of the search path: query text → Lucene query over the article fields. Unfielded
 * words search title, body and whole words with the weights of {@link RankingOptions}; field
 * prefixes have German and English names.
 *
 * <p>Thread-safe: a new Lucene parser is made per call (they are not thread-safe).
 */
public final class QueryParsing {

  private static final String DEFAULT_FIELD = "\u0000default";
  /** Long pasted texts do not need a proximity clause for every pair of words. */
  private static final int MAX_PAIRS = 16;

  /** Field names a user may type, to the field they search. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("titel", Fields.TITLE),
          Map.entry("title", Fields.TITLE),
          Map.entry("text", Fields.BODY),
          Map.entry("body", Fields.BODY),
          Map.entry("inhalt", Fields.BODY),
          Map.entry("sprecher", Fields.SPEAKER_TEXT),
          Map.entry("speaker", Fields.SPEAKER_TEXT),
          Map.entry("ort", Fields.LOCATION_TEXT),
          Map.entry("location", Fields.LOCATION_TEXT),
          Map.entry("datum", Fields.DATE),
          Map.entry("date", Fields.DATE),
          Map.entry("jahr", Fields.YEAR),
          Map.entry("year", Fields.YEAR),
          Map.entry("quelle", Fields.SOURCE),
          Map.entry("source", Fields.SOURCE),
          Map.entry("id", Fields.ID));

  private static final java.util.Set<String> INTERNAL_FIELDS =
      java.util.Set.of(Fields.TITLE, Fields.BODY, Fields.WHOLE, Fields.SPEAKER_TEXT, Fields.LOCATION_TEXT,
          Fields.DATE, Fields.YEAR, Fields.SOURCE, Fields.ID);

  static final String KNOWN_FIELDS = "titel, text, sprecher, ort, datum, jahr, quelle, id";

  private final Analyzer analyzer;
  private final RankingOptions ranking;

  public QueryParsing(Analyzer analyzer, RankingOptions ranking) {
    this.analyzer = analyzer;
    this.ranking = ranking;
  }

  /** The query for the request's text, without filters. A blank text matches every article. */
  public Query parse(String text, QueryMode mode) throws QuerySyntaxException {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    return switch (mode) {
      case PLAIN -> plain(text, true);
      // Words without any syntax get the measured ranking of plain queries; exact words only, so
      // that a misspelt query finds nothing and the caller can suggest the close spelling.
      case SYNTAX -> isJustWords(text) ? plain(text, false) : syntax(text);
    };
  }

  /** Letters, digits, hyphens inside words and punctuation; no operators, quotes or fields. */
  static boolean isJustWords(String text) {
    if (!JUST_WORDS.matcher(text).matches()) {
      return false;
    }
    for (String token : text.strip().split("\\s+")) {
      if (token.equals("AND") || token.equals("OR") || token.equals("NOT") || token.startsWith("-")) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern JUST_WORDS =
      java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s.,;'’‚‘„“”«»-]+");

  /**
   * Plain words over the default fields; nothing is syntax. Any word may match; with proximity
   * on, pairs of neighbouring query words that are near each other in the text count extra.
   */
  Query plain(String text) {
    return plain(text, true);
  }

  private Query plain(String text, boolean allowTypos) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> perField = new ArrayList<>();
    for (WeightedField f : defaultFields()) {
      Query q = builder.createBooleanQuery(f.name(), text, BooleanClause.Occur.SHOULD);
      if (q != null) {
        perField.add(boost(q, f.weight()));
      }
    }
    if (perField.isEmpty()) {
      return anyOf(perField);
    }
    List<String> words = words(text);
    if (ranking.proximityBoost() > 0) {
      Query near = proximity(words);
      if (near != null) {
        perField.add(boost(near, ranking.proximityBoost()));
      }
    }
    // Joined words and corrected typos count like the whole words they stand for.
    float wordWeight = ranking.wholeBoost() > 0 ? ranking.wholeBoost() : ranking.bodyBoost();
    if (ranking.joinWords()) {
      Query joined = joined(text);
      if (joined != null) {
        perField.add(boost(joined, wordWeight));
      }
    }
    if (ranking.typoTolerance() && allowTypos) {
      Query typos = typos(words);
      if (typos != null) {
        perField.add(boost(typos, wordWeight));
      }
    }
    return anyOf(perField);
  }

  /**
   * Neighbouring words of the query written as one ("Urheberrechts Verletzungen" →
   * "urheberrechtsverletzung"), as whole words: questions often split compounds that texts join.
   */
  private Query joined(String text) {
    String[] raw = text.split("[^\\p{L}]+");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 1; i < raw.length && n < MAX_PAIRS; i++) {
      if (raw[i - 1].length() < 3 || raw[i].length() < 3) {
        continue;
      }
      List<String> w = words(raw[i - 1] + raw[i].toLowerCase(java.util.Locale.ROOT));
      if (w.size() == 1) {
        b.add(new TermQuery(new Term(wordField(), w.getFirst())), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /** Words not in the index, matched with a typo or two. */
  private Query typos(List<String> words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String w : new java.util.LinkedHashSet<>(words)) {
      if (UnknownWordQuery.maxEdits(w) > 0 && n < MAX_PAIRS) {
        b.add(new UnknownWordQuery(new Term(wordField(), w)), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  private String wordField() {
    return ranking.wholeBoost() > 0 ? Fields.WHOLE : Fields.BODY;
  }

  /** The query's words as the whole-word field analyses them (one term per position). */
  private List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(wordField(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || words.isEmpty()) {
          words.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * Sloppy phrases of each pair of neighbouring query words (after stop words), over the whole
   * words of title and body: "Amtsperiode des zypriotischen Staatspräsidenten" prefers texts
   * where "amtsperiod" and "zypriot" and "zypriot" and "staatsprasident" stand close.
   */
  private Query proximity(List<String> words) {
    String field = wordField();
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int n = 0;
    for (int i = 1; i < words.size() && n < MAX_PAIRS; i++) {
      if (words.get(i).equals(words.get(i - 1))) {
        continue;
      }
      pairs.add(
          new PhraseQuery(ranking.proximitySlop(), field, words.get(i - 1), words.get(i)),
          BooleanClause.Occur.SHOULD);
      n++;
    }
    return n == 0 ? null : pairs.build();
  }

  private Query syntax(String text) throws QuerySyntaxException {
    Parser parser = new Parser(analyzer);
    try {
      Query q = parser.parse(text);
      return q == null ? new MatchNoDocsQuery() : q;
    } catch (ParseException e) {
      throw new QuerySyntaxException(friendly(e));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new QuerySyntaxException("cannot read the query: " + e.getMessage());
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query expands to too many terms; make it more specific");
    } catch (org.apache.lucene.queryparser.classic.TokenMgrError e) {
      throw new QuerySyntaxException(firstLine(e.getMessage()));
    }
  }

  private static String friendly(ParseException outer) {
    // QueryParser.parse wraps the real error as "Cannot parse '<query>': <reason>".
    Throwable cause = outer.getCause();
    if (cause instanceof org.apache.lucene.queryparser.classic.TokenMgrError t) {
      return "cannot read the query: " + lexicalError(t.getMessage());
    }
    ParseException e = cause instanceof ParseException inner ? inner : outer;
    if (e.getCause() instanceof QuerySyntaxException q) {
      return q.getMessage();
    }
    if (outer.getMessage() != null && outer.getMessage().endsWith("too many boolean clauses")) {
      return "the query expands to too many terms; make it more specific";
    }
    if (e.currentToken != null && e.currentToken.next != null) {
      var token = e.currentToken.next;
      String what = token.kind == 0 ? "the query ends too early" : "unexpected '" + token.image + "'";
      return what + " at column " + token.beginColumn
          + " (quote words with special characters, or use --plain)";
    }
    return firstLine(e.getMessage());
  }

  /** "Lexical error at line 1, column 6.  Encountered: <EOF> after : \"\\\"abc\"" → short. */
  private static String lexicalError(String message) {
    if (message != null && message.contains("<EOF>")) {
      return "a quote or bracket is not closed (or a trailing backslash)";
    }
    return firstLine(message);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid query";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).replace("Cannot parse", "cannot read the query").strip();
  }

  private List<WeightedField> defaultFields() {
    List<WeightedField> fields = new ArrayList<>(3);
    fields.add(new WeightedField(Fields.TITLE, ranking.titleBoost()));
    fields.add(new WeightedField(Fields.BODY, ranking.bodyBoost()));
    if (ranking.wholeBoost() > 0) {
      fields.add(new WeightedField(Fields.WHOLE, ranking.wholeBoost()));
    }
    return fields;
  }

  private static Query boost(Query q, float weight) {
    return weight == 1f ? q : new BoostQuery(q, weight);
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.isEmpty()) {
      return new MatchNoDocsQuery("only stop words");
    }
    if (queries.size() == 1) {
      return queries.getFirst();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * The part of {@code query} that can match in {@code field}, for the highlighter: clauses on
   * other fields (whole words, title, proximity over whole words, filters) cannot mark anything in
   * the field's text but would cost the highlighter time. Returns {@code query} itself when no
   * part of it is on the field.
   */
  static Query forField(Query query, String field) {
    Query q = onField(query, field);
    return q == null ? query : q;
  }

  private static Query onField(Query query, String field) {
    if (query instanceof BoostQuery b) {
      return onField(b.getQuery(), field);
    }
    if (query instanceof BooleanQuery bq) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() == BooleanClause.Occur.MUST_NOT) {
          continue;
        }
        Query sub = onField(c.query(), field);
        if (sub != null) {
          out.add(sub, BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : n == 1 ? out.build().clauses().getFirst().query() : out.build();
    }
    boolean[] found = new boolean[1];
    query.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            if (field.equals(f)) {
              found[0] = true;
            }
            return false;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0] ? query : null;
  }

  /** Parses a date, a month ("2023-01") or a year ("2023") to the first or last day it covers. */
  static LocalDate parseDay(String text, boolean end) throws QuerySyntaxException {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new QuerySyntaxException(
          "not a date: '" + text + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }

  /** Classic Lucene syntax with our field names and default-field expansion. */
  private final class Parser extends QueryParser {
    Parser(Analyzer a) {
      super(DEFAULT_FIELD, a);
      setDefaultOperator(QueryParser.Operator.OR);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(false);
    }

    private String resolve(String field) throws ParseException {
      // Lucene's parser calls back with the internal field names (e.g. for phrases with slop).
      if (DEFAULT_FIELD.equals(field) || INTERNAL_FIELDS.contains(field)) {
        return field;
      }
      String resolved = ALIASES.get(field.toLowerCase(Locale.ROOT));
      if (resolved == null) {
        throw new ParseException(
            "unknown field '" + field + ":' (known: " + KNOWN_FIELDS
                + "; put words with a colon in quotes)");
      }
      return resolved;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String f = resolve(field);
      if (f.equals(DEFAULT_FIELD)) {
        List<Query> perField = new ArrayList<>();
        for (WeightedField wf : defaultFields()) {
          Query q = super.getFieldQuery(wf.name(), queryText, quoted);
          if (q != null) {
            perField.add(boost(q, wf.weight()));
          }
        }
        return perField.isEmpty() ? null : anyOf(perField);
      }
      return switch (f) {
        case Fields.DATE -> dayRange(queryText, queryText);
        case Fields.ID, Fields.YEAR -> new TermQuery(new Term(f, queryText));
        case Fields.SOURCE -> sourceQuery(queryText);
        // Names match as a phrase: "sprecher:Jens Stoltenberg" or "sprecher:Stoltenberg".
        case Fields.SPEAKER_TEXT, Fields.LOCATION_TEXT -> super.getFieldQuery(f, queryText, true);
        default -> super.getFieldQuery(f, queryText, quoted);
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      String f = resolve(field);
      if (f.equals(DEFAULT_FIELD)) {
        List<Query> perField = new ArrayList<>();
        for (WeightedField wf : defaultFields()) {
          Query q = super.getFieldQuery(wf.name(), queryText, slop);
          if (q != null) {
            perField.add(boost(q, wf.weight()));
          }
        }
        return perField.isEmpty() ? null : anyOf(perField);
      }
      if (f.equals(Fields.DATE) || f.equals(Fields.ID) || f.equals(Fields.SOURCE) || f.equals(Fields.YEAR)) {
        return getFieldQuery(field, queryText, true);
      }
      return super.getFieldQuery(f, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String f = resolve(field);
      if (f.equals(Fields.DATE)) {
        return dayRange(part1, part2);
      }
      if (f.equals(DEFAULT_FIELD)) {
        throw new ParseException("a range needs a field, e.g. datum:[2023-01-01 TO 2023-12-31]");
      }
      return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return expandMultiTerm(field, termStr, (f, t) -> super.getPrefixQuery(f, t));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return expandMultiTerm(field, termStr, (f, t) -> super.getWildcardQuery(f, t));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return expandMultiTerm(field, termStr, (f, t) -> super.getFuzzyQuery(f, t, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return expandMultiTerm(field, termStr, (f, t) -> super.getRegexpQuery(f, t));
    }

    /** Prefix, wildcard, fuzzy and regexp terms on the default field search title and body. */
    private Query expandMultiTerm(String field, String termStr, MultiTermFactory factory)
        throws ParseException {
      String f = resolve(field);
      if (!f.equals(DEFAULT_FIELD)) {
        return factory.make(f, termStr);
      }
      return anyOf(
          List.of(
              boost(factory.make(Fields.TITLE, termStr), ranking.titleBoost()),
              boost(factory.make(Fields.BODY, termStr), ranking.bodyBoost())));
    }

    private Query dayRange(String fromText, String toText) throws ParseException {
      try {
        long from = "*".equals(fromText) ? Long.MIN_VALUE : parseDay(fromText, false).toEpochDay();
        long to = "*".equals(toText) ? Long.MAX_VALUE : parseDay(toText, true).toEpochDay();
        return LongField.newRangeQuery(Fields.DATE, from, to);
      } catch (QuerySyntaxException e) {
        ParseException pe = new ParseException(e.getMessage());
        pe.initCause(e);
        throw pe;
      }
    }

    private Query sourceQuery(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals(text)) {
        return KeywordField.newExactQuery(Fields.SOURCE, text);
      }
      return anyOf(
          List.of(
              KeywordField.newExactQuery(Fields.SOURCE, text),
              KeywordField.newExactQuery(Fields.SOURCE, lower)));
    }
  }

  @FunctionalInterface
  private interface MultiTermFactory {
    Query make(String field, String term) throws ParseException;
  }

  private record WeightedField(String name, float weight) {}
}
