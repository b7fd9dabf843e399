package de.presseschau.query;

import de.presseschau.query.QueryNode.Bool;
import de.presseschau.query.QueryNode.Clause;
import de.presseschau.query.QueryNode.Occur;
import de.presseschau.query.QueryNode.Scope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BoostQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.SlopQueryNode;
import org.apache.lucene.queryparser.flexible.core.util.UnescapedCharSequence;
import org.apache.lucene.queryparser.flexible.standard.nodes.RegexpQueryNode;
import org.apache.lucene.queryparser.flexible.standard.nodes.TermRangeQueryNode;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.apache.lucene.search.FuzzyQuery;

/**
 * Parse stage of the search path: query text → {@link QueryNode}. Lucene's standard syntax
 * (words, "phrases", AND/OR/NOT, +/-, groups, {@code field:}, ranges, {@code *}/{@code ?}, {@code
 * ~}, {@code ^}), read by Lucene's own syntax parser; field names resolved in one place ({@code
 * QueryField}); natural text that is not deliberate syntax is searched as words (see {@code
 * LenientSyntax}). Every error is one line for the user, with a 1-based column where there is one.
 *
 * <p>Stateless and thread-safe (Lucene's parser is made per call: it is not thread-safe).
 */
public final class QueryParser {

  /** Longer queries are refused: nobody types them, and their cost grows with their length. */
  public static final int MAX_LENGTH = 10_000;
  /** More words than this in one query are refused (each becomes several clauses). */
  public static final int MAX_WORDS = 150;
  /** Larger phrase slops are capped: beyond this a phrase is no longer one. */
  public static final int MAX_SLOP = 50;

  /** A query in the given mode; blank text matches every article. */
  public QueryNode parse(String text, QueryMode mode) throws QuerySyntaxException {
    if (text.length() > MAX_LENGTH) {
      throw new QuerySyntaxException(
          "the query is " + text.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
    }
    if (text.isBlank() || (mode == QueryMode.SYNTAX && text.strip().equals("*"))) {
      return new QueryNode.All();
    }
    QueryNode q = mode == QueryMode.PLAIN ? words(text) : syntax(text);
    int words = countWords(q);
    if (words > MAX_WORDS) {
      throw new QuerySyntaxException(
          "the query has " + words + " words; at most " + MAX_WORDS + " are searched together");
    }
    return q;
  }

  /** Plain mode: every whitespace-separated word, any of them. */
  private static QueryNode words(String text) {
    List<Clause> clauses = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      clauses.add(new Clause(Occur.SHOULD, new QueryNode.Term(Scope.TEXT, w)));
    }
    return simplify(clauses);
  }

  private QueryNode syntax(String text) throws QuerySyntaxException {
    LenientSyntax.Prepared prepared = LenientSyntax.prepare(text);
    org.apache.lucene.queryparser.flexible.core.nodes.QueryNode tree;
    try {
      tree = new StandardSyntaxParser().parse(prepared.text(), "");
    } catch (ParseException e) {
      throw new QuerySyntaxException(describe(e, prepared));
    } catch (QueryNodeParseException e) {
      throw new QuerySyntaxException("cannot read the query (put words with special characters in quotes)");
    } catch (NumberFormatException e) {
      // Lucene's parser reads "~N" and "^N" with Integer/Float.parse* and lets their errors out.
      throw new QuerySyntaxException("a number after ~ or ^ is too large");
    }
    return new Converter(prepared).convert(tree);
  }

  private static String describe(ParseException e, LenientSyntax.Prepared prepared) {
    var token = e.currentToken == null ? null : e.currentToken.next;
    if (token == null) {
      return "cannot read the query (put words with special characters in quotes)";
    }
    if (token.kind == 0) { // end of input
      return "the query ends too early, after '" + e.currentToken.image + "'";
    }
    return "unexpected '" + token.image + "' at column " + prepared.column(token.beginColumn)
        + " (put words with special characters in quotes)";
  }

  /** Lucene's syntax tree → the model, checking fields and values on the way. */
  private static final class Converter {
    private final LenientSyntax.Prepared prepared;

    Converter(LenientSyntax.Prepared prepared) {
      this.prepared = prepared;
    }

