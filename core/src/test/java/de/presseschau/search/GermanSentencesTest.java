package de.presseschau.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanSentencesTest {

  private static List<String> sentences(String text) {
    BreakIterator it = new GermanSentences();
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end).strip());
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Am 4. Juli kam er an. Dann ging er.                 | Am 4. Juli kam er an.
          Die Sitzung am 29. und 30. Mai war lang. Danach.    | Die Sitzung am 29. und 30. Mai war lang.
          Gesetz Nr. 5 gilt, sagte Dr. Schmidt. Ende.         | Gesetz Nr. 5 gilt, sagte Dr. Schmidt.
          Städte wie z. B. Wien wachsen. Dörfer nicht.        | Städte wie z. B. Wien wachsen.
          Das war im Jahr 2023. Danach kam mehr.              | Das war im Jahr 2023.
          """)
  void ordinalsDaysAndAbbreviationsDoNotEndASentence(String text, String first) {
    assertEquals(first, sentences(text).getFirst());
    assertEquals(2, sentences(text).size(), sentences(text).toString());
  }

  @org.junit.jupiter.api.Test
  void followingAndPrecedingSkipFalseBreaksToo() {
    String text = "Am 4. Juli kam er an. Dann ging er.";
    BreakIterator it = new GermanSentences();
    it.setText(text);
    assertEquals(text.indexOf("Dann"), it.following(2));
    assertEquals(0, it.preceding(text.indexOf("Juli") + 1));
  }
}
