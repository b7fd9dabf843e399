package de.presseschau.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.presseschau.read.Article;
import de.presseschau.read.ArticleFile;
import de.presseschau.read.ArticleReader;
import de.presseschau.read.ReadProblem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes, read as a file of articles (standard input: JSONL when it starts with "{", else one
 * text article), give articles and one-line problems: never an exception, never an article over
 * the size cap.
 */
class ReaderFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void anyBytesGiveArticlesOrProblems(byte[] bytes) {
    List<Article> articles = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    new ArticleReader(new ByteArrayInputStream(bytes))
        .readFile(ArticleFile.named(ArticleFile.STDIN), ArticleReader.Sink.of(articles::add, problems::add));
    for (Article a : articles) {
      if (a.id().isBlank() || a.text().length() > Article.MAX_TEXT_CHARS || a.id().length() > Article.MAX_ID_CHARS) {
        throw new AssertionError("article out of bounds: " + a.id());
      }
    }
    for (ReadProblem p : problems) {
      if (p.message().isBlank() || p.message().contains("\n")) {
        throw new AssertionError("not one line for a user: " + p.message());
      }
    }
  }
}
