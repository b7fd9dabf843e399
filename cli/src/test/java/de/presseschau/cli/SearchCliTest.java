package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `search` command on an index of the five seed articles. */
class SearchCliTest {

  @TempDir static Path tmp;
  static SeedIndex seeds;
  static String index;

  @BeforeAll
  static void buildIndex() {
    seeds = SeedIndex.build(tmp);
    index = seeds.dir;
  }

  private static Cli.Run search(String... args) {
    return seeds.search(args);
  }

  private static JsonNode json(String... args) throws Exception {
    return seeds.json(args);
  }

  private static List<String> ids(JsonNode result) {
    return SeedIndex.ids(result);
  }

  @Test
  void verbindungsbueroJapanRanksTheLiaisonOfficeArticleFirstWithBothWordsHighlighted() throws Exception {
    JsonNode r = json("Verbindungsbüro Japan");
    JsonNode first = r.get("hits").get(0);
    assertEquals("003_3383e3607a9eb9dd", first.get("id").asText());
    String snippets = first.get("snippets").toString();
    assertTrue(snippets.contains("<mark>Verbindungsbüro</mark>"), snippets);
    assertTrue(snippets.contains("<mark>Japan</mark>"), snippets);
  }

  @Test
  void terminalOutputHighlightsInColourAndPipedOutputIsPlain() {
    Cli.Run piped = search("Verbindungsbüro Japan");
    assertEquals(0, piped.code());
    assertTrue(piped.out().contains("1. Die NATO dringt in Asien vor"), piped.out());
    assertTrue(piped.out().contains("003_3383e3607a9eb9dd"));
    assertFalse(piped.out().contains("\u001b["), "no escape codes when piped");

    Cli.Run tty = Cli.run(true, Map.of(), "--index", index, "Verbindungsbüro Japan");
    assertTrue(tty.out().contains("\u001b[1m\u001b[31mVerbindungsbüro"), tty.out());

    Cli.Run noColor = Cli.run(true, Map.of("NO_COLOR", "1"), "--index", index, "Verbindungsbüro Japan");
    assertFalse(noColor.out().contains("\u001b["), "NO_COLOR is respected");
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode r = json("--limit", "2", "--facets", "Stoltenberg");
    assertEquals(List.of("query", "total", "total_exact", "hits", "facets", "suggestion"), fieldNames(r));
    assertEquals("Stoltenberg", r.get("query").asText());
    assertEquals(2, r.get("hits").size());
    assertTrue(r.get("total").asInt() >= 4);
    JsonNode hit = r.get("hits").get(0);
    assertEquals(
        List.of("id", "score", "title", "date", "speakers", "locations", "source", "snippets"),
        fieldNames(hit));
    assertTrue(hit.get("speakers").isArray());
    assertTrue(hit.get("locations").isArray());
    assertEquals(List.of("speakers", "locations", "years"), fieldNames(r.get("facets")));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void exitCodesAreGrepLike() {
    assertEquals(0, search("Stoltenberg").code());
    Cli.Run none = search("Quxzyblorf");
    assertEquals(1, none.code());
    assertTrue(none.out().contains("No articles match."));
    Cli.Run bad = search("Nato AND");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("search: "), bad.err());
    assertEquals(1, bad.err().strip().lines().count(), "one line: " + bad.err());
    assertFalse(bad.err().contains("Exception") || bad.err().contains("\tat "), bad.err());
  }

