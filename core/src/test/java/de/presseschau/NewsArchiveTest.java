package de.presseschau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.index.IndexSchema;
import de.presseschau.index.IndexedArticle;
import de.presseschau.read.Article;
import de.presseschau.search.FacetCounts;
import de.presseschau.query.QuerySyntaxException;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import de.presseschau.search.SortOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsArchiveTest {

  @TempDir Path tmp;

  private static Article dated(String id, String title, String text, String date) {
    return new Article(id, title, text, LocalDate.parse(date), "dpa", null);
  }

  private static NewsArchive threeArticles() throws Exception {
    NewsArchive archive = NewsArchive.inMemory(ArchiveConfig.defaults());
    archive.add(dated("a", "Gipfel in Madrid", "Die Nato berät über die Ostflanke.", "2022-06-29"));
    archive.add(dated("b", "Raketen über Japan", "Nordkorea testet Langstreckenraketen.", "2023-02-18"));
    archive.add(dated("c", "Neues Büro", "Die Nato eröffnet ein Verbindungsbüro in Tokio.", "2023-05-04"));
    archive.commit();
    return archive;
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.id()).toList();
  }

  @Test
  void searchesWhatWasAdded() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      SearchResult r = archive.search(SearchRequest.of("Nato"));
      assertEquals(2, r.total());
      assertEquals(List.of("a", "c"), ids(r).stream().sorted().toList());
    }
  }

  @Test
  void sortsByDateNewestFirstAndFiltersByDateRange() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      SearchRequest all = SearchRequest.of("").withSort(SortOrder.DATE).withDates(null, null);
      assertEquals(List.of("c", "b", "a"), ids(archive.search(all)));
      SearchRequest in2023 = all.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
      assertEquals(List.of("b"), ids(archive.search(in2023)));
      assertEquals(List.of("b", "c"),
          ids(archive.search(SearchRequest.of("datum:[2023-01-01 TO 2023-12-31]"))).stream().sorted().toList());
      assertEquals(List.of("a"), ids(archive.search(SearchRequest.of("datum:2022"))));
      assertEquals(List.of("b"), ids(archive.search(SearchRequest.of("jahr:2023 AND Raketen"))));
    }
  }

  @Test
  void countsYearsAsFacets() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      FacetCounts f = archive.search(SearchRequest.of("").withFacets(true)).facets();
      assertEquals(List.of(new FacetCounts.Count("2023", 2), new FacetCounts.Count("2022", 1)), f.years());
    }
  }

  @Test
  void addingTheSameIdAgainReplacesTheArticle() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      archive.add(dated("a", "Gipfel in Vilnius", "Die Nato trifft sich in Vilnius.", "2023-07-11"));
      archive.commit();
      assertEquals(3, archive.stats().articles());
      assertEquals("Gipfel in Vilnius", archive.get("a").orElseThrow().title());
      assertEquals(0, archive.search(SearchRequest.of("Madrid")).total());
    }
  }

  @Test
  void storedArticleKeepsItsMetadata() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      IndexedArticle b = archive.get("b").orElseThrow();
      assertEquals("Raketen über Japan", b.title());
      assertEquals(LocalDate.of(2023, 2, 18), b.date());
      assertEquals("dpa", b.source());
      assertTrue(archive.get("nope").isEmpty());
    }
  }

  @Test
  void exportsEveryArticleInIdOrder() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      List<String> exported = new ArrayList<>();
      archive.export(a -> exported.add(a.id()));
      assertEquals(List.of("a", "b", "c"), exported);
    }
  }

  @Test
  void statsCountArticlesAndDates() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      ArchiveStats s = archive.stats();
      assertEquals(3, s.articles());
      assertEquals(3, s.withDate());
      assertEquals(LocalDate.of(2022, 6, 29), s.earliest());
      assertEquals(LocalDate.of(2023, 5, 4), s.latest());
    }
  }

  @Test
  void malformedQueriesGetOneLineMessages() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      for (String bad : List.of("\"offen", "Nato AND", "tilte:Japan", "datum:[gestern TO heute]", "[a TO b]")) {
        QuerySyntaxException e =
            assertThrows(QuerySyntaxException.class, () -> archive.search(SearchRequest.of(bad)), bad);
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().isBlank(), e.getMessage());
      }
      assertEquals("unknown field 'tilte:' at column 1 (known: titel, text, sprecher, ort, datum, jahr, quelle, id; "
          + "put words with a colon in quotes)",
          assertThrows(QuerySyntaxException.class, () -> archive.search(SearchRequest.of("tilte:Japan"))).getMessage());
    }
  }

  @Test
  void plainModeNeverFailsOnSyntax() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      SearchResult r = archive.search(SearchRequest.plain("Wo eröffnet die Nato ein \"Büro (in Tokio?"));
      assertEquals("c", r.hits().getFirst().id());
    }
  }

  @Test
  void suggestsACloseSpellingWhenNothingMatches() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      // Too far for typo tolerance (the first two letters differ), close enough to suggest.
      SearchResult r = archive.search(SearchRequest.of("Mdarid"));
      assertEquals(0, r.total());
      assertEquals("Madrid", r.suggestion());
      assertNull(archive.search(SearchRequest.of("Madrid")).suggestion());
    }
  }

  @Test
  void stopWordsAreNeitherCorrectedNorOffered() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      archive.add(dated("d", "Nacht", "Die Nacht über Tokio.", "2023-06-01"));
      archive.commit();
      // "nach" is a letter from "Nacht", "einer" two from "ein": stop words are not searched.
      assertEquals("nach Madrid", archive.search(SearchRequest.of("nach Mdarid")).suggestion());
      assertEquals("einer Madrid", archive.search(SearchRequest.of("einer Mdarid")).suggestion());
    }
  }

  @Test
  void typoToleranceIsTheSameWithAndWithoutSyntax() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      long plain = archive.search(SearchRequest.plain("Madird")).total();
      assertTrue(plain > 0);
      assertEquals(plain, archive.search(SearchRequest.of("Madird")).total());
      assertEquals(plain, archive.search(SearchRequest.of("Madird AND Nato")).total());
    }
  }

  @Test
  void aPhraseMatchesTheWordsAsWrittenNotPartsOfCompounds() throws Exception {
    try (NewsArchive archive = NewsArchive.inMemory(ArchiveConfig.defaults())) {
      archive.add(dated("rang", "Tabelle", "Österreich steigt in der Fußball-Weltrangliste.", "2023-01-01"));
      archive.add(dated("em", "Turnier", "Die Fußball-Europameisterschaft beginnt.", "2023-01-02"));
      archive.add(dated("wm", "Turnier", "Die Fussball-Weltmeisterschaften beginnen im Juni.", "2023-01-03"));
      archive.commit();
      SearchResult r = archive.search(SearchRequest.of("\"Fußball-Weltmeisterschaft\""));
      assertEquals(List.of("wm"), ids(r), "inflection and spelling aside, only the words as written");
      assertEquals(
          "Die [Fussball-Weltmeisterschaften] beginnen im Juni.",
          r.hits().getFirst().snippets().getFirst().render("[", "]"));
      // Unquoted, parts count too, below the whole word.
      assertEquals(List.of("wm", "em", "rang"), ids(archive.search(SearchRequest.of("Fußball-Weltmeisterschaft"))));
    }
  }

  @Test
  void nameFiltersFoldAccentsLikeSearchDoes() throws Exception {
    try (NewsArchive archive = NewsArchive.inMemory(ArchiveConfig.defaults())) {
      archive.add(dated("v", "Besuch", "„Wir sind bereit“, sagte Aleksandar Vučić in Belgrad.", "2023-01-01"));
      archive.commit();
      for (String name : List.of("Vučić", "Vucic", "vucic", "Aleksandar Vucic")) {
        assertEquals(List.of("v"), ids(archive.search(SearchRequest.of("").withSpeakers(List.of(name)))), name);
      }
      assertEquals(List.of("v"), ids(archive.search(SearchRequest.of("sprecher:Vucic"))));
    }
  }

  @Test
  void aLocationFilterFindsThePlaceByAnyOfItsNames() throws Exception {
    try (NewsArchive archive = NewsArchive.inMemory(ArchiveConfig.defaults())) {
      archive.add(dated("t", "Besuch", "Der Minister reiste nach Tokio und Kiew.", "2023-01-01"));
      archive.add(dated("b", "Besuch", "Der Minister reiste nach Berlin.", "2023-01-02"));
      archive.commit();
      for (String place : List.of("Tokio", "Tokyo", "Tōkyō", "tokio", "Kyiv", "Kyjiw")) {
        assertEquals(List.of("t"), ids(archive.search(SearchRequest.of("").withLocations(List.of(place)))), place);
      }
      assertEquals(List.of(), ids(archive.search(SearchRequest.of("").withLocations(List.of("Atlantis")))));
    }
  }

  @Test
  void aSearchPastItsTimeLimitSaysItIsPartial() throws Exception {
    ArchiveConfig hurried = ArchiveConfig.defaults().withSearchTimeLimit(java.time.Duration.ofNanos(1));
    Path dir = tmp.resolve("hurried");
    try (NewsArchive archive = NewsArchive.create(dir, hurried)) {
      archive.add(dated("a", "Gipfel in Madrid", "Die Nato berät über die Ostflanke.", "2022-06-29"));
      archive.commit();
    }
    try (NewsArchive archive = NewsArchive.open(dir, hurried)) {
      SearchResult r = archive.search(SearchRequest.of("Nato"));
      assertTrue(r.partial(), "stopped at once");
      assertFalse(r.totalExact());
    }
    try (NewsArchive archive = NewsArchive.open(dir)) {
      assertFalse(archive.search(SearchRequest.of("Nato")).partial(), "ten seconds are plenty");
    }
  }

  @Test
  void fuzzyWordsGoAsFarAsTheirLengthBears() throws Exception {
    try (NewsArchive archive = threeArticles()) {
      assertEquals(
          archive.search(SearchRequest.of("Tokio~2")).total(), archive.search(SearchRequest.of("Tokio~5")).total());
      assertEquals(List.of("c"), ids(archive.search(SearchRequest.of("Tokio~5"))));
    }
  }

  @Test
  void searchingAnArchiveWithoutIndexFindsNothing() throws Exception {
    try (NewsArchive archive = NewsArchive.open(tmp.resolve("none"))) {
      assertEquals(0, archive.search(SearchRequest.of("Nato")).total());
    }
  }

  @Test
  void anIndexIsDurableAfterCloseAndReopens() throws Exception {
    Path dir = tmp.resolve("idx");
    try (NewsArchive archive = NewsArchive.open(dir)) {
      archive.add(Article.of("x", "Titel", "Die Nato in Brüssel."));
    }
    try (NewsArchive archive = NewsArchive.open(dir)) {
      assertEquals(1, archive.search(SearchRequest.of("Brüssel")).total());
    }
  }

  @Test
  void anIndexOfAnotherVersionIsRefusedWithAHint() throws Exception {
    Path dir = tmp.resolve("old");
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    ArchiveException e = assertThrows(ArchiveException.Outdated.class, () -> NewsArchive.open(dir));
    assertTrue(e.getMessage().contains("search index --rebuild"), e.getMessage());
  }

  @Test
  void concurrentSearchesWhileOneThreadAdds() throws Exception {
    try (NewsArchive archive = NewsArchive.inMemory(ArchiveConfig.defaults())) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<?> writer =
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    archive.add(Article.of("n" + i, "Meldung " + i, "Die Nato meldet Nummer " + i + "."));
                  }
                  archive.commit();
                  return null;
                });
        List<Future<Long>> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          readers.add(
              pool.submit(
                  () -> {
                    long last = 0;
                    while (!writer.isDone()) {
                      long total = archive.search(SearchRequest.of("Nato")).total();
                      assertTrue(total >= last, "a later search never sees fewer articles");
                      last = total;
                    }
                    return last;
                  }));
        }
        writer.get(60, TimeUnit.SECONDS);
        for (Future<Long> r : readers) {
          r.get(60, TimeUnit.SECONDS);
        }
        assertEquals(300, archive.search(SearchRequest.of("Nato")).total());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
