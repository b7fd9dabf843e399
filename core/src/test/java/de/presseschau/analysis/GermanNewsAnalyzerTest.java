package de.presseschau.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GermanNewsAnalyzerTest {
  private static final Decompounder DECOMPOUNDER = Decompounder.load();
  private final GermanNewsAnalyzer analyzer =
      new GermanNewsAnalyzer(AnalysisOptions.defaults(), DECOMPOUNDER);

  private String tokens(String text) {
    return TokenStreams.render(analyzer, text);
  }

  @Test
  void debug() {
    for (String s : new String[] {"Büro Büros Verbindungsbüro Verbindungsbüros verbindungsbuero",
        "Bürgermeister Bürgermeisters", "Sicherheitsstrategie Strategie", "Langstreckenraketen Langstreckenrakete Rakete Raketen",
        "Waffenexporte Waffenexport", "Tokios Tokio Straße Strasse", "Wie viele Einwohner hat Berlin?"}) {
      System.out.println(s + " => " + tokens(s));
    }
  }
}
