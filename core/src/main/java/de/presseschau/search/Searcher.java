package de.presseschau.search;

import de.presseschau.index.Fields;
import de.presseschau.index.IndexedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;

/**
 * The search path over one point-in-time view of the index: parse → query → collect → highlight.
 * Printing is the caller's.
 *
 * <p>Stateless apart from its collaborators; safe to share between threads.
 */
public final class Searcher {

  private static final int FACET_VALUES = 10;
  /**
   * Matches are counted exactly up to this many; beyond, the total is a lower bound and Lucene
   * may skip documents that cannot enter the top hits (block-max WAND / MAXSCORE).
   */
  public static final int EXACT_TOTAL_UP_TO = 1000;
  private static final Sort BY_DATE =
      new Sort(
          LongField.newSortField(Fields.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
          SortField.FIELD_SCORE);

  private final Analyzer analyzer;
  private final QueryParsing parsing;

  public Searcher(Analyzer analyzer, RankingOptions ranking) {
    this.analyzer = analyzer;
    this.parsing = new QueryParsing(analyzer, ranking);
  }

  /** Runs the request against the given searcher. */
  public SearchResult search(IndexSearcher searcher, SearchRequest request)
      throws IOException, QuerySyntaxException {
    Query query = withFilters(parsing.parse(request.query(), request.mode()), request);

    int n = request.limit();
    TopDocs top;
    FacetsCollector facets = null;
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r =
          request.sort() == SortOrder.DATE
              ? FacetsCollectorManager.search(searcher, query, n, BY_DATE, new FacetsCollectorManager())
              : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
      top = r.topDocs();
      facets = r.facetsCollector();
    } else if (request.sort() == SortOrder.DATE) {
      top = searcher.search(query, new TopFieldCollectorManager(BY_DATE, n, null, Math.max(n, EXACT_TOTAL_UP_TO)));
    } else {
      top = searcher.search(query, new TopScoreDocCollectorManager(n, null, Math.max(n, EXACT_TOTAL_UP_TO)));
    }

    List<Hit> hits = hits(searcher, query, top, request);
    FacetCounts counts = facets == null ? FacetCounts.none() : facetCounts(searcher, facets);
    String suggestion =
        top.totalHits.value() == 0 && !request.query().isBlank()
            ? Suggestions.suggest(searcher.getIndexReader(), request.query())
            : null;
    boolean exact = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
    return new SearchResult(request.query(), top.totalHits.value(), exact, hits, counts, suggestion);
  }

  private Query withFilters(Query main, SearchRequest request) {
    if (request.speakers().isEmpty()
        && request.locations().isEmpty()
        && request.from() == null
        && request.to() == null) {
      return main;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(main, main instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    QueryBuilder names = new QueryBuilder(analyzer);
    for (String speaker : request.speakers()) {
      b.add(nameQuery(names, Fields.SPEAKER_TEXT, speaker), BooleanClause.Occur.FILTER);
    }
    for (String location : request.locations()) {
      b.add(nameQuery(names, Fields.LOCATION_TEXT, location), BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongField.newRangeQuery(Fields.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** A name matches as a phrase of its words: "Stoltenberg" finds "Jens Stoltenberg". */
  private static Query nameQuery(QueryBuilder names, String field, String name) {
    Query q = names.createPhraseQuery(field, name);
    return q != null ? q : new org.apache.lucene.search.MatchNoDocsQuery("empty name");
  }

  private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request)
      throws IOException {
    ScoreDoc[] docs = top.scoreDocs;
    int[] ids = new int[docs.length];
    // Each hit's stored fields are read once: the highlighter takes the body from here.
    StoredFields stored = searcher.storedFields();
    IndexedArticle[] articles = new IndexedArticle[docs.length];
    java.util.Map<Integer, String> bodies = new java.util.HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      articles[i] = IndexedArticle.from(stored.document(ids[i]));
      bodies.put(ids[i], articles[i].text());
    }
    List<List<Snippet>> snippets =
        SnippetHighlighter.snippets(
            searcher, analyzer, Fields.BODY, QueryParsing.forField(query, Fields.BODY), ids, request.snippets(),
            bodies::get);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      IndexedArticle a = articles[i];
      hits.add(
          new Hit(
              i + 1,
              a.id(),
              docs[i].score,
              a.displayTitle(),
              a.date(),
              a.speakers(),
              a.locations(),
              a.source(),
              snippets.isEmpty() ? List.of() : snippets.get(i)));
    }
    return hits;
  }

  private static FacetCounts facetCounts(IndexSearcher searcher, FacetsCollector fc)
      throws IOException {
    return new FacetCounts(
        counts(searcher, fc, Fields.SPEAKER),
        counts(searcher, fc, Fields.LOCATION),
        counts(searcher, fc, Fields.YEAR));
  }

  private static List<FacetCounts.Count> counts(IndexSearcher searcher, FacetsCollector fc, String field)
      throws IOException {
    StringDocValuesReaderState state;
    if (searcher instanceof ArchiveSearcher archive) {
      java.util.Optional<StringDocValuesReaderState> kept = archive.facetState(field);
      if (kept.isEmpty()) {
        return List.of(); // no article has a value yet
      }
      state = kept.get();
    } else if (org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(field)
        == null) {
      return List.of();
    } else {
      state = new StringDocValuesReaderState(searcher.getIndexReader(), field);
    }
    FacetResult result = new StringValueFacetCounts(state, fc).getTopChildren(FACET_VALUES, field);
    List<FacetCounts.Count> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new FacetCounts.Count(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }
}
