package de.presseschau.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own checks of the analysis chains: exact tokens with offsets and position increments
 * for the decompounding cases that highlighting depends on (a compound's parts share its offsets
 * and position), and random text through every chain (reset/end contracts, offsets that never go
 * backwards, the same tokens when the stream is reused).
 */
public class AnalyzerContractTest extends BaseTokenStreamTestCase {

  private static Decompounder decompounder;

  private static synchronized Decompounder decompounder() {
    if (decompounder == null) {
      decompounder = Decompounder.load();
    }
    return decompounder;
  }

  private static GermanNewsAnalyzer german() {
    return new GermanNewsAnalyzer(AnalysisOptions.defaults(), decompounder());
  }

  public void testCompoundPartsShareTheWholeWordsOffsetsAndPosition() throws Exception {
    try (Analyzer a = german()) {
      assertAnalyzesTo(
          a,
          "Das Verbindungsbüro in Japan",
          new String[] {"verbindungsburo", "verbindung", "buro", "japan"},
          new int[] {4, 4, 4, 23},
          new int[] {19, 19, 19, 28},
          new int[] {2, 0, 0, 2});
    }
  }

  public void testHyphenatedCompoundsAreTwoWordsWithTheirParts() throws Exception {
    try (Analyzer a = german()) {
      assertAnalyzesTo(
          a,
          "Fußball-Weltmeisterschaft",
          new String[] {"fussball", "fuss", "ball", "weltmeisterschaft", "welt", "meisterschaft"},
          new int[] {0, 0, 0, 8, 8, 8},
          new int[] {7, 7, 7, 25, 25, 25},
          new int[] {1, 0, 0, 1, 0, 0});
    }
  }

  public void testWholeWordsHaveNoParts() throws Exception {
    try (Analyzer a = new GermanNewsAnalyzer(AnalysisOptions.defaults().withDecompound(false), null)) {
      assertAnalyzesTo(a, "Verbindungsbüros in Tokio", new String[] {"verbindungsburo", "tokio"},
          new int[] {0, 20}, new int[] {16, 25}, new int[] {1, 2});
    }
  }

  public void testColonsBreakWordsWithoutMovingOffsets() throws Exception {
    try (Analyzer a = german()) {
      assertAnalyzesTo(a, "Wien:Graz", new String[] {"wien", "graz"}, new int[] {0, 5}, new int[] {4, 9});
    }
  }

  public void testRandomTextThroughTheGermanChain() throws Exception {
    try (Analyzer a = german()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomTextThroughTheOtherFieldsChains() throws Exception {
    // Whole words (no parts), the spelling vocabulary, names: what Analyzers.perField hands out.
    try (Analyzer whole = new GermanNewsAnalyzer(AnalysisOptions.defaults().withDecompound(false), null);
        Analyzer spell = new FoldingAnalyzer(false, true)) {
      checkRandomData(random(), whole, 100 * RANDOM_MULTIPLIER);
      checkRandomData(random(), spell, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testNameFoldingChain() throws Exception {
    try (Analyzer a = new FoldingAnalyzer(true)) {
      assertAnalyzesTo(a, "Aleksandar Vučić", new String[] {"aleksandar", "vucic"});
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }
}