    QueryNode convert(org.apache.lucene.queryparser.flexible.core.nodes.QueryNode node)
        throws QuerySyntaxException {
      if (node instanceof GroupQueryNode g) {
        return convert(g.getChild());
      }
      if (node instanceof BoostQueryNode b) {
        QueryNode inner = convert(b.getChild());
        return b.getValue() == 1f ? inner : new QueryNode.Boosted(inner, b.getValue());
      }
      if (node instanceof ModifierQueryNode m) {
        return simplify(List.of(clause(m, Occur.SHOULD)));
      }
      if (node instanceof AndQueryNode a) {
        return bool(a.getChildren(), Occur.MUST);
      }
      if (node instanceof OrQueryNode o) {
        return bool(o.getChildren(), Occur.SHOULD);
      }
      if (node instanceof BooleanQueryNode b) {
        return bool(b.getChildren(), Occur.SHOULD);
      }
      if (node instanceof SlopQueryNode s && s.getChild() instanceof QuotedFieldQueryNode q) {
        return phrase(q, Math.min(s.getValue(), MAX_SLOP));
      }
      if (node instanceof QuotedFieldQueryNode q) {
        return phrase(q, 0);
      }
      if (node instanceof FuzzyQueryNode f) {
        return fuzzy(f);
      }
      if (node instanceof FieldQueryNode f) {
        return term(f);
      }
      if (node instanceof RegexpQueryNode r) {
        Scope scope = wordScope(field(r.getField(), 0), "a /pattern/");
        return new QueryNode.Regexp(scope, r.getText().toString());
      }
      if (node instanceof TermRangeQueryNode r) {
        return range(r);
      }
      throw new QuerySyntaxException(
          "this query syntax is not supported here (" + node.getClass().getSimpleName().replace("QueryNode", "")
              .replace("Node", "") + ")");
    }

    private QueryNode bool(
        List<org.apache.lucene.queryparser.flexible.core.nodes.QueryNode> children, Occur occur)
        throws QuerySyntaxException {
      List<Clause> clauses = new ArrayList<>(children.size());
      for (var child : children) {
        clauses.add(clause(child, occur));
      }
      return simplify(clauses);
    }

    private Clause clause(org.apache.lucene.queryparser.flexible.core.nodes.QueryNode node, Occur occur)
        throws QuerySyntaxException {
      if (node instanceof ModifierQueryNode m) {
        Occur o =
            switch (m.getModifier()) {
              case MOD_REQ -> Occur.MUST;
              case MOD_NOT -> Occur.MUST_NOT;
              case MOD_NONE -> occur;
            };
        return new Clause(o, convert(m.getChild()));
      }
      return new Clause(occur, convert(node));
    }

    private QueryNode phrase(QuotedFieldQueryNode q, int slop) throws QuerySyntaxException {
      QueryField f = field(q.getField(), q.getBegin());
      String text = q.getTextAsString();
      if (f == QueryField.DATE || f == QueryField.YEAR) {
        return days(f, text, q.getBegin());
      }
      Scope scope = f == null ? Scope.TEXT : f.scope();
      if (scope == Scope.SOURCE || scope == Scope.ID) {
        return new QueryNode.Term(scope, text);
      }
      return new QueryNode.Phrase(scope, text, slop);
    }

    private QueryNode fuzzy(FuzzyQueryNode f) throws QuerySyntaxException {
      Scope scope = wordScope(field(f.getField(), f.getBegin()), "~");
      String text = f.getTextAsString();
      float similarity = f.getSimilarity();
      int edits =
          similarity < 1f
              ? FuzzyQuery.floatToEdits(similarity, text.codePointCount(0, text.length()))
              : (int) similarity;
      // At most what the word's length bears (Elasticsearch's AUTO): "Wien~2" would match most
      // of an archive ("wie", "in", "den"…), so short words go one letter off at most.
      return new QueryNode.Fuzzy(scope, text, Math.min(edits, maxEdits(text)));
    }

    private QueryNode term(FieldQueryNode node) throws QuerySyntaxException {
      CharSequence raw = node.getText();
      String text = raw.toString();
      if ("*".equals(node.getFieldAsString()) && "*".equals(text)) {
        return new QueryNode.All();
      }
      QueryField f = field(node.getField(), node.getBegin());
      if (f == QueryField.DATE || f == QueryField.YEAR) {
        return days(f, text, node.getBegin());
      }
      Scope scope = f == null ? Scope.TEXT : f.scope();
      String pattern = wildcardPattern(raw);
      if ("*".equals(pattern)) {
        return new QueryNode.All(); // titel:* – any value
      }
      if (pattern != null) {
        if (pattern.endsWith("*") && pattern.indexOf('*') == pattern.length() - 1
            && pattern.indexOf('?') < 0 && pattern.indexOf('\\') < 0) {
          return new QueryNode.Prefix(scope, pattern.substring(0, pattern.length() - 1));
        }
        return new QueryNode.Wildcard(scope, pattern);
      }
      // Names match as a phrase of their words: "sprecher:Stoltenberg" finds "Jens Stoltenberg".
      if (scope == Scope.SPEAKER || scope == Scope.LOCATION) {
        return new QueryNode.Phrase(scope, text, 0);
      }
      return new QueryNode.Term(scope, text);
    }

    /** The wildcard pattern of a word with unescaped * or ?, escaped ones kept literal; or null. */
    private static String wildcardPattern(CharSequence text) {
      boolean any = false;
      StringBuilder p = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean escaped = text instanceof UnescapedCharSequence u && u.wasEscaped(i);
        if (c == '*' || c == '?' || c == '\\') {
          if (escaped || c == '\\') {
            p.append('\\');
          } else {
            any = true;
          }
        }
        p.append(c);
      }
      return any ? p.toString() : null;
    }

