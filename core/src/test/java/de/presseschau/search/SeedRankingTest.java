package de.presseschau.search;

import de.presseschau.testing.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.ArchiveConfig;
import de.presseschau.NewsArchive;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranking expectations over the five seed articles with the default configuration (issue #4,
 * item 5): plain queries as {@code search batch --plain} runs them.
 */
class SeedRankingTest {

  private static NewsArchive archive;

  @BeforeAll
  static void indexSeeds() throws IOException {
    Path seeds = Seeds.repo().resolve("seeds");
    List<String> problems = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(List.of(seeds), p -> problems.add(p.toString()));
    assertTrue(problems.isEmpty(), "seed problems: " + problems);
    assertEquals(5, articles.size());
    archive = NewsArchive.inMemory(ArchiveConfig.defaults());
    for (Article a : articles) {
      archive.add(a);
    }
    archive.commit();
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static List<String> ranking(String query) throws Exception {
    SearchResult r = archive.search(SearchRequest.plain(query).withLimit(5));
    return r.hits().stream().map(h -> h.id().substring(0, 3)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "\"{0}\" → {1} first")
  @CsvSource({
    "Verbindungsbüro Japan, 003",
    "Büro Tokio, 003",
    "Waffenexport, 004",
    "Langstreckenrakete, 004",
    "Putin Pjöngjang, 001",
    "verbindungsbuero, 003",
  })
  void seedQueriesRankTheExpectedArticleFirst(String query, String expected) throws Exception {
    List<String> ids = ranking(query);
    assertFalse(ids.isEmpty(), "no hits for " + query);
    assertEquals(expected, ids.getFirst(), "ranking for \"" + query + "\": " + ids);
  }

  @Test
  void naturalLanguageQuestionsAreNoSyntax() throws Exception {
    // Question marks, colons, quotes and brackets are plain characters in plain mode.
    for (String q :
        List.of("Wer ist Stoltenberg?", "Was sagte Kishida: \"Asien\"?", "NATO (Asien) AND -Japan", "Wie viele?")) {
      archive.search(SearchRequest.plain(q));
    }
    assertEquals("000", ranking("Wann kam Stoltenberg in Seoul an?").getFirst());
  }

  @Test
  void onlyStopAndQuestionWordsMatchNothing() throws Exception {
    assertEquals(0, archive.search(SearchRequest.plain("Wer war das und wie?")).total());
  }

  @Test
  void aSplitCompoundPartFindsTheCompound() throws Exception {
    // "Büro" alone finds the Verbindungsbüro article; "Strategie" the Sicherheitsstrategie one.
    assertTrue(ranking("Büro").contains("003"), ranking("Büro").toString());
  }

  @Test
  void theWholeCompoundIsPreferredOverItsParts() throws Exception {
    try (NewsArchive a = NewsArchive.inMemory(ArchiveConfig.defaults())) {
      a.add(Article.of("parts", "Ein Büro", "Die Verbindung zum Büro in Tokio ist gut. Das Büro ist neu."));
      a.add(Article.of("whole", "Neues Verbindungsbüro", "Das Verbindungsbüro in Tokio öffnet."));
      a.add(Article.of("other", "Sonstiges", "Nichts davon in Berlin."));
      a.commit();
      List<String> ids =
          a.search(SearchRequest.plain("Verbindungsbüro").withLimit(5)).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("whole", "parts"), ids);
      List<String> part =
          a.search(SearchRequest.plain("Büros").withLimit(5)).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("parts", "whole"), part);
    }
  }

  @Test
  void snippetsHighlightTheWholeCompound() throws Exception {
    SearchResult r = archive.search(SearchRequest.plain("Büro Tokio").withLimit(1));
    String marked =
        r.hits().getFirst().snippets().stream().map(s -> s.render("[", "]")).collect(Collectors.joining(" … "));
    assertTrue(marked.contains("[Verbindungsbüro]"), marked);
    assertTrue(marked.contains("[Tokios]"), marked);
  }
}
