package de.presseschau.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.presseschau.read.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication dates: only where the text states one, never guessed. */
class DatesTest {

  private static final Extractor EXTRACTOR = Extractor.load();

  private static LocalDate date(String text) {
    return EXTRACTOR.extract(Article.of("t", "", text)).date();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Text.\\nAktualisiert: 29. Januar 2023, 12:15 Uhr              | 2023-01-29
      Veröffentlicht am 29.01.2023 um 12:15                        | 2023-01-29
      Stand: 3. Jänner 2024                                        | 2024-01-03
      Aktualisiert am 2. Sept. 2022                                | 2022-09-02
      Berlin, 29.01.2023 – Die Regierung beschloss am Mittwoch ... | 2023-01-29
      Wien, 5. März 2021. Der Kanzler sagte ...                    | 2021-03-05
      Text.\\n29. Januar 2023 um 12:15 Uhr\\nMehr Text.                | 2023-01-29
      """)
  void explicitMarkersGiveTheDate(String text, LocalDate expected) {
    assertEquals(expected, date(text.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Gipfel ist für den 29. und 30. Juni geplant.",
      "Er trat sein Amt am 10. Mai an.",
      "Am Mittwoch sagte der Minister ...",
      "Am 4. April 2023 traf er den Außenminister.",
      "Die Ampel stand am 3. Mai 2020 auf Rot.",
      "Aktualisiert: 31. Februar 2023"})
  void noDateIsInvented(String text) {
    assertNull(date(text));
  }

  @Test
  void theDateGivenWithTheArticleWins() {
    Article a = new Article("t", "", "Aktualisiert: 29. Januar 2023", LocalDate.of(2020, 1, 1), null, null);
    assertEquals(LocalDate.of(2020, 1, 1), EXTRACTOR.extract(a).date());
  }
}
