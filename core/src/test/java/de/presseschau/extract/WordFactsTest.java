package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A token's kept facts answer what the lexicon and gazetteer answer for its word, whichever is
 * asked first, and the memo behind them stays bounded.
 */
class WordFactsTest {

  private static String seeds() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path p : files.sorted().toList()) {
        all.append(Files.readString(p)).append("\n\n");
      }
    }
    return all.toString();
  }

  /** Every answer for every token of the seeds, asked of the token. */
  private static List<String> byToken(Lexicon lex, Gazetteer gaz, TokenizedText tt) {
    return tt.tokens.stream().map(t -> t.text() + " " + lex.isRole(t) + lex.isOrganisation(t) + lex.isCommonWord(t)
        + lex.isNameLike(t) + lex.isStop(t) + lex.isFirstName(t) + lex.opensName(t) + (int) lex.gender(t)
        + lex.is(WordClass.ARTICLES, t) + lex.is(WordClass.SAYING, t) + gaz.get(t) + gaz.isFirstWord(t)).toList();
  }

  /** The same, asked of the word. */
  private static List<String> byWord(Lexicon lex, Gazetteer gaz, TokenizedText tt) {
    return tt.tokens.stream().map(Token::text).map(w -> w + " " + lex.isRole(w) + lex.isOrganisation(w)
        + lex.isCommonWord(w) + lex.isNameLike(w) + lex.isStop(w) + lex.isFirstName(w) + lex.opensName(w)
        + (int) lex.gender(w) + lex.is(WordClass.ARTICLES, w) + lex.is(WordClass.SAYING, w) + gaz.get(w)
        + gaz.isFirstWord(w)).toList();
  }

  @Test
  void tokenAnswersAreTheWordsAnswersWhicheverIsAskedFirst() throws IOException {
    String text = seeds();
    Lexicon tokensFirst = Lexicon.load();
    Gazetteer gazetteer1 = Gazetteer.load(tokensFirst);
    TokenizedText tt1 = TokenizedText.of(text, tokensFirst);
    List<String> asked = byToken(tokensFirst, gazetteer1, tt1);
    assertEquals(asked, byWord(tokensFirst, gazetteer1, tt1));

    Lexicon wordsFirst = Lexicon.load();
    Gazetteer gazetteer2 = Gazetteer.load(wordsFirst);
    TokenizedText tt2 = TokenizedText.of(text, wordsFirst);
    assertEquals(asked, byWord(wordsFirst, gazetteer2, tt2));
    assertEquals(asked, byToken(wordsFirst, gazetteer2, tt2));
  }

  @Test
  void everyWordClassAnswersForATokenAsForItsWord() throws IOException {
    // One member of every class (there are more classes than a long has bits).
    StringBuilder text = new StringBuilder();
    boolean take = false;
    try (var in = Lexicon.class.getResourceAsStream("word-classes.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("[")) {
          take = true;
        } else if (take && !line.isBlank() && !line.startsWith("#")) {
          text.append(line.split(",")[0].trim()).append(' ');
          take = false;
        }
      }
    }
    Lexicon lex = Lexicon.load();
    // Each member also capitalised, as at a sentence's start ("Der" for "der").
    String members0 = text.toString();
    for (String w : members0.split(" ")) {
      if (!w.isEmpty()) {
        text.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
      }
    }
    TokenizedText tt = TokenizedText.of(text.toString(), lex);
    int members = 0;
    for (Token t : tt.tokens) {
      for (WordClass c : WordClass.values()) {
        assertEquals(lex.is(c, t.text()), lex.is(c, t), t.text() + " in " + c);
        assertEquals(lex.is(c, t.text().toLowerCase(java.util.Locale.ROOT)), lex.isLower(c, t),
            t.text() + " in lower case in " + c);
        members += lex.is(c, t) ? 1 : 0;
      }
    }
    assertTrue(members >= WordClass.values().length - 5, "members found: " + members);
  }

  @Test
  void tokensOfOneWordShareItsFacts() {
    Lexicon lex = Lexicon.load();
    TokenizedText tt = TokenizedText.of("Merkel sagte, Merkel habe recht.", lex);
    assertSame(tt.get(0).facts(), tt.get(3).facts());
    assertSame(lex.facts("Merkel"), tt.get(0).facts());
  }

  @Test
  void theMemoStopsKeepingWordsAtItsBound() {
    WordMemo<WordFacts> memo = new WordMemo<>(WordFacts::new);
    for (int i = 0; i < WordMemo.MAX_WORDS; i++) {
      memo.get("w" + i);
    }
    assertSame(memo.get("w7"), memo.get("w7"), "kept below the bound");
    assertNotSame(memo.get("past the bound"), memo.get("past the bound"), "made anew, not kept");
  }
}
