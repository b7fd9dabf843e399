package de.presseschau.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.analysis.Decompounder;
import de.presseschau.analysis.GermanNewsAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/** Core's analysis runs on the server's Lucene: the plugin module's test class path has 10.5. */
class PresseschauAnalysisPluginTest {

  @Test
  void theTestsRunOnTheServersLucene() {
    assertEquals(10, Version.LATEST.major);
    assertEquals(5, Version.LATEST.minor, "the plugin must be tested on OpenSearch 3.8's Lucene 10.5");
  }

  @Test
  void compoundsAreSplitAndFoldedOnTheServersLucene() throws IOException {
    Analyzer german = new GermanNewsAnalyzer(AnalysisOptions.defaults(), Decompounder.load());
    assertEquals(List.of("verbindungsburo", "verbindung", "buro", "japan"), tokens(german, "Das Verbindungsbüro in Japan"));
  }

  @Test
  void theWholeWordAnalyzerKeepsCompoundsWhole() throws IOException {
    Analyzer whole = new GermanNewsAnalyzer(AnalysisOptions.defaults().withDecompound(false), null);
    assertEquals(List.of("verbindungsburo", "japan"), tokens(whole, "Das Verbindungsbüro in Japan"));
  }

  @Test
  void thePluginNamesItsThreeAnalyzers() {
    assertEquals(
        java.util.Set.of("presseschau_german", "presseschau_whole", "presseschau_names"),
        new PresseschauAnalysisPlugin().getAnalyzers().keySet());
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