    private QueryNode range(TermRangeQueryNode r) throws QuerySyntaxException {
      FieldQueryNode lower = r.getLowerBound();
      FieldQueryNode upper = r.getUpperBound();
      QueryField f = field(r.getField(), lower.getBegin());
      if (f != QueryField.DATE && f != QueryField.YEAR) {
        throw new QuerySyntaxException(
            "a range works on datum or jahr, e.g. datum:[2023-01-01 TO 2023-06-30] (column "
                + prepared.column(lower.getBegin()) + ")");
      }
      LocalDate from = bound(f, lower, false, r.isLowerInclusive());
      LocalDate to = bound(f, upper, true, r.isUpperInclusive());
      if (from == null && to == null) {
        return new QueryNode.All();
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new QuerySyntaxException(
            "the range starts after it ends: " + lower.getTextAsString() + " is later than "
                + upper.getTextAsString() + " (column " + prepared.column(lower.getBegin()) + ")");
      }
      return new QueryNode.DateRange(from, to);
    }

    private LocalDate bound(QueryField f, FieldQueryNode b, boolean end, boolean inclusive)
        throws QuerySyntaxException {
      String text = b.getTextAsString();
      if (text.equals("*") || text.isEmpty()) {
        return null;
      }
      check(f, text, b.getBegin());
      // An exclusive bound leaves out the whole day, month or year it names.
      return inclusive ? parseDay(text, end, column(b.getBegin())) : parseDay(text, !end, column(b.getBegin()))
          .plusDays(end ? -1 : 1);
    }

    private QueryNode days(QueryField f, String text, int begin) throws QuerySyntaxException {
      check(f, text, begin);
      return new QueryNode.DateRange(parseDay(text, false, column(begin)), parseDay(text, true, column(begin)));
    }

    private void check(QueryField f, String text, int begin) throws QuerySyntaxException {
      if (f == QueryField.YEAR && !text.strip().matches("\\d{4}")) {
        throw new QuerySyntaxException(
            "not a year: '" + text + "' at column " + column(begin) + " (use four digits, e.g. jahr:2023)");
      }
    }

    private int column(int begin) {
      return prepared.column(begin);
    }

    /** The field named, or null for none; an unknown name is an error. */
    private QueryField field(CharSequence name, int begin) throws QuerySyntaxException {
      if (name == null || name.isEmpty()) {
        return null;
      }
      return QueryField.named(name)
          .orElseThrow(
              () -> new QuerySyntaxException(
                  "unknown field '" + name + ":' at column " + column(begin) + " (known: " + QueryField.KNOWN + ")"));
    }

    private static Scope wordScope(QueryField f, String what) throws QuerySyntaxException {
      if (f == QueryField.DATE || f == QueryField.YEAR) {
        throw new QuerySyntaxException(what + " works on words, not on " + f.germanName() + ":");
      }
      return f == null ? Scope.TEXT : f.scope();
    }
  }

  /** Edits a word of this length bears: none up to 2 letters, 1 up to 5, else 2. */
  static int maxEdits(String word) {
    int n = word.codePointCount(0, word.length());
    return n <= 2 ? 0 : n <= 5 ? 1 : 2;
  }

  /** One clause that must or may match is the clause itself; only MUST_NOT needs a group. */
  private static QueryNode simplify(List<Clause> clauses) {
    if (clauses.size() == 1 && clauses.getFirst().occur() != Occur.MUST_NOT) {
      return clauses.getFirst().node();
    }
    if (clauses.stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
      // "-China": every article but those; Lucene alone would find nothing.
      List<Clause> withAll = new ArrayList<>(clauses.size() + 1);
      withAll.add(new Clause(Occur.FILTER, new QueryNode.All()));
      withAll.addAll(clauses);
      return new Bool(withAll);
    }
    return new Bool(clauses);
  }

  private static int countWords(QueryNode q) {
    return switch (q) {
      case QueryNode.Bool b -> b.clauses().stream().mapToInt(c -> countWords(c.node())).sum();
      case QueryNode.Boosted b -> countWords(b.node());
      case QueryNode.Phrase p -> p.text().strip().isEmpty() ? 0 : p.text().strip().split("\\s+").length;
      case QueryNode.All a -> 0;
      case QueryNode.DateRange d -> 0;
      default -> 1;
    };
  }

  /**
   * A day, a month ("2023-01") or a year ("2023") to the first or last day it covers.
   *
   * @param column where the text stands in the query (1-based), or 0 when it is not from a query
   */
  public static LocalDate parseDay(String text, boolean end, int column) throws QuerySyntaxException {
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
          "not a date: '" + text + "'" + (column > 0 ? " at column " + column : "")
              + " (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }
}
