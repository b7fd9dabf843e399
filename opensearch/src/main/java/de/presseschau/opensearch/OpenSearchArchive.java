package de.presseschau.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.presseschau.ArchiveConfig;
import de.presseschau.ArchiveException;
import de.presseschau.ArchiveStats;
import de.presseschau.NewsArchive;
import de.presseschau.analysis.Analyzers;
import de.presseschau.analysis.Decompounder;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.index.ArticleSink;
import de.presseschau.index.Fields;
import de.presseschau.index.FileIngest;
import de.presseschau.index.IndexSchema;
import de.presseschau.index.IndexedArticle;
import de.presseschau.query.QueryNode;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.read.Article;
import de.presseschau.search.FacetCounts;
import de.presseschau.search.Hit;
import de.presseschau.search.NameVariants;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import de.presseschau.search.Searcher;
import de.presseschau.search.Snippet;
import de.presseschau.search.SortOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * An archive in an index on an OpenSearch cluster. Reading, extraction and the query model are
 * the library's own, as for the embedded index: articles are extracted here and sent in bulk
 * (see {@link BulkWriter}); searches render the model with {@link OpenSearchQueries} and read
 * hits, snippets ({@code <mark>} highlighting of the body) and facets (terms aggregations, merged
 * as embedded) back into the same records. The cluster needs the presseschau-analysis plugin.
 *
 * <p>Differences from the embedded index: no "did you mean" suggestions; files are not tracked
 * for incremental indexing (every file given is read; articles replace those with the same id);
 * a rebuild drops the old index at its first write; added articles are visible to searches after
 * the cluster's refresh (a second) or a {@link #commit()}.
 *
 * <p>Thread-safe.
 */
final class OpenSearchArchive implements NewsArchive {

  /** Ids longer than this (in UTF-8) are hashed into the document id (OpenSearch allows 512). */
  private static final int MAX_DOC_ID_BYTES = 512;
  private static final int EXPORT_PAGE = 1_000;

  private final OpenSearchLocation location;
  private final ArchiveConfig config;
  private final ObjectMapper json = new ObjectMapper();
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchClient client;
  private final OpenSearchGenericClient generic;
  private final Searcher searcher;
  private final OpenSearchQueries queries;
  private final boolean create;

  // Guarded by this: made on the first write.
  private BulkWriter writer;
  private boolean indexReady;

