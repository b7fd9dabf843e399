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
    assertEquals("", none.out(), "talk goes to stderr: search x | wc -l counts hits");
    assertTrue(none.err().contains("No articles match."));
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
    assertTrue(r.err().contains("not a date: '2023-13-01' (use YYYY-MM-DD, YYYY-MM or YYYY)"), r.err());
    Cli.Run sort = search("--sort", "neu", "Nato");
    assertEquals(2, sort.code());
    assertTrue(sort.err().contains("'neu' is no order; use relevance or date"), sort.err());
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
    assertEquals(1, top.out().split("Commands:", -1).length - 1, "one list of commands");
    // The query-syntax table: every description starts in the same column.
    String table = top.out().substring(top.out().indexOf("Query syntax:"), top.out().indexOf("A misspelt word"));
    for (String line : table.lines().skip(1).toList()) {
      String rest = line.substring(2);
      int gap = rest.indexOf("  ");
      int col = 2 + gap + (int) rest.substring(gap).chars().takeWhile(c -> c == ' ').count();
      assertEquals(36, col, "column of: " + line);
    }
    assertTrue(top.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns");
  }

  @Test
  void smallTextsAreRight() throws Exception {
    Cli.Run suggestion = search("Pöjngjang");
    assertTrue(suggestion.err().strip().endsWith("Did you mean: Pjöngjang"), suggestion.err());
    Path undated = tmp.resolve("undated");
    java.nio.file.Files.createDirectories(undated);
    java.nio.file.Files.writeString(undated.resolve("a.txt"), "Titel\n\nDie Nato in Madrid.");
    String idx = tmp.resolve("undated-idx").toString();
    Cli.run("index", "--index", idx, undated.toString());
    Cli.Run stats = Cli.run("stats", "--index", idx);
    assertTrue(stats.out().contains("dates:      none\n"), stats.out());
    assertTrue(Cli.run("index", "--index", idx, undated.toString()).err().contains("Indexed 0 articles"));
  }

  @Test
  void pagingCountingAndIdsPipeWell() throws Exception {
    List<String> all = ids(json("--limit", "5", "Nato"));
    assertEquals(all.subList(2, 4), ids(json("--offset", "2", "--limit", "2", "Nato")));
    Cli.Run page = search("--offset", "2", "--limit", "2", "Nato");
    assertTrue(page.out().startsWith("3. "), page.out());
    assertTrue(page.err().contains("showing 3–4"), page.err());

    Cli.Run count = search("--count", "Nato");
    assertEquals(String.valueOf(json("Nato").get("total").asLong()), count.out().strip());

    Cli.Run idList = search("--ids", "--limit", "3", "Nato");
    assertEquals(all.subList(0, 3), idList.out().lines().toList());

    Cli.Run none = search("--count", "Quxzyblorf");
    assertEquals("0", none.out().strip());
    assertEquals(1, none.code());
  }

  @Test
  void facetsAloneAndTheirLength() throws Exception {
    JsonNode facetsOnly = json("--facets", "--limit", "0", "--facet-limit", "2", "Nato");
    assertEquals(0, facetsOnly.get("hits").size());
    assertEquals(2, facetsOnly.get("facets").get("locations").size());
    assertTrue(facetsOnly.get("total").asLong() > 0);
    assertEquals(2, search("--limit", "0", "Nato").code(), "no hits and no facets is a mistake");
    // One value per person: the article naming only "Stoltenberg" counts for Jens Stoltenberg.
    JsonNode speakers = json("--facets", "--limit", "0", "Nato").get("facets").get("speakers");
    assertEquals("Jens Stoltenberg", speakers.get(0).get("value").asText());
    assertEquals(4, speakers.get(0).get("count").asInt());
    for (JsonNode s : speakers) {
      assertTrue(!s.get("value").asText().equals("Stoltenberg"), speakers.toString());
    }
  }

  @Test
  void datesMayBeMonthsAndYears() throws Exception {
    assertEquals(ids(json("--from", "2023-01-01", "--to", "2023-12-31", "Nato")),
        ids(json("--from", "2023", "--to", "2023", "Nato")));
    assertEquals(ids(json("--from", "2023-01-01", "--to", "2023-01-31", "Nato")),
        ids(json("--from", "2023-01", "--to", "2023-01", "Nato")));
    assertEquals(1, search("--from", "2024", "Nato").code());
  }

  @Test
  void showTakesSeveralIds() {
    Cli.Run r = search("show", "003_3383e3607a9eb9dd", "004_6649c5ff55181b67");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("id:            003_3383e3607a9eb9dd"));
    assertTrue(r.out().contains("id:            004_6649c5ff55181b67"));
    Cli.Run json = search("show", "--json", "003_3383e3607a9eb9dd", "nope");
    assertEquals(1, json.code());
    assertEquals(1, json.out().lines().count());
    assertTrue(json.err().contains("no article with id 'nope'"));
  }

  @Test
  void titlesAreTheSameEverywhere() throws Exception {
    // Seed 001 has no headline: its first sentence stands in, in search, show and export alike.
    String shown = json("--limit", "5", "Sicherheit ist global").get("hits").get(0).get("title").asText();
    JsonNode show = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        search("show", "--json", "001_fd749e8cd4ffd004").out());
    assertEquals(shown, show.get("title").asText());
    assertTrue(show.get("title_from_text").asBoolean());
    assertFalse(shown.isBlank());
  }

  @Test
  void dumbTerminalsGetNoColour() {
    Cli.Run r = Cli.run(true, Map.of("TERM", "dumb"), "--index", index, "Japan");
    assertFalse(r.out().contains("\u001b["), r.out());
  }

  @Test
  void queriesAreBoundedWithOneClearLine() {
    List<List<String>> bad = new ArrayList<>();
    bad.add(List.of("--limit", "1000000000", "Nato"));
    bad.add(List.of("x".repeat(100_000)));
    bad.add(List.of(String.join(" OR ", java.util.Collections.nCopies(5_000, "Nato"))));
    bad.add(List.of("(".repeat(10_000) + "Nato" + ")".repeat(10_000)));
    List<String> speakers = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      speakers.add("--speaker");
      speakers.add("Name" + i);
    }
    bad.add(speakers);
    for (List<String> args : bad) {
      Cli.Run r = search(args.toArray(String[]::new));
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().startsWith("search: "), r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
      assertTrue(r.err().length() < 400, r.err());
    }
    // Patterns that expand over the whole vocabulary are fine: bounded by it (and by the time limit).
    assertEquals(0, search("*büro").code());
    assertEquals(0, search("/.*/").code());
  }

  @Test
  void batchAnswersTheQueriesAfterABadOne() throws Exception {
    String input = "(".repeat(500) + "Nato\nx OR " + "y OR ".repeat(3_000) + "z\nStoltenberg\n";
    Cli.Run r = Cli.run(false, Map.of(), new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "batch", "--index", index);
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).contains("\"error\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"error\""), lines.get(1));
    assertTrue(lines.get(2).contains("\"hits\""), lines.get(2));
  }
}
