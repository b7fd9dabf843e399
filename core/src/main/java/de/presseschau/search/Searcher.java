package de.presseschau.search;

import de.presseschau.extract.Extractor;
import de.presseschau.index.Fields;
import de.presseschau.index.IndexedArticle;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QueryParser;
import de.presseschau.query.QueryRewrite;
import de.presseschau.query.QuerySyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The search path over one point-in-time view of the index: parse → query → collect → highlight.
 * Printing is the caller's.
 *
 * <p>Stateless apart from its collaborators; safe to share between threads.
 */
public final class Searcher {

  /**
   * Matches are counted exactly up to this many; beyond, the total is a lower bound and Lucene
   * may skip documents that cannot enter the top hits (block-max WAND / MAXSCORE).
   */
  public static final int EXACT_TOTAL_UP_TO = 1000;
  private static final Sort BY_DATE =
      new Sort(
          LongField.newSortField(Fields.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
          SortField.FIELD_SCORE);

  /** More name filters than this are refused (each is a clause; Lucene allows 1,024 in all). */
  public static final int MAX_NAME_FILTERS = 100;

  private final Analyzer analyzer;
  private final QueryParser parser = new QueryParser();
  private final QueryRewrite rewrite;
  private final LuceneQueries lucene;

  private final SearchDeadline deadline = new SearchDeadline();
  private final long timeLimitNanos;

  /** A searcher without a time limit. */
  public Searcher(Analyzer analyzer, RankingOptions ranking) {
    this(analyzer, ranking, java.time.Duration.ofDays(365));
  }

  /**
   * @param timeLimit how long one search may run on an index searcher prepared with {@link
   *     #prepare}; then it returns what it found, flagged partial
   */
  public Searcher(Analyzer analyzer, RankingOptions ranking, java.time.Duration timeLimit) {
    this.timeLimitNanos = timeLimit.toNanos();
    this.analyzer = analyzer;
    this.lucene = new LuceneQueries(analyzer, ranking);
    float wordWeight = ranking.wholeBoost() > 0 ? ranking.wholeBoost() : ranking.bodyBoost();
    this.rewrite =
        new QueryRewrite(
            new QueryRewrite.Options(
                ranking.proximityBoost(), ranking.proximitySlop(), ranking.joinWords(), ranking.typoTolerance(),
                wordWeight),
            lucene::isStopWord);
  }

  /**
   * The request as one model query: the parsed text with its ranking clauses, and the filters.
   * What a backend renders.
   */
  public QueryNode model(SearchRequest request) throws QuerySyntaxException {
    return model(request, value -> false);
  }

  /**
   * As {@link #model(SearchRequest)}, where {@code stored} says which location filter values the
   * index stores as they are written: those need no look-up of the place's other names.
   */
  private QueryNode model(SearchRequest request, Predicate<String> stored) throws QuerySyntaxException {
    if (request.speakers().size() + request.locations().size() > MAX_NAME_FILTERS) {
      throw new QuerySyntaxException("at most " + MAX_NAME_FILTERS + " speaker and location filters together");
    }
    QueryNode main = rewrite.rewrite(parser.parse(request.query(), request.mode()));
    List<QueryNode.Clause> filters = new ArrayList<>();
    // A name matches as a phrase of its words: "Stoltenberg" finds "Jens Stoltenberg".
    for (String speaker : request.speakers()) {
      filters.add(new QueryNode.Clause(QueryNode.Occur.FILTER, new QueryNode.Phrase(QueryNode.Scope.SPEAKER, speaker, 0)));
    }
    // A place matches by the value the index stores for it too, however it is written here
    // ("Tokyo" finds "Tokio", "Kyiv" finds "Kiew"); the gazetteer is read only for such a filter.
    for (String location : request.locations()) {
      QueryNode.Phrase asGiven = new QueryNode.Phrase(QueryNode.Scope.LOCATION, location, 0);
      String canonical = stored.test(location) ? location : Extractor.load().canonicalPlace(location);
      QueryNode place = canonical.equals(location) ? asGiven : new QueryNode.Bool(List.of(
          new QueryNode.Clause(QueryNode.Occur.SHOULD, asGiven),
          new QueryNode.Clause(QueryNode.Occur.SHOULD, new QueryNode.Phrase(QueryNode.Scope.LOCATION, canonical, 0))));
      filters.add(new QueryNode.Clause(QueryNode.Occur.FILTER, place));
    }
    if (request.from() != null || request.to() != null) {
      filters.add(new QueryNode.Clause(QueryNode.Occur.FILTER, new QueryNode.DateRange(request.from(), request.to())));
    }
    if (filters.isEmpty()) {
      return main;
    }
    List<QueryNode.Clause> all = new ArrayList<>();
    all.add(new QueryNode.Clause(main instanceof QueryNode.All ? QueryNode.Occur.FILTER : QueryNode.Occur.MUST, main));
    all.addAll(filters);
    return new QueryNode.Bool(all);
  }

  private static QuerySyntaxException tooManyTerms() {
    return new QuerySyntaxException("the query expands to too many terms; make it shorter or more specific");
  }

  /**
   * Whether the index holds the value as a place's facet value, exactly as written (a value taken
   * from the facets): then the filter needs no gazetteer, which costs a cold process ~0.3 s.
   */
  private static boolean storedLocation(IndexSearcher searcher, String value) {
    try {
      return searcher.getIndexReader().docFreq(new Term(Fields.LOCATION, value)) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Makes an index searcher keep this searcher's time limit (call once, when it is made). */
  public void prepare(IndexSearcher searcher) {
    searcher.setTimeout(deadline);
  }

  /** Runs the request against the given searcher. */
  public SearchResult search(IndexSearcher searcher, SearchRequest request)
      throws IOException, QuerySyntaxException {
    SearchResult r;
    boolean stopped;
    deadline.start(timeLimitNanos);
    try {
      r = run(searcher, request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    } finally {
      stopped = deadline.finish();
    }
    return stopped ? new SearchResult(r.query(), r.total(), false, r.hits(), r.facets(), null, true) : r;
  }

  private SearchResult run(IndexSearcher searcher, SearchRequest request)
      throws IOException, QuerySyntaxException {
    QueryNode model = model(request, value -> storedLocation(searcher, value));
    Query query = lucene.render(model);

    // The hits before the offset are collected and passed over; at least one is collected for
    // the total (Lucene's collectors need one).
    int n = request.offset() + request.limit();
    int collect = Math.max(n, 1);
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
      top = searcher.search(query, new TopFieldCollectorManager(BY_DATE, collect, null, Math.max(n, EXACT_TOTAL_UP_TO)));
    } else {
      top = searcher.search(query, new TopScoreDocCollectorManager(collect, null, Math.max(n, EXACT_TOTAL_UP_TO)));
    }

    List<Hit> hits = hits(searcher, query, top, request);
    FacetCounts counts = facets == null ? FacetCounts.none() : facetCounts(searcher, facets, request.facetLimit());
    String suggestion =
        top.totalHits.value() == 0 && !request.query().isBlank()
            ? Suggestions.suggest(searcher.getIndexReader(), request.query(), model)
            : null;
    boolean exact = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
    return new SearchResult(request.query(), top.totalHits.value(), exact, hits, counts, suggestion);
  }

  /** How many articles match the request, counted exactly. */
  public long count(IndexSearcher searcher, SearchRequest request) throws IOException, QuerySyntaxException {
    try {
      return searcher.count(lucene.render(model(request, value -> storedLocation(searcher, value))));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms();
    }
  }

  private List<Hit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request)
      throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(all.length, request.offset() + request.limit());
    ScoreDoc[] docs = java.util.Arrays.copyOfRange(all, from, to);
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
            searcher, analyzer, Fields.BODY, SnippetHighlighter.forField(query, Fields.BODY), ids, request.snippets(),
            bodies::get);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      IndexedArticle a = articles[i];
      hits.add(
          new Hit(
              request.offset() + i + 1,
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

  private static FacetCounts facetCounts(IndexSearcher searcher, FacetsCollector fc, int limit)
      throws IOException {
    // Speakers and places are counted a few more than shown, so that variants of one person or
    // place below the cut can join the value they belong to.
    return new FacetCounts(
        NameVariants.merge(counts(searcher, fc, Fields.SPEAKER, limit * 3), limit),
        NameVariants.mergeSpellings(counts(searcher, fc, Fields.LOCATION, limit * 3), limit),
        counts(searcher, fc, Fields.YEAR, limit));
  }

  private static List<FacetCounts.Count> counts(IndexSearcher searcher, FacetsCollector fc, String field, int limit)
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
    FacetResult result = new StringValueFacetCounts(state, fc).getTopChildren(limit, field);
    List<FacetCounts.Count> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new FacetCounts.Count(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }
}
