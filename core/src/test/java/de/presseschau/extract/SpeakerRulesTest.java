package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.read.Article;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each speaker rule, sentence in, speaker and rule out; and the same sentence with that rule
 * switched off finds no one (what the ablation of ./evaluate speakers --ablate relies on).
 */
class SpeakerRulesTest {

  private static final Extractor ALL = Extractor.load();

  /** The rules that remove what is no speaker, rather than find one. */
  private static final EnumSet<SpeakerRule> FILTERS = EnumSet.of(SpeakerRule.NOT_A_WORD,
      SpeakerRule.SAYING_IDIOM, SpeakerRule.ADVERBIAL_FIRST, SpeakerRule.MEDIUM_CUE,
      SpeakerRule.ORGANISATION_NAME, SpeakerRule.FOREIGN_ARTICLE, SpeakerRule.CAPITALISED_ONLY_AT_START,
      SpeakerRule.UNINTRODUCED);

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nato-Generalsekretär Jens Stoltenberg sagte am Montag, die Lage sei ernst.               | SPEECH_VERB     | Jens Stoltenberg
      Die Sache ist laut Kanzleramtschef Wolfgang Schmidt erledigt.                               | LAUT            | Wolfgang Schmidt
      Wolfgang Schmidt zufolge ist die Sache erledigt.                                            | ZUFOLGE         | Wolfgang Schmidt
      Nach Angaben von Innenministerin Nancy Faeser wurden zwei Männer festgenommen.              | NACH_ANGABEN    | Nancy Faeser
      Die Lage sei ernst, so Außenministerin Annalena Baerbock.                                   | SO_INVERSION    | Annalena Baerbock
      Der senegalesische Innenminister Usman Ngom definierte das Ziel. Es gehe nicht darum, die Wanderung zu verhindern. | REPORTED_NEXT | Usman Ngom
      Nina Hagen zur neuen Heimat: „Hier bleibe ich.“                                             | OPENING_PERSON  | Nina Hagen
      """)
  void eachRuleFindsItsSpeakerAndNothingWhenOff(String sentence, SpeakerRule rule, String speaker) {
    Extraction with = ALL.extract(Article.of("t", "", sentence));
    assertEquals(List.of(speaker), with.speakerNames());
    assertEquals(rule.name(), with.speakers().getFirst().mentions().stream()
        .filter(m -> m.rule() != null).findFirst().orElseThrow().rule());
    Extraction without = ALL.withSpeakerRulesOff(EnumSet.of(rule)).extract(Article.of("t", "", sentence));
    assertEquals(List.of(), without.speakerNames());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Vereinfacht gesagt: Das Geld ist weg.                       | SAYING_IDIOM | Vereinfacht
      Also sagte der Minister, es gehe.                           | NOT_A_WORD   | Also
      Laut Guardian ist das Geld weg.                             | MEDIUM_CUE   | Guardian
      Die Inseln kosten bis zu 999.000 Euro, teilte Tchibo am Montag mit. | MEDIUM_CUE | Tchibo
      Der Marktführer Spotify besorgt sich Geld. Der Musikdienst Spotify hat kurz vor Weihnachten angekündigt, zu wachsen, sagte Spotify. | ORGANISATION_NAME | Spotify
      Obendrein unterstreicht er, dass es gehe.                   | ADVERBIAL_FIRST   | Obendrein
      Nächstes Finale, nächster Frust, meinte La Nacion.          | FOREIGN_ARTICLE   | La Nacion
      Die Lage sei ernst, berichtete Sky News am Abend.           | ORGANISATION_NAME | Sky News
      Die Jets seien bereit, erklärte der Hersteller Lockheed Martin. | ORGANISATION_NAME | Lockheed Martin
      Draußen hat er auf eine Tafel geschrieben, wann er öffnet.  | CAPITALISED_ONLY_AT_START | Draußen
      Das Spiel wurde 50 Millionen Mal geladen, erklärte Rovio.   | UNINTRODUCED      | Rovio
      Die besten Tage kommen erst noch, so Verge.                 | UNINTRODUCED      | Verge
      """)
  void eachFilterRemovesWhatIsNoSpeakerAndLetsItThroughWhenOff(String sentence, SpeakerRule filter, String word) {
    Article article = Article.of("t", "", sentence);
    assertEquals(List.of(), ALL.extract(article).speakerNames());
    // Filters overlap (UNINTRODUCED removes most of what the others do): the word passes when all
    // are off, and this filter alone removes it again.
    assertEquals(List.of(word), ALL.withSpeakerRulesOff(FILTERS).extract(article).speakerNames());
    EnumSet<SpeakerRule> othersOff = EnumSet.copyOf(FILTERS);
    othersOff.remove(filter);
    assertEquals(List.of(), ALL.withSpeakerRulesOff(othersOff).extract(article).speakerNames());
  }

  /** A name is capitalised wherever it stands; an adjective or adverb only where a clause starts. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Klug sei das nicht, sagte Verteidigungsminister Klug.                           | Klug
      """)
  void aWordThatIsAlsoCapitalisedInsideAClauseIsAName(String text, String speaker) {
    assertEquals(List.of(speaker), ALL.extract(Article.of("t", "", text)).speakerNames());
  }

  /** News introduces the people it quotes: a given name, a title, a role, or "er"/"sie" later. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Der Tourismusberater Prodinger rechnet mit Verlusten. Das sei viel, sagte Prodinger.       | Prodinger
      Das Team um Erez Shmueli hat es untersucht. Sie seien Freunde, so Shmueli.                  | Shmueli
      Die Regeln machen andere, sagte Frau Barth.                                                | Barth
      Das ist nicht unser Weg, sagte Strache.                                                     | Strache
      """)
  void aOneWordSpeakerTheArticleIntroducesAsAPersonStays(String text, String speaker) {
    assertEquals(List.of(speaker), ALL.extract(Article.of("t", "", text)).speakerNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Die Gründerin Guo Jianmei schloss das Zentrum. Das Gesetz sei gut, sagte Guo.                                       | Guo Jianmei | Guo
      Man lasse sich nicht auseinanderdividieren, erklärte sein Vorsitzender Romani Rose.                                 | Romani Rose | Romani
      """)
  void aOneWordSpeakerTakesTheFullNameTheArticleGivesAfterARole(String text, String full, String word) {
    assertEquals(List.of(full), ALL.extract(Article.of("t", "", text)).speakerNames());
    assertEquals(List.of(word), ALL.withSpeakerRulesOff(EnumSet.of(SpeakerRule.FULL_NAME_IN_ARTICLE))
        .extract(Article.of("t", "", text)).speakerNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Die Gründerin Guo Jianmei und die Anwältin Guo Xiulan widersprechen. Das Gesetz sei gut, sagte Guo. | Guo
      Das sei falsch, erklärte Präsident Aslan Montag vor der Presse.                                      | Aslan
      """)
  void aOneWordSpeakerStaysWhenTheArticleGivesNoSingleFullName(String text, String word) {
    assertEquals(List.of(word), ALL.extract(Article.of("t", "", text)).speakerNames());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Eine Studie des Islamwissenschafters Ednan Aslan sorgt für Aufregung. Er sei missverstanden worden, erklärte Aslan. | Ednan Aslan
      """)
  void aScientistNamedByTheFieldIsARoleBeforeTheName(String text, String speaker) {
    assertEquals(List.of(speaker), ALL.extract(Article.of("t", "", text)).speakerNames());
  }
}
