package de.presseschau.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path tmp;
  private final List<ReadProblem> problems = new ArrayList<>();

  private List<Article> read(Path... paths) {
    return new ArticleReader().readAll(List.of(paths), problems::add);
  }

  private Article seed(String id) {
    List<Article> articles = read(Seeds.file(id));
    assertEquals(List.of(), problems);
    return articles.getFirst();
  }

  @Test
  void headlineBecomesTitleAndIdIsTheFileName() {
    Article a = seed("000_08eac7061dea31a1");
    assertEquals("000_08eac7061dea31a1", a.id());
    assertEquals(
        "Jens Stoltenberg von der Nato kommt nach Südkorea, um die Beziehungen in Asien zu vertiefen",
        a.title());
    assertTrue(a.text().startsWith("Nato-Generalsekretär Jens Stoltenberg kam am Sonntag in Seoul an"));
  }

  @Test
  void commentPromptsAndSourceCodesAreNotBodyText() {
    Article a = seed("000_08eac7061dea31a1");
    assertFalse(a.text().contains("Leave a Reply"));
    assertFalse(a.text().contains("source-125"));
    assertTrue(a.text().contains("Aktualisiert: 29. Januar 2023, 12:15 Uhr"), "the date marker stays");
  }

  @Test
  void leadParagraphIsNotTakenForAHeadline() {
    Article a = seed("001_fd749e8cd4ffd004");
    assertEquals("", a.title());
    assertTrue(a.text().startsWith("Sicherheit ist global: Die Nato muss"));
  }

  @Test
  void shareTeasersEditorialNotesAndSignaturesAreRemovedAndTheOutletKept() {
    Article a = seed("001_fd749e8cd4ffd004");
    assertFalse(a.text().contains("Folgen Sie News.de"));
    assertFalse(a.text().contains("Redaktioneller Hinweis"));
    assertFalse(a.text().contains("kns/roj/news.de"));
    assertFalse(a.text().contains("Erfahren Sie hier mehr"));
    assertTrue(a.text().endsWith("die Moskau in seinem Krieg gegen die Ukraine einsetzen will."));
    assertEquals("news.de", a.source());
  }

  @Test
  void repeatedHeadlineReadMoreTeaserAndSectionCodeAreRemoved() {
    Article a = seed("003_3383e3607a9eb9dd");
    assertEquals("Die NATO dringt in Asien vor – Nordkorea – World", a.title());
    assertFalse(a.text().contains("Die NATO dringt in Asien vor"));
    assertFalse(a.text().contains("LESEN SIE MEHR"));
    assertFalse(a.text().contains("rrt-allgemeines"));
    assertTrue(a.text().startsWith("Die DVRK kritisierte Tokios Pläne"));
  }

  @Test
  void agencySignatureIsRemoved() {
    Article a = seed("004_6649c5ff55181b67");
    assertFalse(a.text().contains("agenturen/pclmedia"));
    assertTrue(a.text().endsWith("die Spannungen in der Region erhöhen würde."));
  }

  @Test
  void foldersAreReadRecursivelyInNameOrder() {
    List<Article> articles = read(Seeds.dir());
    assertEquals(5, articles.size());
    assertEquals(
        List.of("000_08eac7061dea31a1", "001_fd749e8cd4ffd004", "002_861196e666d19307",
            "003_3383e3607a9eb9dd", "004_6649c5ff55181b67"),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void jsonlLinesBecomeArticlesWithDateSourceAndUrl() throws IOException {
    Path f = tmp.resolve("news.jsonl");
    Files.writeString(f, """
        {"id": "a1", "title": "Gipfel in Madrid", "text": "Die Nato trifft sich in Madrid.", "date": "2022-06-29", "source": "dpa", "url": "https://example.org/a1"}

        {"id": 2, "text": "Ohne Titel."}
        """);
    List<Article> articles = read(f);
    assertEquals(List.of(), problems);
    assertEquals(2, articles.size());
    Article a = articles.getFirst();
    assertEquals("a1", a.id());
    assertEquals("Gipfel in Madrid", a.title());
    assertEquals(LocalDate.of(2022, 6, 29), a.date());
    assertEquals("dpa", a.source());
    assertEquals("https://example.org/a1", a.url());
    assertEquals("2", articles.get(1).id());
    assertNull(articles.get(1).date());
  }

  @Test
  void badJsonlLinesAreSkippedWithTheirLineNumber() throws IOException {
    Path f = tmp.resolve("mixed.jsonl");
    Files.writeString(f, """
        {"id": "ok1", "text": "Gut."}
        {"id": "broken", "text": 
        {"text": "no id"}
        {"id": "d", "text": "x", "date": "2023-02-30"}
        [1, 2]
        {"id": "ok2", "text": "Auch gut."}
        """);
    List<Article> articles = read(f);
    assertEquals(List.of("ok1", "d", "ok2"), articles.stream().map(Article::id).toList());
    assertNull(articles.get(1).date(), "an impossible date loses the date, not the article");
    assertEquals(List.of(2, 3, 4, 5), problems.stream().map(ReadProblem::line).toList());
    assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.get(0).message());
    assertEquals("missing \"id\"", problems.get(1).message());
    assertEquals("\"date\" '2023-02-30' is no real day; article kept without a date", problems.get(2).message());
    assertTrue(problems.get(2).kept());
    assertEquals("not a JSON object", problems.get(3).message());
    assertTrue(problems.get(0).toString().startsWith(f + ":2: "));
  }

  @Test
  void binaryAndEmptyFilesAreSkippedAndTheRestRead() throws IOException {
    Files.write(tmp.resolve("a-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(tmp.resolve("b-garbage.txt"), new byte[] {'a', (byte) 0xC3, 0x01, (byte) 0x81, 'b'});
    Files.writeString(tmp.resolve("c-empty.txt"), "  \n");
    Files.writeString(tmp.resolve("d-empty.jsonl"), "");
    Files.writeString(tmp.resolve("e-good.txt"), "Überschrift\n\nDer Text.");
    Files.writeString(tmp.resolve("notes.md"), "not an article");
    List<Article> articles = read(tmp);
    assertEquals(List.of("e-good"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of("binary file (not text)", "not valid UTF-8 text", "empty file", "empty file"),
        problems.stream().map(ReadProblem::message).toList());
  }

  @Test
  void legacyEncodingsAndByteOrderMarksAreReadCorrectly() throws IOException {
    Files.write(tmp.resolve("a-latin1.txt"), "Grüße aus Köln\n\nDer Text – „zitiert“.".getBytes("windows-1252"));
    Files.write(tmp.resolve("b-utf16.txt"), "Grüße aus Wien\n\nDer Text.".getBytes(StandardCharsets.UTF_16));
    Files.write(tmp.resolve("c-bom.txt"), ("\uFEFFGrüße aus Graz\n\nDer Text.").getBytes(StandardCharsets.UTF_8));
    Files.write(tmp.resolve("d.jsonl"), ("\uFEFF{\"id\": \"j\", \"title\": \"Grüße\", \"text\": \"Köln\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    List<Article> articles = read(tmp);
    assertEquals(List.of("Grüße aus Köln", "Grüße aus Wien", "Grüße aus Graz", "Grüße"),
        articles.stream().map(Article::title).toList());
    assertEquals("Der Text – „zitiert“.", articles.getFirst().text());
    assertEquals(List.of("not UTF-8; read as Windows-1252 (Latin-1)"), problems.stream().map(ReadProblem::message).toList());
    assertTrue(problems.getFirst().kept());
  }

  @Test
  void oneBadLineInTheMiddleOfAJsonlFileCostsThatLineOnly() throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (int i = 1; i <= 600; i++) {
      if (i == 501) {
        b.write(new byte[] {'{', (byte) 0xC3, 0x01, (byte) 0x81, '}', '\n'});
      } else {
        b.write(("{\"id\": \"" + i + "\", \"text\": \"Text " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Path f = Files.write(tmp.resolve("big.jsonl"), b.toByteArray());
    assertEquals(599, read(f).size());
    assertEquals(List.of(501), problems.stream().map(ReadProblem::line).toList());
  }

  @Test
  void isoDateTimesAndGermanDatesAreDays() throws Exception {
    assertEquals(LocalDate.of(2016, 3, 1), ArticleDates.parse("2016-03-01T10:00:00Z"));
    assertEquals(LocalDate.of(2016, 3, 1), ArticleDates.parse("2016-03-01 10:00"));
    assertEquals(LocalDate.of(2016, 3, 1), ArticleDates.parse("1.3.2016"));
    assertEquals(LocalDate.of(2016, 3, 1), ArticleDates.parse("2016/03/01"));
    for (String bad : List.of("0001-01-01", "+12023-05-01", "2023-02-30", "gestern")) {
      org.junit.jupiter.api.Assertions.assertThrows(ArticleReader.BadInput.class, () -> ArticleDates.parse(bad), bad);
    }
  }

  @Test
  void textIdsAreThePathInsideTheFolderSoSameNamesDoNotCollide() throws IOException {
    Files.createDirectories(tmp.resolve("a"));
    Files.createDirectories(tmp.resolve("b"));
    Files.writeString(tmp.resolve("a/bericht.txt"), "Eins\n\nDer erste Text.");
    Files.writeString(tmp.resolve("b/bericht.txt"), "Zwei\n\nDer zweite Text.");
    assertEquals(List.of("a/bericht", "b/bericht"), read(tmp).stream().map(Article::id).toList());
    assertEquals(List.of("bericht"), read(tmp.resolve("a/bericht.txt")).stream().map(Article::id).toList());
  }

  @Test
  void aLinkedFolderIsFollowedAndAnEmptyFolderIsReported() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.writeString(real.resolve("x.txt"), "Titel\n\nDer Text.");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    Files.createSymbolicLink(real.resolve("loop"), real);
    assertEquals(List.of("x"), read(link).stream().map(Article::id).toList());
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    problems.clear();
    assertEquals(List.of(), read(empty));
    assertEquals("no .txt or .jsonl files in this folder", problems.getFirst().message());
  }

  @Test
  void otherFileTypesNamedExplicitlyAreReportedAndFilesWithoutExtensionReadAsText() throws IOException {
    Path csv = Files.writeString(tmp.resolve("articles.csv"), "label;text\nPolitik;'Ein Text'");
    Path plain = Files.writeString(tmp.resolve("MELDUNG"), "Überschrift\n\nDer Text.");
    List<Article> articles = read(csv, plain);
    assertEquals(List.of("MELDUNG"), articles.stream().map(Article::id).toList());
    assertEquals("not a .txt or .jsonl file", problems.getFirst().message());
  }

  @Test
  void missingPathIsAProblemNotACrash() {
    List<Article> articles = read(tmp.resolve("nope"));
    assertTrue(articles.isEmpty());
    assertEquals("no such file or folder", problems.getFirst().message());
  }

  @Test
  void jsonlFieldsMustHaveTheirTypes() throws IOException {
    Path f = tmp.resolve("types.jsonl");
    Files.writeString(f, """
        {"id": 123, "text": "Numerische Id."}
        {"id": "t5", "text": 5}
        {"id": "o", "text": {"a": 1}}
        {"id": {"x": 1}, "text": "Objekt als Id."}
        {"id": "two", "text": "Eins."} {"id": "three", "text": "Zwei."}
        {"id": "garbage", "text": "Text."} xyz
        """ + "[".repeat(100_000) + "\n");
    List<Article> articles = read(f);
    assertEquals(List.of("123"), articles.stream().map(Article::id).toList());
    assertEquals("\"text\" must be a string, not a number", problems.get(0).message());
    assertEquals("\"text\" must be a string, not an object", problems.get(1).message());
    assertEquals("\"id\" must be a string, not an object", problems.get(2).message());
    assertTrue(problems.get(3).message().startsWith("malformed JSON"), problems.get(3).message());
    assertTrue(problems.get(4).message().startsWith("malformed JSON"), problems.get(4).message());
    assertTrue(problems.get(5).message().startsWith("malformed JSON"), problems.get(5).message());
    assertEquals(6, problems.size());
  }

  @Test
  void overlongIdsAreRefusedAndOverlongSourcesDropped() throws IOException {
    Path f = tmp.resolve("long.jsonl");
    Files.writeString(f, "{\"id\": \"" + "x".repeat(40_000) + "\", \"text\": \"Text.\"}\n"
        + "{\"id\": \"s\", \"text\": \"Text.\", \"source\": \"" + "q".repeat(40_000) + "\"}\n");
    List<Article> articles = read(f);
    assertEquals(List.of("s"), articles.stream().map(Article::id).toList());
    assertNull(articles.getFirst().source());
    assertEquals("\"id\" is longer than 1000 characters", problems.get(0).message());
    assertEquals("\"source\" longer than 200 characters dropped", problems.get(1).message());
    assertTrue(problems.get(1).kept());
  }

  @Test
  void aHugeArticleIsReadUpToTheCapWithOneNote() throws IOException {
    String sentence = "Die Nato berät in Brüssel über die Lage. ";
    Path f = tmp.resolve("dump.txt");
    Files.writeString(f, "Ein Protokoll\n\n" + sentence.repeat(5_000_000 / sentence.length()));
    List<Article> articles = read(f);
    assertEquals(1, articles.size());
    assertTrue(articles.getFirst().text().length() <= Article.MAX_TEXT_CHARS);
    assertTrue(articles.getFirst().text().length() > Article.MAX_TEXT_CHARS * 9 / 10);
    assertTrue(articles.getFirst().text().endsWith("."), "cut at a sentence end");
    assertEquals(List.of("article longer than 1,000,000 characters; indexed up to there"),
        problems.stream().map(ReadProblem::message).toList());
  }
}