  @Test
  void malformedQueriesNeverShowAStackTrace() {
    for (String q : List.of("\"offen", "Nato AND", "tilte:Japan", "datum:[gestern TO heute]", "a:b:c", "Japan OR OR Korea", "jahr:abc", "datum:foo")) {
      Cli.Run r = search(q);
      assertEquals(2, r.code(), q);
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void suggestsTheCloseSpellingWhenNothingIsFound() {
    // Too far for typo tolerance (the first two letters are swapped), close enough to suggest.
    Cli.Run r = search("Pöjngjang");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("Did you mean: Pjöngjang"), r.err());
  }

  @Test
  void aTypoFindsTheSameArticlesInEveryMode() throws Exception {
    Cli.Run syntax = search("Stoltenbrg");
    assertEquals(0, syntax.code(), syntax.err());
    List<String> found = ids(json("Stoltenbrg"));
    assertEquals(ids(json("Stoltenberg")), found);
    Cli.Run plain = search("--plain", "Stoltenbrg");
    assertEquals(syntax.out(), plain.out());
  }

  @Test
  void naturalTextIsSearchedAsWords() {
    for (String q : List.of("Stoltenberg?", "Wer ist Stoltenberg?", "Stoltenberg!", "Nato (Brüssel", "Nato/Japan")) {
      Cli.Run r = search(q);
      assertEquals(0, r.code(), q + ": " + r.err());
    }
  }

  @Test
  void germanQueriesFindTheirArticles() throws Exception {
    assertEquals("003_3383e3607a9eb9dd", ids(json("Büro Tokio")).getFirst());
    assertEquals("004_6649c5ff55181b67", ids(json("Waffenexport")).getFirst());
    assertEquals("004_6649c5ff55181b67", ids(json("Langstreckenrakete")).getFirst());
    assertEquals("001_fd749e8cd4ffd004", ids(json("Putin Pjöngjang")).getFirst());
    assertEquals("003_3383e3607a9eb9dd", ids(json("verbindungsbuero")).getFirst());
    assertEquals("004_6649c5ff55181b67", ids(json("Sicherheitsstrategie")).getFirst());
  }

  @Test
  void phrasesFieldsAndOperatorsWork() throws Exception {
    // A phrase matches inflected forms too ("dem Präsidenten Yoon Suk Yeol").
    assertEquals(List.of("000_08eac7061dea31a1", "004_6649c5ff55181b67"),
        ids(json("\"Präsident Yoon Suk Yeol\"")).stream().sorted().toList());
    assertEquals(1, search("\"Leave a Reply\"").code(), "page furniture is not searchable");
    assertEquals(List.of("003_3383e3607a9eb9dd"), ids(json("titel:World")));
    List<String> notChina = ids(json("Nordkorea -China"));
    assertTrue(notChina.isEmpty() || !notChina.contains("000_08eac7061dea31a1"));
    assertEquals(List.of("002_861196e666d19307"), ids(json("Madrid AND Gipfel")));
  }

  @Test
  void limitCapsTheHits() throws Exception {
    JsonNode r = json("--limit", "1", "Japan");
    assertEquals(1, r.get("hits").size());
    assertTrue(r.get("total").asInt() > 1);
    assertEquals(2, search("--limit", "0", "Japan").code());
  }

  @Test
  void emptyQueryIsAUsageError() {
    Cli.Run r = search();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("search --help"), r.err());
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    Cli.Run r = search("--colour", "Japan");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option"), r.err());
    assertTrue(r.err().contains("--help"), r.err());
  }

  @Test
  void badOptionValuesAreExplained() {
    Cli.Run r = search("--from", "2023-13-01", "Nato");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'2023-13-01' is not a date (use YYYY-MM-DD)"), r.err());
    assertEquals(2, search("--from", "2023-02-01", "--to", "2023-01-01", "Nato").code());
  }

  @Test
  void missingIndexIsExplained() {
    Cli.Run r = Cli.run("--index", tmp.resolve("nothing-here").toString(), "Japan");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no index in"), r.err());
    assertTrue(r.err().contains("search index"), r.err());
  }

  @Test
  void everyCommandTeachesItselfWithAnExample() {
    for (String cmd : List.of("index", "show", "stats", "export", "extract", "batch")) {
      Cli.Run r = Cli.run(cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().contains("Example"), cmd + ": " + r.out());
      assertTrue(r.out().contains("--index") || cmd.equals("extract"), cmd);
    }
    Cli.Run top = Cli.run("--help");
    assertTrue(top.out().contains("search \"Verbindungsbüro Japan\""), top.out());
    assertTrue(top.out().contains("sprecher:"), top.out());
  }
}
