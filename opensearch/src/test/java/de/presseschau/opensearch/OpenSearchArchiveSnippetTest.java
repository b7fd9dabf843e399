package de.presseschau.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.search.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSearchArchiveSnippetTest {

  @Test
  void marksBecomeHighlightsOfTheTextWithoutThem() {
    Snippet s = OpenSearchArchive.snippet("Das <mark>Verbindungsbüro</mark> in <mark>Japan</mark>.");
    assertEquals("Das Verbindungsbüro in Japan.", s.text());
    assertEquals(List.of(new Snippet.Highlight(4, 19), new Snippet.Highlight(23, 28)), s.highlights());
    assertEquals("Das [Verbindungsbüro] in [Japan].", s.render("[", "]"));
  }

  @Test
  void lineBreaksBecomeOneSpaceAndTheHighlightsMoveWithThem() {
    Snippet s = OpenSearchArchive.snippet("Erster Satz.\n\nZweiter  <mark>Satz</mark>\n");
    assertEquals("Erster Satz. Zweiter Satz", s.text());
    assertEquals("Erster Satz. Zweiter [Satz]", s.render("[", "]"));
  }

  @Test
  void aFragmentOverAParagraphBreakGivesTheLinesWithAMatch() {
    List<Snippet> s = OpenSearchArchive.snippets("Titel ohne Punkt\n\nDer <mark>Satz</mark>.\nNoch <mark>einer</mark>.");
    assertEquals(List.of("Der [Satz].", "Noch [einer]."), s.stream().map(x -> x.render("[", "]")).toList());
  }

  @Test
  void anUnclosedMarkHighlightsNothing() {
    Snippet s = OpenSearchArchive.snippet("kein <mark>Ende");
    assertEquals("kein Ende", s.text());
    assertEquals(List.of(), s.highlights());
  }

  @Test
  void longIdsAreHashedIntoADocumentIdOpenSearchTakes() {
    assertEquals("a1", OpenSearchArchive.docId("a1"));
    String id = OpenSearchArchive.docId("x".repeat(600));
    assertEquals(7 + 64, id.length());
    assertEquals(id, OpenSearchArchive.docId("x".repeat(600)));
  }
}
