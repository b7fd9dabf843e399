package de.presseschau.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.ArchiveConfig;
import de.presseschau.ArchiveStats;
import de.presseschau.NewsArchive;
import de.presseschau.index.FileIngest;
import de.presseschau.index.IndexedArticle;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import de.presseschau.search.SortOrder;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The OpenSearch backend against a real node: the seeds indexed there answer as the embedded
 * index does. Runs when the environment variable PRESSESCHAU_OPENSEARCH names a node: {@code
 * bin/opensearch-node start; PRESSESCHAU_OPENSEARCH=http://127.0.0.1:9200 mvn -B verify}, as
 * .ci/run does.
 */
@EnabledIfEnvironmentVariable(named = "PRESSESCHAU_OPENSEARCH", matches = "https?://.+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchArchiveTest {

  private final URI node = URI.create(System.getenv().getOrDefault("PRESSESCHAU_OPENSEARCH", "http://127.0.0.1:9200"));
  private final URI location =
      URI.create("opensearch://" + node.getHost() + ":" + node.getPort() + "/test-" + ProcessHandle.current().pid());
  private NewsArchive cluster;
  private NewsArchive embedded;

  @BeforeAll
  void indexTheSeedsIntoBoth() throws Exception {
    Path seeds = Path.of(System.getProperty("presseschau.repo", "..")).resolve("seeds");
    cluster = NewsArchive.create(location, ArchiveConfig.defaults());
    embedded = NewsArchive.inMemory(ArchiveConfig.defaults());
    FileIngest.Report report = cluster.index(List.of(seeds), FileIngest.Options.defaults(), new FileIngest.Listener() {});
    embedded.index(List.of(seeds), FileIngest.Options.defaults(), new FileIngest.Listener() {});
    assertEquals(5, report.added());
    cluster.commit();
  }

  @AfterAll
  void dropTheIndex() throws Exception {
    cluster.close();
    embedded.close();
    var c = (java.net.HttpURLConnection) URI.create(node + location.getPath()).toURL().openConnection();
    c.setRequestMethod("DELETE");
    assertEquals(200, c.getResponseCode());
  }

  @Test
  void theReadmeQueryRanks003FirstWithItsWordsHighlighted() throws Exception {
    SearchResult r = cluster.search(SearchRequest.of("Verbindungsbüro Japan"));
    assertEquals("003_3383e3607a9eb9dd", r.hits().getFirst().id());
    String snippets = String.join(" ", r.hits().getFirst().snippets().stream().map(s -> s.render("[", "]")).toList());
    assertTrue(snippets.contains("[Verbindungsbüro]"), snippets);
    assertTrue(snippets.contains("[Japan]"), snippets);
  }

  @Test
  void hitsFacetsAndCountsAreThoseOfTheEmbeddedIndex() throws Exception {
    for (String q : List.of("Nato Asien", "Stoltenberg", "sprecher:Stoltenberg", "\"in Asien\"", "Japan -Korea", "Kishi*")) {
      SearchRequest request = SearchRequest.of(q).withFacets(true);
      SearchResult a = embedded.search(request);
      SearchResult b = cluster.search(request);
      assertEquals(ranked(a), ranked(b), q);
      assertEquals(a.total(), b.total(), q);
      assertEquals(a.facets(), b.facets(), q);
      assertEquals(embedded.count(request), cluster.count(request), q);
    }
  }

  @Test
  void filtersAndDateOrderWork() throws Exception {
    SearchRequest bySpeaker = SearchRequest.of("*").withSpeakers(List.of("Stoltenberg"));
    assertEquals(ranked(embedded.search(bySpeaker)), ranked(cluster.search(bySpeaker)));
    SearchRequest dated = SearchRequest.of("Nato").withSort(SortOrder.DATE).withDates(LocalDate.of(2023, 1, 1), null);
    List<Hit> hits = cluster.search(dated).hits();
    assertEquals(1, hits.size());
    assertEquals(LocalDate.of(2023, 1, 29), hits.getFirst().date());
  }

  @Test
  void getExportAndStatsReadTheStoredArticles() throws Exception {
    IndexedArticle a = cluster.get("003_3383e3607a9eb9dd").orElseThrow();
    assertEquals(embedded.get("003_3383e3607a9eb9dd").orElseThrow(), a);
    assertTrue(cluster.get("nope").isEmpty());
    List<String> exported = new ArrayList<>();
    cluster.export(x -> exported.add(x.id()));
    List<String> expected = new ArrayList<>();
    embedded.export(x -> expected.add(x.id()));
    assertEquals(expected, exported);
    ArchiveStats s = cluster.stats();
    ArchiveStats e = embedded.stats();
    assertEquals(List.of(e.articles(), e.withDate(), e.speakers(), e.locations()),
        List.of(s.articles(), s.withDate(), s.speakers(), s.locations()));
    assertEquals(e.earliest(), s.earliest());
  }

  @Test
  void aBadPatternIsASyntaxErrorNotAFailure() {
    assertThrows(QuerySyntaxException.class, () -> cluster.search(SearchRequest.of("/[a-/")));
  }

  @Test
  void anIndexThatDoesNotExistIsReportedAsMissing() throws Exception {
    URI missing = URI.create("opensearch://" + node.getHost() + ":" + node.getPort() + "/no-such-index-here");
    try (NewsArchive a = NewsArchive.open(missing, ArchiveConfig.defaults())) {
      assertFalse(a.exists());
      assertEquals(0, a.search(SearchRequest.of("Nato")).total());
    }
  }

  /**
   * The hits in rank order, equal scores by id: each backend breaks ties by its own document
   * order (the order of arrival, which parallel indexing does not fix).
   */
  private static List<String> ranked(SearchResult r) {
    float top = r.hits().isEmpty() ? 1f : r.hits().getFirst().score();
    return r.hits().stream()
        .sorted(java.util.Comparator.comparingLong((Hit h) -> -Math.round(h.score() / top * 1e4)).thenComparing(Hit::id))
        .map(Hit::id)
        .toList();
  }
}
