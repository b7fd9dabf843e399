package de.presseschau.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.read.Article;
import de.presseschau.search.FacetCounts;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelevanceEvalTest {

  @Test
  void passageTitleIsThePageTitleAndItsSectionHeadings() {
    Article a = GermanQuad.passage("c1", "FC_Barcelona  === Frühere Spielstätten === Als Barcelona 1899 gegründet wurde");
    assertEquals("FC Barcelona – Frühere Spielstätten", a.title());
    assertEquals("Als Barcelona 1899 gegründet wurde", a.text());
    Article b = GermanQuad.passage("c2", "MP3 MP3, Eigenschreibweise ''mp3''");
    assertEquals("MP3", b.title());
    assertEquals("MP3, Eigenschreibweise ''mp3''", b.text());
  }

  @Test
  void reciprocalRankAndRecallAtCutoffs() {
    List<String> ids = List.of("q1", "q2", "q3");
    Map<String, Set<String>> qrels = Map.of("q1", Set.of("a"), "q2", Set.of("b"), "q3", Set.of("z"));
    List<SearchResult> results =
        List.of(result("a", "b"), result("x", "y", "b"), result("a"));
    RelevanceEval.Figures f = RelevanceEval.score(ids, results, qrels, 0);
    assertEquals((1 + 1.0 / 3) / 3, f.mrr10(), 1e-9);
    assertEquals(1.0 / 3, f.r1(), 1e-9);
    assertEquals(2.0 / 3, f.r5(), 1e-9);
  }

  private static SearchResult result(String... docIds) {
    List<Hit> hits = new java.util.ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      hits.add(new Hit(i + 1, docIds[i], 1f, "", null, List.of(), List.of(), null, List.of()));
    }
    return new SearchResult("q", hits.size(), hits, FacetCounts.none(), null);
  }
}
