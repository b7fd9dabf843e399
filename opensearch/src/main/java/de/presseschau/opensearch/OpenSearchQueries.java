package de.presseschau.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.presseschau.index.Fields;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QueryNode.Scope;
import de.presseschau.analysis.Analyzers;
import de.presseschau.search.FieldWeight;
import de.presseschau.search.RankingOptions;
import de.presseschau.search.UnknownWordQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Renders the query model to OpenSearch's query DSL, clause for clause as the embedded backend
 * renders it to Lucene: {@code match} where the embedded side analyses words per field (the
 * node analyses them with the plugin's analyzers, so the Lucene query it builds is the same),
 * {@code match_phrase} with the whole-word analyzer for phrases on title and body, the same
 * field weights, and nodes that analyse to nothing (stop words only) left out rather than
 * matching nothing. The analysis needed to decide that runs here, with the same analyzers.
 *
 * <p>Thread-safe.
 */
final class OpenSearchQueries {

  /** Fuzzy words expand to at most this many index words (as embedded). */
  private static final int FUZZY_EXPANSIONS = 50;

  private final ObjectMapper json;
  private final Analyzer analyzer;
  private final RankingOptions ranking;

  OpenSearchQueries(ObjectMapper json, Analyzer analyzer, RankingOptions ranking) {
    this.json = json;
    this.analyzer = analyzer;
    this.ranking = ranking;
  }

  /**
   * The DSL query of a model query.
   *
   * @param knownWords the whole words of the query's {@link QueryNode.Typo} nodes that the index
   *     holds (they need no correction); see {@link #typoWords}
   */
  ObjectNode render(QueryNode node, Set<String> knownWords) {
    ObjectNode q = renderOrNull(node, knownWords);
    return q == null ? matchNone() : q;
  }

  /** The analysed words of the query's typo-tolerant words, to be looked up in the index. */
  Set<String> typoWords(QueryNode node) {
    Set<String> out = new LinkedHashSet<>();
    collectTypos(node, out);
    return out;
  }

  private void collectTypos(QueryNode node, Set<String> out) {
    switch (node) {
      case QueryNode.Typo t -> {
        List<String> words = analyse(Fields.WHOLE, t.text());
        if (words.size() == 1 && UnknownWordQuery.maxEdits(words.getFirst()) > 0) {
          out.add(words.getFirst());
        }
      }
      case QueryNode.Boosted b -> collectTypos(b.node(), out);
      case QueryNode.Bool b -> b.clauses().forEach(c -> collectTypos(c.node(), out));
      default -> {}
    }
  }

  private ObjectNode renderOrNull(QueryNode node, Set<String> known) {
    return switch (node) {
      case QueryNode.All a -> leaf("match_all");
      case QueryNode.Term t -> term(t);
      case QueryNode.Phrase p -> perField(p.scope(), (f, boost) -> phrase(f, p.text(), p.slop(), boost));
      case QueryNode.Prefix p -> perField(p.scope(), (f, boost) -> pattern("prefix", f, normalise(f, p.text()), boost));
      case QueryNode.Wildcard w -> perField(w.scope(), (f, boost) -> pattern("wildcard", f, normalise(f, w.pattern()), boost));
      case QueryNode.Regexp r -> perField(r.scope(), (f, boost) -> pattern("regexp", f, normalise(f, r.pattern()), boost));
      case QueryNode.Fuzzy z -> perField(z.scope(), (f, boost) -> {
        ObjectNode o = fieldQuery(boost);
        o.put("value", normalise(f, z.text()));
        o.put("fuzziness", Integer.toString(z.maxEdits()));
        o.put("prefix_length", 0);
        o.put("max_expansions", FUZZY_EXPANSIONS);
        o.put("transpositions", true);
        return wrap("fuzzy", f, o);
      });
      case QueryNode.Typo t -> typo(t, known);
      case QueryNode.DateRange d -> {
        ObjectNode range = json.createObjectNode();
        ObjectNode r = range.putObject("range").putObject(Fields.DATE);
        if (d.from() != null) {
          r.put("gte", d.from().toString());
        }
        if (d.to() != null) {
          r.put("lte", d.to().toString());
        }
        yield range;
      }
      case QueryNode.Boosted b -> {
        ObjectNode inner = renderOrNull(b.node(), known);
        if (inner == null) {
          yield null;
        }
        ObjectNode boosted = json.createObjectNode();
        ObjectNode bool = boosted.putObject("bool");
        bool.putArray("must").add(inner);
        bool.put("boost", b.boost());
        yield boosted;
      }
      case QueryNode.Bool b -> bool(b, known);
    };
  }

  private ObjectNode bool(QueryNode.Bool b, Set<String> known) {
    ObjectNode out = json.createObjectNode();
    ObjectNode bool = out.putObject("bool");
    int n = 0;
    boolean positive = false;
    for (QueryNode.Clause c : b.clauses()) {
      ObjectNode q = renderOrNull(c.node(), known);
      if (q == null) {
        continue;
      }
      String occur =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case MUST_NOT -> "must_not";
            case FILTER -> "filter";
          };
      positive |= c.occur() != QueryNode.Occur.MUST_NOT;
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(q);
      n++;
    }
    if (n == 0) {
      return null;
    }
    // As in Lucene: excluded words alone match nothing (OpenSearch would match everything else).
    return positive ? out : matchNone();
  }

  private ObjectNode term(QueryNode.Term t) {
    return switch (t.scope()) {
      case ID -> exact(Fields.ID, t.text());
      case SOURCE -> source(t.text());
      case WORDS -> wholeWords(t.text());
      default -> perField(t.scope(), (f, boost) -> {
        if (analyse(f, t.text()).isEmpty()) {
          return null;
        }
        ObjectNode o = fieldQuery(boost);
        o.put("query", t.text());
        return wrap("match", f, o);
      });
    };
  }

  private ObjectNode phrase(String field, String text, int slop, float boost) {
    // Phrases on title and body are analysed as whole words (see LuceneQueries.WholeWordPhrases).
    boolean wholeWords = field.equals(Fields.TITLE) || field.equals(Fields.BODY);
    if (analyse(wholeWords ? Fields.WHOLE : field, text).isEmpty()) {
      return null;
    }
    ObjectNode o = fieldQuery(boost);
    o.put("query", text);
    if (slop > 0) {
      o.put("slop", slop);
    }
    if (wholeWords) {
      o.put("analyzer", IndexMapping.WHOLE);
    }
    return wrap("match_phrase", field, o);
  }

  private ObjectNode wholeWords(String text) {
    List<String> words = analyse(Fields.WHOLE, text);
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      return exact(wordField(), words.getFirst());
    }
    ObjectNode out = json.createObjectNode();
    ArrayNode should = out.putObject("bool").putArray("should");
    words.forEach(w -> should.add(exact(wordField(), w)));
    return out;
  }

  private ObjectNode typo(QueryNode.Typo t, Set<String> known) {
    List<String> words = analyse(Fields.WHOLE, t.text());
    if (words.size() != 1) {
      return null;
    }
    String word = words.getFirst();
    int edits = UnknownWordQuery.maxEdits(word);
    if (edits == 0) {
      return null;
    }
    if (known.contains(word)) {
      return matchNone(); // a known word: matched as it is by the rest of the query
    }
    ObjectNode o = fieldQuery(1f);
    o.put("value", word);
    o.put("fuzziness", Integer.toString(edits));
    o.put("prefix_length", UnknownWordQuery.PREFIX);
    o.put("max_expansions", UnknownWordQuery.MAX_EXPANSIONS);
    o.put("transpositions", true);
    return wrap("fuzzy", wordField(), o);
  }

  private ObjectNode source(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals(text)) {
      return exact(Fields.SOURCE, text);
    }
    ObjectNode out = json.createObjectNode();
    ArrayNode should = out.putObject("bool").putArray("should");
    should.add(exact(Fields.SOURCE, text));
    should.add(exact(Fields.SOURCE, lower));
    return out;
  }

  private ObjectNode pattern(String kind, String field, String value, float boost) {
    ObjectNode o = fieldQuery(boost);
    o.put("value", value);
    return wrap(kind, field, o);
  }

  /** The query on each field of the scope, weighted; null when no field has one. */
  private ObjectNode perField(Scope scope, FieldQuery make) {
    List<ObjectNode> parts = new ArrayList<>(3);
    for (FieldWeight w : FieldWeight.of(scope, ranking)) {
      ObjectNode q = make.on(w.field(), w.weight());
      if (q != null) {
        parts.add(q);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    ObjectNode out = json.createObjectNode();
    ArrayNode should = out.putObject("bool").putArray("should");
    parts.forEach(should::add);
    return out;
  }

  private String wordField() {
    return FieldWeight.wordField(ranking);
  }

  private ObjectNode exact(String field, String value) {
    ObjectNode o = json.createObjectNode();
    o.putObject("term").put(field, value);
    return o;
  }

  /** The parameters of a field query, with its boost when it has one. */
  private ObjectNode fieldQuery(float boost) {
    ObjectNode o = json.createObjectNode();
    if (boost != 1f) {
      o.put("boost", boost);
    }
    return o;
  }

  private ObjectNode wrap(String kind, String field, ObjectNode params) {
    ObjectNode out = json.createObjectNode();
    out.putObject(kind).set(field, params);
    return out;
  }

  private ObjectNode leaf(String kind) {
    ObjectNode o = json.createObjectNode();
    o.putObject(kind);
    return o;
  }

  private ObjectNode matchNone() {
    return leaf("match_none");
  }

  /** Lower-cased and folded like the field's words, but not stemmed: for patterns. */
  private String normalise(String field, String text) {
    if (field.equals(Fields.ID) || field.equals(Fields.SOURCE)) {
      return text;
    }
    return analyzer.normalize(field, text).utf8ToString();
  }

  private List<String> analyse(String field, String text) {
    return Analyzers.terms(analyzer, field, text);
  }

  @FunctionalInterface
  private interface FieldQuery {
    ObjectNode on(String field, float boost);
  }

}
