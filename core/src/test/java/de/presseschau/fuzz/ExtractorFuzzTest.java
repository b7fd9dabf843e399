package de.presseschau.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.presseschau.extract.Entity;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Extractor;
import de.presseschau.extract.Mention;
import de.presseschau.read.Article;
import java.util.List;

/**
 * Any title and text extract without an exception, and every mention points at the text it
 * quotes. Seeded with German sentences (the inputs folder) so that the rules get exercised.
 */
class ExtractorFuzzTest {

  private static final Extractor EXTRACTOR = Extractor.load();

  @FuzzTest(maxDuration = "15s")
  void anyTextExtractsWithMentionsInsideIt(byte[] bytes) {
    // UTF-8 text; its first line is the title (the seed inputs are plain German text files).
    String all = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int nl = all.indexOf('\n');
    String title = nl < 0 ? "" : all.substring(0, nl);
    String text = nl < 0 ? all : all.substring(nl + 1);
    if (text.isBlank()) {
      return;
    }
    Article article = Article.of("f", title, text);
    Extraction x = EXTRACTOR.extract(article);
    String full = article.fullText();
    for (List<Entity> kind : List.of(x.speakers(), x.locations(), x.sources())) {
      for (Entity e : kind) {
        for (Mention m : e.mentions()) {
          if (m.start() < 0 || m.end() > full.length() || m.start() > m.end()
              || !full.substring(m.start(), m.end()).equals(m.text())) {
            throw new AssertionError("mention " + m + " does not point into the text");
          }
        }
      }
    }
  }
}
