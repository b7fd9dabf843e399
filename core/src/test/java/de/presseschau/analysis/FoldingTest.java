package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding many words at once (the dictionary) gives what folding each through the filters gives. */
class FoldingTest {

  @Test
  void theShortcutForWordsThatFoldToThemselvesChangesNothing() throws IOException {
    List<String> words = new ArrayList<>(List.of("strasse", "straße", "quelle", "bauer", "trauen", "aero",
        "poesie", "zuerst", "Büro", "buero", "Œuvre", "çedille", "ı", "abc1", "x-ray", "auer", "eue"));
    try (InputStream in = Decompounder.class.getResourceAsStream("dictionary-de.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(w -> !w.isEmpty() && !w.startsWith("#")).forEach(words::add);
    }
    for (boolean accents : new boolean[] {true, false}) {
      List<String> all = Folding.foldAll(words, accents);
      for (int i = 0; i < words.size(); i++) {
        assertEquals(Folding.fold(words.get(i), accents), all.get(i), words.get(i));
      }
    }
  }

  @Test
  void onlyLowerCaseAsciiWithoutUmlautTranscriptionsFoldsToItself() {
    assertTrue(Folding.foldsToItself("verbindungsburo"));
    assertTrue(Folding.foldsToItself("zeitung"));
    assertFalse(Folding.foldsToItself("buero"));
    assertFalse(Folding.foldsToItself("Buro"));
    assertFalse(Folding.foldsToItself("straße"));
  }
}
