package de.presseschau;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.read.Article;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchRequest;
import de.presseschau.search.SearchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of the README, as it is printed there. */
class ReadmeExampleTest {

  @TempDir Path tmp;

  @Test
  void readmeExampleWorks() throws Exception {
    List<String> printed = new ArrayList<>();
    try (NewsArchive archive = NewsArchive.open(tmp.resolve("my-index"))) {
      archive.add(Article.of("a1", "Stoltenberg in Seoul",
          "Nato-Generalsekretär Jens Stoltenberg kam am Sonntag in Seoul an. „Wir müssen …“, sagte Stoltenberg."));
      archive.commit();
      SearchResult result = archive.search(
          SearchRequest.of("Seoul").withSpeakers(List.of("Stoltenberg")).withFacets(true).withLimit(5));
      for (Hit hit : result.hits()) {
        printed.add(hit.rank() + ". " + hit.title() + " " + hit.speakers());
        hit.snippets().forEach(s -> printed.add("   " + s.render("[", "]")));
      }
    }
    assertEquals(
        List.of("1. Stoltenberg in Seoul [Jens Stoltenberg]",
            "   Nato-Generalsekretär Jens Stoltenberg kam am Sonntag in [Seoul] an."),
        printed);
  }
}
