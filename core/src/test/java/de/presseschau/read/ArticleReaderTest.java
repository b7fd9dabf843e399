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
        {"id": "d", "text": "x", "date": "29.01.2023"}
        [1, 2]
        {"id": "ok2", "text": "Auch gut."}
        """);
    List<Article> articles = read(f);
    assertEquals(List.of("ok1", "ok2"), articles.stream().map(Article::id).toList());
    assertEquals(List.of(2, 3, 4, 5), problems.stream().map(ReadProblem::line).toList());
    assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.get(0).message());
    assertEquals("missing \"id\"", problems.get(1).message());
    assertEquals("\"date\" is not YYYY-MM-DD: 29.01.2023", problems.get(2).message());
    assertEquals("not a JSON object", problems.get(3).message());
    assertTrue(problems.get(0).toString().startsWith(f + ":2: "));
  }

  @Test
  void binaryInvalidUtf8AndEmptyFilesAreSkippedAndTheRestRead() throws IOException {
    Files.write(tmp.resolve("a-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(tmp.resolve("b-latin1.txt"), "Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1));
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
}
