package de.presseschau.cli.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.presseschau.search.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitPrinterTest {

  @Test
  void aLongSnippetIsCutAroundItsMatchWithOneEllipsisAtEachCut() {
    String text = "Anfang " + "viel Text davor ".repeat(30) + "Treffer" + " und danach noch mehr Text".repeat(30);
    int at = text.indexOf("Treffer");
    Snippet cut = HitPrinter.cut(new Snippet(text, List.of(new Snippet.Highlight(at, at + 7))));
    assertTrue(cut.text().startsWith("… ") && cut.text().endsWith(" …"), cut.text());
    assertEquals("Treffer", cut.text().substring(cut.highlights().getFirst().start(), cut.highlights().getFirst().end()));
  }

  @Test
  void noSecondEllipsisWhereTheTextHasOne() {
    String text = "… " + "Wort ".repeat(100) + "Treffer …" + " Rest".repeat(100);
    int at = text.indexOf("Treffer");
    String shown = HitPrinter.cut(new Snippet(text, List.of(new Snippet.Highlight(at, at + 7)))).text();
    assertFalse(shown.contains("… …"), shown);
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    assertEquals("a\uFFFD[31mb\uFFFDc\nd", Printable.clean("a\u001b[31mb\u0007c\nd"));
  }
}