  private OpenSearchArchive(OpenSearchLocation location, ArchiveConfig config, boolean create) {
    this.location = location;
    this.config = config;
    this.create = create;
    HttpHost host = new HttpHost(location.http().getScheme(), location.http().getHost(), location.http().getPort());
    this.transport = ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper(json)).build();
    this.client = new OpenSearchClient(transport);
    this.generic = client.generic();
    Analyzer analyzer = Analyzers.perField(config.analysis(), Decompounder.load());
    this.searcher = new Searcher(analyzer, config.ranking());
    this.queries = new OpenSearchQueries(json, analyzer, config.ranking());
  }

  /**
   * Connects and checks the cluster: reachable, the analysis plugin installed, an existing index
   * of this schema version.
   */
  static OpenSearchArchive open(OpenSearchLocation location, ArchiveConfig config, boolean create) {
    OpenSearchArchive archive = new OpenSearchArchive(location, config, create);
    try {
      archive.check();
    } catch (RuntimeException e) {
      archive.closeQuietly();
      throw e;
    }
    return archive;
  }

  private void check() {
    JsonNode plugins;
    try {
      plugins = call("GET", "/_cat/plugins?format=json", null);
    } catch (IOException e) {
      throw new ArchiveException(
          "cannot reach OpenSearch at " + location.http() + " (" + e.getMessage()
              + "); start a local node with: bin/opensearch-node start", e);
    }
    boolean plugin = false;
    for (JsonNode p : plugins) {
      plugin |= "presseschau-analysis".equals(p.path("component").asText());
    }
    if (!plugin) {
      throw new ArchiveException(
          "the OpenSearch cluster at " + location.http() + " lacks the presseschau-analysis plugin on some node; "
              + "install opensearch-plugin/target/presseschau-opensearch-plugin.zip with bin/opensearch-plugin "
              + "(bin/opensearch-node start does it for its node)");
    }
    if (!create && exists()) {
      try {
        JsonNode mapping = call("GET", "/" + location.index() + "/_mapping", null);
        String version = mapping.path(location.index()).path("mappings").path("_meta").path(IndexMapping.SCHEMA_META).asText(null);
        if (!IndexSchema.VERSION.equals(version)) {
          throw ArchiveException.Outdated.at(location.toString(), location.toString(), version);
        }
      } catch (IOException e) {
        throw new ArchiveException("cannot read the mapping of " + location + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public ArchiveConfig config() {
    return config;
  }

  @Override
  public boolean exists() {
    try (Response r = generic.execute(Requests.builder().method("HEAD").endpoint("/" + location.index()).build())) {
      return r.getStatus() == 200;
    } catch (IOException e) {
      throw new ArchiveException("cannot reach OpenSearch at " + location.http() + ": " + e.getMessage(), e);
    }
  }

  // ---- writing

  @Override
  public Extraction add(Article article) throws IOException {
    return FileIngest.addOne(Extractor.load(), sink(), article);
  }

  @Override
  public FileIngest.Report index(List<Path> paths, FileIngest.Options options, FileIngest.Listener listener)
      throws IOException {
    return FileIngest.run(Extractor.load(), sink(), null, create, null, paths, options, listener);
  }

  @Override
  public void commit() throws IOException {
    BulkWriter w;
    synchronized (this) {
      w = writer;
    }
    if (w != null) {
      w.flush();
      call("POST", "/" + location.index() + "/_refresh", null);
    }
  }

  @Override
  public void merge() throws IOException {
    commit();
    call("POST", "/" + location.index() + "/_forcemerge?max_num_segments=1", null);
  }

  /** The writer side, made on first use: the index (created or rebuilt), the bulk writer. */
  private synchronized ArticleSink sink() throws IOException {
    if (!indexReady) {
      if (create) {
        try (Response r = generic.execute(Requests.builder().method("DELETE").endpoint("/" + location.index()).build())) {
          if (r.getStatus() >= 400 && r.getStatus() != 404) {
            throw new IOException("cannot drop the old index " + location + ": HTTP " + r.getStatus());
          }
        }
      }
      if (!exists()) {
        try {
          call("PUT", "/" + location.index(),
              IndexMapping.body(json, config.ranking(), location.shards(), location.replicas()));
        } catch (IOException e) {
          throw new ArchiveException("cannot create the index " + location + ": " + e.getMessage(), e);
        }
      }
      indexReady = true;
      writer = new BulkWriter(client, location.index(), location.http().toString());
    }
    return new Sink(writer);
  }

  /** Queues the document of an extracted article; what {@link FileIngest} and {@link #add} feed. */
  private final class Sink implements ArticleSink {
    private final BulkWriter writer;

    Sink(BulkWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(Article article, Extraction extraction, String file) throws IOException {
      ObjectNode doc = document(article, extraction, file);
      writer.index(docId(article.id()), doc, 2L * (article.title().length() + article.text().length()) + 512);
    }

    @Override
    public void removeFile(String file) throws IOException {
      writer.flush();
      ObjectNode body = json.createObjectNode();
      body.putObject("query").putObject("term").put(Fields.FILE, file);
      call("POST", "/" + location.index() + "/_delete_by_query?refresh=true", body);
    }

    @Override
    public void commit() throws IOException {
      OpenSearchArchive.this.commit();
    }
  }

  /** The document of an article: the fields of the embedded index, as JSON. */
  private ObjectNode document(Article article, Extraction extraction, String file) {
    ObjectNode doc = json.createObjectNode();
    doc.put(Fields.ID, article.id());
    doc.put(Fields.TITLE, article.title());
    doc.put(Fields.BODY, article.text());
    LocalDate date = article.date() != null ? article.date() : extraction.date();
    if (date != null) {
      doc.put(Fields.DATE, date.toString());
      doc.put(Fields.YEAR, Integer.toString(date.getYear()));
    }
    array(doc, Fields.SPEAKER, extraction.speakerNames());
    array(doc, Fields.LOCATION, extraction.locationNames());
    array(doc, Fields.ORGANISATION, extraction.sourceNames());
    if (article.source() != null && !article.source().isBlank()) {
      doc.put(Fields.SOURCE, article.source());
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.put(Fields.URL, article.url());
    }
    if (file != null) {
      doc.put(Fields.FILE, file);
    }
    return doc;
  }

  private static void array(ObjectNode doc, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    ArrayNode a = doc.putArray(field);
    new LinkedHashSet<>(values).forEach(a::add);
  }

  /** The document id: the article id, hashed when longer than OpenSearch allows. */
  static String docId(String id) {
    if (id.getBytes(StandardCharsets.UTF_8).length <= MAX_DOC_ID_BYTES) {
      return id;
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  // ---- reading

  @Override
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    QueryNode model = searcher.model(request);
    ObjectNode body = json.createObjectNode();
    body.set("query", queries.render(model, knownWords(model)));
    body.put("from", request.offset());
    body.put("size", request.limit());
    int n = request.offset() + request.limit();
    if (request.facets()) {
      body.put("track_total_hits", true);
    } else {
      body.put("track_total_hits", Math.max(n, Searcher.EXACT_TOTAL_UP_TO));
    }
    body.put("timeout", config.searchTimeLimit().toMillis() + "ms");
    body.putArray("_source").add(Fields.ID).add(Fields.TITLE).add(Fields.BODY).add(Fields.DATE)
        .add(Fields.SPEAKER).add(Fields.LOCATION).add(Fields.ORGANISATION).add(Fields.SOURCE).add(Fields.URL);
    if (request.sort() == SortOrder.DATE) {
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject(Fields.DATE).put("order", "desc").put("missing", "_last");
      sort.add("_score");
      body.put("track_scores", true);
    }
    if (request.snippets() > 0 && request.limit() > 0) {
      ObjectNode h = body.putObject("highlight");
      h.putArray("pre_tags").add(MARK);
      h.putArray("post_tags").add(UNMARK);
      h.put("require_field_match", true);
      ObjectNode f = h.putObject("fields").putObject(Fields.BODY);
      f.put("type", "unified");
      f.put("number_of_fragments", request.snippets());
      f.put("boundary_scanner", "sentence");
      f.put("boundary_scanner_locale", "de-DE");
      f.put("fragment_size", 300);
    }
    if (request.facets()) {
      ObjectNode aggs = body.putObject("aggs");
      terms(aggs, Fields.SPEAKER, request.facetLimit() * 3);
      terms(aggs, Fields.LOCATION, request.facetLimit() * 3);
      terms(aggs, Fields.YEAR, request.facetLimit());
    }
    JsonNode r = searchCall(body);
    JsonNode total = r.path("hits").path("total");
    List<Hit> hits = new ArrayList<>();
    int rank = request.offset();
    for (JsonNode h : r.path("hits").path("hits")) {
      IndexedArticle a = article(h.path("_source"));
      List<Snippet> snippets = new ArrayList<>();
      for (JsonNode frag : h.path("highlight").path(Fields.BODY)) {
        snippets.addAll(snippets(frag.asText()));
      }
      if (snippets.size() > request.snippets()) {
        snippets = snippets.subList(0, request.snippets());
      }
      float score = h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : Float.NaN;
      hits.add(new Hit(++rank, a.id(), request.sort() == SortOrder.DATE ? Float.NaN : score, a.displayTitle(),
          a.date(), a.speakers(), a.locations(), a.source(), snippets));
    }
    FacetCounts facets = FacetCounts.none();
    if (request.facets()) {
      JsonNode aggs = r.path("aggregations");
      facets = new FacetCounts(
          NameVariants.merge(counts(aggs, Fields.SPEAKER), request.facetLimit()),
          NameVariants.mergeSpellings(counts(aggs, Fields.LOCATION), request.facetLimit()),
          counts(aggs, Fields.YEAR));
    }
    return new SearchResult(
        request.query(), total.path("value").asLong(), "eq".equals(total.path("relation").asText()), hits, facets,
        null, r.path("timed_out").asBoolean(false));
  }

  private static final String MARK = "<mark>";
  private static final String UNMARK = "</mark>";

  /**
   * The snippets of a highlighted fragment: one per line with a match (a fragment can run over a
   * paragraph break, where a heading without a full stop ends; embedded snippets never do).
   */
  static List<Snippet> snippets(String marked) {
    List<Snippet> out = new ArrayList<>();
    for (String line : marked.split("\\R")) {
      if (line.contains(MARK)) {
        out.add(snippet(line));
      }
    }
    return out.isEmpty() ? List.of(snippet(marked)) : out;
  }

  /**
   * A highlighted fragment as a snippet: the text without the marks, and where they were. Line
   * breaks and runs of spaces become one space (a fragment may span a paragraph break; embedded
   * snippets are one sentence).
   */
  static Snippet snippet(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Snippet.Highlight> highlights = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < marked.length()) {
      if (marked.startsWith(MARK, i)) {
        start = text.length();
        i += MARK.length();
      } else if (marked.startsWith(UNMARK, i)) {
        if (start >= 0 && text.length() > start) {
          highlights.add(new Snippet.Highlight(start, text.length()));
        }
        start = -1;
        i += UNMARK.length();
      } else {
        char c = marked.charAt(i++);
        if (Character.isWhitespace(c)) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    List<Snippet.Highlight> inside = new ArrayList<>();
    for (Snippet.Highlight h : highlights) {
      if (h.start() < end) {
        inside.add(new Snippet.Highlight(h.start(), Math.min(h.end(), end)));
      }
    }
    return new Snippet(text.substring(0, end), inside);
  }

  private static void terms(ObjectNode aggs, String field, int size) {
    ObjectNode t = aggs.putObject(field).putObject("terms");
    t.put("field", field);
    t.put("size", size);
  }

  private static List<FacetCounts.Count> counts(JsonNode aggs, String field) {
    List<FacetCounts.Count> out = new ArrayList<>();
    for (JsonNode b : aggs.path(field).path("buckets")) {
      out.add(new FacetCounts.Count(b.path("key").asText(), b.path("doc_count").asInt()));
    }
    return out;
  }

  /** Which of the query's typo-tolerant words the index holds (one request for all of them). */
  private Set<String> knownWords(QueryNode model) throws IOException, QuerySyntaxException {
    Set<String> words = queries.typoWords(model);
    if (words.isEmpty()) {
      return Set.of();
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    ObjectNode filters = body.putObject("aggs").putObject("known").putObject("filters").putObject("filters");
    List<String> list = new ArrayList<>(words);
    for (int i = 0; i < list.size(); i++) {
      filters.putObject("w" + i).putObject("term").put(Fields.WHOLE, list.get(i));
    }
    JsonNode buckets = searchCall(body).path("aggregations").path("known").path("buckets");
    Set<String> known = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (buckets.path("w" + i).path("doc_count").asLong() > 0) {
        known.add(list.get(i));
      }
    }
    return known;
  }

  @Override
  public long count(SearchRequest request) throws IOException, QuerySyntaxException {
    QueryNode model = searcher.model(request);
    ObjectNode body = json.createObjectNode();
    body.set("query", queries.render(model, knownWords(model)));
    try (Response r = generic.execute(request("POST", "/" + location.index() + "/_count", body))) {
      JsonNode answer = read(r);
      if (r.getStatus() == 404) {
        return 0; // no index yet: nothing matches, as for an embedded archive with no index
      }
      if (r.getStatus() >= 300) {
        throw new IOException("OpenSearch at " + location.http() + " answered HTTP " + r.getStatus() + ": " + reason(answer));
      }
      return answer.path("count").asLong();
    }
  }

  @Override
  public Optional<IndexedArticle> get(String id) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.putObject("query").putObject("term").put(Fields.ID, id);
    body.put("size", 1);
    JsonNode hits;
    try {
      hits = searchCall(body).path("hits").path("hits");
    } catch (QuerySyntaxException e) {
      throw new IOException(e.getMessage(), e);
    }
    return hits.isEmpty() ? Optional.empty() : Optional.of(article(hits.get(0).path("_source")));
  }

  @Override
  public void export(Consumer<IndexedArticle> sink) throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = json.createObjectNode();
      body.putObject("query").putObject("match_all");
      body.put("size", EXPORT_PAGE);
      body.putArray("sort").addObject().put(Fields.ID, "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits;
      try {
        hits = searchCall(body).path("hits").path("hits");
      } catch (QuerySyntaxException e) {
        throw new IOException(e.getMessage(), e);
      }
      for (JsonNode h : hits) {
        sink.accept(article(h.path("_source")));
        after = h.path("sort");
      }
      if (hits.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  @Override
  public ArchiveStats stats() throws IOException {
    if (!exists()) {
      return new ArchiveStats(null, 0, 0, null, null, 0, 0, 0);
    }
    ObjectNode body = json.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("dated").putObject("value_count").put("field", Fields.DATE);
    aggs.putObject("earliest").putObject("min").put("field", Fields.DATE);
    aggs.putObject("latest").putObject("max").put("field", Fields.DATE);
    aggs.putObject("speakers").putObject("cardinality").put("field", Fields.SPEAKER).put("precision_threshold", 40000);
    aggs.putObject("locations").putObject("cardinality").put("field", Fields.LOCATION).put("precision_threshold", 40000);
    JsonNode r;
    try {
      r = searchCall(body);
    } catch (QuerySyntaxException e) {
      throw new IOException(e.getMessage(), e);
    }
    JsonNode a = r.path("aggregations");
    long size = call("GET", "/" + location.index() + "/_stats/store", null)
        .path("_all").path("total").path("store").path("size_in_bytes").asLong();
    return new ArchiveStats(
        null,
        r.path("hits").path("total").path("value").asInt(),
        a.path("dated").path("value").asInt(),
        day(a.path("earliest")),
        day(a.path("latest")),
        a.path("speakers").path("value").asLong(),
        a.path("locations").path("value").asLong(),
        size);
  }

  private static LocalDate day(JsonNode agg) {
    String s = agg.path("value_as_string").asText(null);
    return s == null ? null : LocalDate.parse(s.substring(0, 10));
  }

  private static IndexedArticle article(JsonNode s) {
    String date = s.path(Fields.DATE).asText(null);
    return new IndexedArticle(
        s.path(Fields.ID).asText(),
        s.path(Fields.TITLE).asText(""),
        s.path(Fields.BODY).asText(""),
        date == null ? null : LocalDate.parse(date),
        strings(s.path(Fields.SPEAKER)),
        strings(s.path(Fields.LOCATION)),
        strings(s.path(Fields.ORGANISATION)),
        s.path(Fields.SOURCE).asText(null),
        s.path(Fields.URL).asText(null));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  // ---- HTTP

  /** A search on the index; a refused query (too many clauses, a bad pattern) is a syntax error. */
  private JsonNode searchCall(ObjectNode body) throws IOException, QuerySyntaxException {
    try (Response r = generic.execute(request("POST", "/" + location.index() + "/_search", body))) {
      JsonNode answer = read(r);
      if (r.getStatus() == 404) {
        // No index yet: nothing found, as for an embedded archive with no index.
        return json.readTree("{\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"hits\":[]}}");
      }
      if (r.getStatus() == 400) {
        String reason = reason(answer);
        if (reason.contains("too_many_clauses") || reason.contains("maxClauseCount")) {
          throw new QuerySyntaxException("the query expands to too many terms; make it shorter or more specific");
        }
        throw new QuerySyntaxException("OpenSearch refused the query: " + reason);
      }
      if (r.getStatus() >= 300) {
        throw new IOException("OpenSearch at " + location.http() + " answered HTTP " + r.getStatus() + ": " + reason(answer));
      }
      return answer;
    }
  }

  /** Calls the cluster; an answer other than 2xx is an IOException with OpenSearch's reason. */
  private JsonNode call(String method, String endpoint, ObjectNode body) throws IOException {
    try (Response r = generic.execute(request(method, endpoint, body))) {
      JsonNode answer = read(r);
      if (r.getStatus() >= 300) {
        throw new IOException("HTTP " + r.getStatus() + ": " + reason(answer));
      }
      return answer;
    }
  }

  private org.opensearch.client.opensearch.generic.Request request(String method, String endpoint, ObjectNode body)
      throws IOException {
    var b = Requests.builder().method(method).endpoint(endpoint);
    if (body != null) {
      b.body(Body.from(json.writeValueAsBytes(body), "application/json"));
    }
    return b.build();
  }

  private JsonNode read(Response r) throws IOException {
    Optional<Body> body = r.getBody();
    if (body.isEmpty()) {
      return json.createObjectNode();
    }
    try (Body b = body.get()) {
      byte[] bytes = b.bodyAsBytes();
      return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }
  }

  private static String reason(JsonNode answer) {
    JsonNode error = answer.path("error");
    if (error.isTextual()) {
      return error.asText();
    }
    JsonNode root = error.path("root_cause").path(0);
    JsonNode e = root.isMissingNode() ? error : root;
    return e.path("type").asText("error") + ": " + e.path("reason").asText(answer.toString());
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (writer != null) {
        commit();
      }
    } finally {
      if (writer != null) {
        writer.close();
      }
      transport.close();
    }
  }

  private void closeQuietly() {
    try {
      transport.close();
    } catch (IOException e) {
      // nothing was written
    }
  }
}
