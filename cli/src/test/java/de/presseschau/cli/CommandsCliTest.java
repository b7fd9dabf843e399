package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, show, stats, export, extract and batch, run as a user would. */
class CommandsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path shared;
  @TempDir Path tmp;
  static String index;

  @BeforeAll
  static void buildIndex() {
    index = shared.resolve("idx").toString();
    assertEquals(0, Cli.run("index", "--index", index, Cli.seeds().toString()).code());
  }

  @AfterEach
  void forgetHome() {
    System.clearProperty("presseschau.home");
  }

  @Test
  void indexReportsSkippedInputOneLineEachAndIndexesTheRest() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("good.txt"), "Gipfel in Madrid\n\nDie Nato trifft sich in Madrid.");
    Files.writeString(in.resolve("lines.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Raketen über Japan.\", \"date\": \"2023-02-18\"}\n{oops\n");
    String idx = tmp.resolve("idx").toString();
    Cli.Run r = Cli.run("index", "--index", idx, in.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(
        List.of(
            "skipped " + in.resolve("binary.txt") + ": binary file (not text)",
            "skipped " + in.resolve("empty.txt") + ": empty file",
            "skipped " + in.resolve("lines.jsonl") + ":2: malformed JSON (Unexpected character ('o' (code 111)): was expecting double-quote to start field name)"),
        lines.subList(0, 3));
    assertTrue(lines.get(3).startsWith("Indexed 2 articles into " + idx), lines.get(3));
    assertTrue(lines.get(3).endsWith(": 2 added, 0 updated, 0 unchanged, 0 removed, 3 skipped."), lines.get(3));
    assertEquals(0, Cli.run("--index", idx, "Madrid").code());
  }

  @Test
  void indexReadsStandardInputAndKeepsArticlesWithOddDates() throws Exception {
    String jsonl = "{\"id\": \"s1\", \"text\": \"Die Nato in Vilnius.\", \"date\": \"2016-03-01T10:00:00Z\"}\n"
        + "{\"id\": \"s2\", \"text\": \"Die Nato in Madrid.\", \"date\": \"2023-02-30\"}\n";
    String idx = tmp.resolve("stdin-idx").toString();
    Cli.Run r = Cli.run(false, Map.of(), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
        "index", "--index", idx, "-");
    assertEquals(0, r.code(), r.err());
    assertEquals("note: -:2: \"date\" '2023-02-30' is no real day; article kept without a date",
        r.err().lines().findFirst().orElseThrow());
    assertTrue(r.err().contains(": 2 added,"), r.err());
    assertTrue(Cli.run("show", "--index", idx, "s1").out().contains("2016-03-01"));
    Cli.Run text = Cli.run(false, Map.of(),
        new ByteArrayInputStream("Gipfel\n\nDie Nato trifft sich.".getBytes(StandardCharsets.UTF_8)),
        "index", "--index", idx, "-");
    assertEquals(0, text.code(), text.err());
    assertEquals(0, Cli.run("show", "--index", idx, "stdin").code());
  }

  @Test
  void sameFileNamesInDifferentFoldersAreDifferentArticles() throws Exception {
    Path in = tmp.resolve("tree");
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.writeString(in.resolve("a/bericht.txt"), "Eins\n\nDie Nato trifft sich in Madrid.");
    Files.writeString(in.resolve("b/bericht.txt"), "Zwei\n\nDie Nato trifft sich in Vilnius.");
    String idx = tmp.resolve("tree-idx").toString();
    Cli.Run r = Cli.run("index", "--index", idx, in.toString());
    assertTrue(r.err().contains(": 2 added,"), r.err());
    assertEquals(0, Cli.run("show", "--index", idx, "a/bericht").code());
    assertEquals(0, Cli.run("show", "--index", idx, "b/bericht").code());
  }

  @Test
  void reindexingReadsOnlyChangedFilesAndPruneRemovesVanishedOnes() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Gipfel in Madrid\n\nDie Nato trifft sich in Madrid.");
    Files.writeString(in.resolve("b.txt"), "Raketen über Japan\n\nNordkorea feuerte Raketen ab.");
    Files.writeString(in.resolve("c.jsonl"),
        "{\"id\": \"c1\", \"text\": \"Wahl in Wien.\"}\n{\"id\": \"c2\", \"text\": \"Wahl in Graz.\"}\n");
    String idx = tmp.resolve("idx").toString();
    assertTrue(summary(Cli.run("index", "--index", idx, in.toString())).endsWith(
        ": 4 added, 0 updated, 0 unchanged, 0 removed, 0 skipped."));

    Cli.Run again = Cli.run("index", "--index", idx, in.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(summary(again).startsWith("Indexed 0 articles"), again.err());
    assertTrue(summary(again).endsWith(": 0 added, 0 updated, 4 unchanged, 0 removed, 0 skipped."), again.err());

    Files.writeString(in.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"Wahl in Linz.\"}\n");
    Files.setLastModifiedTime(in.resolve("c.jsonl"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
    Files.delete(in.resolve("b.txt"));
    Cli.Run changed = Cli.run("index", "--index", idx, "--prune", in.toString());
    assertTrue(summary(changed).endsWith(": 0 added, 1 updated, 1 unchanged, 1 removed, 0 skipped."), changed.err());
    assertEquals(1, Cli.run("--index", idx, "Graz").code(), "c2 went with the old c.jsonl");
    assertEquals(1, Cli.run("--index", idx, "Raketen").code(), "b.txt is gone, and so is its article");
    assertEquals(0, Cli.run("--index", idx, "Linz").code());
  }

  @Test
  void indexGivenBeforeTheSubcommandIsTheOneUsed() throws Exception {
    Path article = tmp.resolve("a.txt");
    Files.writeString(article, "Gipfel in Madrid\n\nDie Nato trifft sich in Madrid.");
    Path idx = tmp.resolve("before");
    Cli.Run indexed = Cli.run("--index", idx.toString(), "index", article.toString());
    assertEquals(0, indexed.code(), indexed.err());
    assertTrue(Files.isDirectory(idx), "the index went where --index said");
    Cli.Run stats = Cli.run("--index", idx.toString(), "stats");
    assertTrue(stats.out().contains("articles:   1 "), stats.out());
    assertEquals(2, Cli.run("--index", tmp.resolve("none").toString(), "stats").code(), "no index there");
    assertEquals(0, Cli.run("extract", "--index", idx.toString(), article.toString()).code());
  }

  @Test
  void mergeLeavesOneSegmentWithEveryArticle() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("m"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(in.resolve("a" + i + ".txt"), "Gipfel " + i + "\n\nDie Nato trifft sich in Madrid.");
    }
    Path idx = tmp.resolve("merged");
    assertEquals(0, Cli.run("index", "--index", idx.toString(), in.resolve("a0.txt").toString()).code());
    assertEquals(0, Cli.run("index", "--index", idx.toString(), "--merge", in.toString()).code());
    try (java.util.stream.Stream<Path> files = Files.list(idx)) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".si")).count(), "one segment");
    }
    assertTrue(Cli.run("--index", idx.toString(), "stats").out().contains("articles:   3 "));
  }

  private static String summary(Cli.Run r) {
    return r.err().lines().filter(l -> l.startsWith("Indexed ")).findFirst().orElse(r.err());
  }

  @Test
  void indexingNothingReadableIsAnError() throws Exception {
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xC3, 0x01, (byte) 0x81});
    Cli.Run r = Cli.run("index", "--index", tmp.resolve("i").toString(), bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not valid UTF-8"), r.err());
  }

  @Test
  void indexingAgainUpdatesInsteadOfDuplicating() {
    String idx = tmp.resolve("again").toString();
    Cli.run("index", "--index", idx, Cli.seeds().toString());
    Cli.run("index", "--index", idx, Cli.seeds().toString());
    assertTrue(Cli.run("stats", "--index", idx).out().contains("articles:   5 "));
    Cli.Run rebuilt = Cli.run("index", "--rebuild", "--index", idx, Cli.seeds().resolve("000_08eac7061dea31a1.txt").toString());
    assertEquals(0, rebuilt.code());
    assertTrue(Cli.run("stats", "--index", idx).out().contains("articles:   1 "));
  }

  @Test
  void showPrintsTheArticleWithItsMetadata() throws Exception {
    Cli.Run r = Cli.run("show", "--index", index, "001_fd749e8cd4ffd004");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("id:            001_fd749e8cd4ffd004"), r.out());
    assertTrue(r.out().contains("source:        news.de"), r.out());
    assertTrue(r.out().contains("Kremlchef Putin ist derweil in Pjöngjang eingetroffen."));
    JsonNode j = JSON.readTree(Cli.run("show", "--json", "--index", index, "001_fd749e8cd4ffd004").out());
    assertEquals("001_fd749e8cd4ffd004", j.get("id").asText());
    assertTrue(j.get("text").asText().startsWith("Sicherheit ist global"));
    Cli.Run missing = Cli.run("show", "--index", index, "nope");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no article with id 'nope'"));
  }

  @Test
  void statsCountsTheArticles() throws Exception {
    Cli.Run r = Cli.run("stats", "--index", index);
    assertEquals(0, r.code());
    assertTrue(r.out().contains("articles:   5 "), r.out());
    JsonNode j = JSON.readTree(Cli.run("stats", "--json", "--index", index).out());
    assertEquals(5, j.get("articles").asInt());
  }

  @Test
  void exportPrintsOneJsonLinePerArticleInIdOrder() throws Exception {
    Cli.Run r = Cli.run("export", "--index", index);
    assertEquals(0, r.code());
    List<String> lines = r.out().lines().toList();
    assertEquals(5, lines.size());
    JsonNode first = JSON.readTree(lines.getFirst());
    assertEquals("000_08eac7061dea31a1", first.get("id").asText());
    for (String field : List.of("id", "title", "date", "speakers", "locations", "source")) {
      assertTrue(first.has(field), field);
    }
    assertFalse(first.has("text"), "export lists metadata, not the text");
  }

  @Test
  void batchAnswersEveryLineWithOneJsonLine() throws Exception {
    String input = "Verbindungsbüro Japan\n\nWie viele Raketen hat Nordkorea getestet?\n\"kaputt\n";
    Cli.Run r =
        Cli.run(false, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "batch", "--index", index, "--limit", "2");
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("003_3383e3607a9eb9dd", first.get("hits").get(0).get("id").asText());
    assertEquals(2, first.get("hits").size());
    assertEquals("Wie viele Raketen hat Nordkorea getestet?", JSON.readTree(lines.get(1)).get("query").asText());
    assertTrue(JSON.readTree(lines.get(2)).has("error"), lines.get(2));
    assertEquals(2, r.code(), "a failed query makes the exit status 2");
  }

  @Test
  void batchPlainNeverFailsOnSyntax() throws Exception {
    String input = "Wie viele Raketen (\"Langstrecke hat Japan?\nUSA AND OR NOT:\n";
    Cli.Run r =
        Cli.run(false, Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "batch", "--plain", "--index", index);
    assertEquals(0, r.code(), r.out() + r.err());
    for (String line : r.out().lines().toList()) {
      assertFalse(JSON.readTree(line).has("error"), line);
    }
    assertEquals("004_6649c5ff55181b67", JSON.readTree(r.out().lines().toList().get(0)).get("hits").get(0).get("id").asText());
  }

  @Test
  void defaultIndexIsBuiltFromSeedsOnFirstUse() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve("seeds"));
    for (Path seed : Files.list(Cli.seeds()).toList()) {
      Files.copy(seed, home.resolve("seeds").resolve(seed.getFileName()));
    }
    System.setProperty("presseschau.home", home.toString());
    Cli.Run r = Cli.run("Verbindungsbüro Japan");
    assertEquals(0, r.code(), r.err());
    assertEquals("5 articles match, showing 5", r.err().strip(), "no build talk when not on a terminal");
    assertTrue(r.out().contains("1. Die NATO dringt in Asien vor"), r.out());
    assertTrue(Files.exists(home.resolve("index-data").resolve("write.lock")) || Files.list(home.resolve("index-data")).findAny().isPresent());
    // Plain words skip picocli's parse; an option that names a default goes through it: same output.
    assertTrue(Main.plainSearch("Verbindungsbüro Japan"));
    assertEquals(r, Cli.run("--limit", "10", "Verbindungsbüro Japan"));
    assertEquals(Cli.run("Xqzzyv Wqxxz"), Cli.run("--limit", "10", "Xqzzyv Wqxxz"), "nothing found");
  }

  @Test
  void onlyPlainWordsSkipTheParser() {
    assertTrue(Main.plainSearch("Verbindungsbüro", "Japan"));
    assertFalse(Main.plainSearch(), "no words: the usage hint");
    assertFalse(Main.plainSearch("--json", "Japan"));
    assertFalse(Main.plainSearch("-n", "3", "Japan"));
    assertFalse(Main.plainSearch("@queries.txt"), "picocli reads arguments from an @file");
    assertFalse(Main.plainSearch("stats"), "may name a subcommand");
    assertFalse(Main.plainSearch("help"));
    assertFalse(Main.plainSearch(""));
    // Every registered subcommand is among the words that go through picocli.
    java.util.Set<String> registered = new java.util.HashSet<>(
        Main.commandLine(new Terminal(System.out, System.err, false, false, java.util.Map.of()), System.in, "--help")
            .getSubcommands().keySet());
    registered.add("help");
    assertEquals(registered, Main.SUBCOMMANDS);
    // The launcher picks its start-up cache by the same words.
    java.util.regex.Matcher launcher = java.util.regex.Pattern.compile("\"\"\\|-\\*\\|@\\*\\|([a-z|]+)\\)")
        .matcher(assertDoesNotThrow(() -> java.nio.file.Files.readString(java.nio.file.Path.of("../search"))));
    assertTrue(launcher.find(), "the launcher's list of command words");
    assertEquals(Main.SUBCOMMANDS, java.util.Set.of(launcher.group(1).split("\\|")));
  }
}
