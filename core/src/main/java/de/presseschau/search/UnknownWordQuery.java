package de.presseschau.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query word that no article contains, matched with a typo or two ("Hauptsatd" →
 * "Hauptstadt", "Bareclona" → "Barcelona"). Words that occur in the index match nothing here: they
 * are matched as they are by the rest of the query. Deciding at rewrite time, against the index
 * searched, keeps the fuzzy search off the common path; building the edit-distance automata is
 * what it costs (about 0.5 ms a query on GermanQuAD questions).
 */
public final class UnknownWordQuery extends Query {

  /** Words this short are never corrected: too many neighbours. */
  static final int MIN_LENGTH = 4;
  /** Leading letters taken as typed (the first two are rarely the typo; cheaper expansion). */
  public static final int PREFIX = 2;
  /** Index words one unknown word may expand to. */
  public static final int MAX_EXPANSIONS = 10;

  private final Term term;

  UnknownWordQuery(Term term) {
    this.term = Objects.requireNonNull(term);
  }

  /** One edit for words up to 7 letters, two above (cf. Elasticsearch's "AUTO" fuzziness). */
  public static int maxEdits(String word) {
    int n = word.codePointCount(0, word.length());
    return n < MIN_LENGTH ? 0 : n <= 7 ? 1 : 2;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    int edits = maxEdits(term.text());
    if (edits == 0 || searcher.getIndexReader().docFreq(term) > 0) {
      return new MatchNoDocsQuery("known word");
    }
    // The first two letters are rarely the typo, and fixing them keeps the expansion cheaper.
    return new FuzzyQuery(term, edits, PREFIX, MAX_EXPANSIONS, true);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(term.field())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "unknown(" + term + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && term.equals(((UnknownWordQuery) o).term);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + term.hashCode();
  }
}
