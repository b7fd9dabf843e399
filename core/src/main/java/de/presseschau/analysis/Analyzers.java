package de.presseschau.analysis;

import de.presseschau.index.Fields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzer of every field, for the index writer and the query parser alike. */
public final class Analyzers {
  private Analyzers() {}

  /** The terms the analyzer makes of the text for the field, in order. */
  public static java.util.List<String> terms(Analyzer analyzer, String field, String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // analysis of a String does not fail
    }
    return out;
  }

  /** One analyzer that dispatches on the field name. */
  public static Analyzer perField(AnalysisOptions options, Decompounder decompounder) {
    Analyzer names = new FoldingAnalyzer(true);
    Map<String, Analyzer> special =
        Map.of(
            Fields.SPELL, new FoldingAnalyzer(false, true),
            Fields.SPEAKER_TEXT, names,
            Fields.LOCATION_TEXT, names);
    Analyzer text =
        switch (options.chain()) {
          case STANDARD -> new StandardAnalyzer();
          case LUCENE_GERMAN -> new GermanAnalyzer();
          case PRESSESCHAU ->
              new GermanNewsAnalyzer(options, options.decompound() ? decompounder : null);
        };
    Analyzer whole =
        options.chain() == AnalysisOptions.Chain.PRESSESCHAU
            ? new GermanNewsAnalyzer(options.withDecompound(false), null)
            : text;
    Map<String, Analyzer> perField = new java.util.HashMap<>(special);
    perField.put(Fields.WHOLE, whole);
    return new PerFieldAnalyzerWrapper(text, perField);
  }
}
