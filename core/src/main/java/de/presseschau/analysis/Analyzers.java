package de.presseschau.analysis;

import de.presseschau.index.Fields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzer of every field, for the index writer and the query parser alike. */
public final class Analyzers {
  private Analyzers() {}

  /** One analyzer that dispatches on the field name. */
  public static Analyzer perField(AnalysisOptions options, Decompounder decompounder) {
    Analyzer german = new GermanNewsAnalyzer(options, options.decompound() ? decompounder : null);
    Analyzer whole = new GermanNewsAnalyzer(options.withDecompound(false), null);
    Analyzer names = new FoldingAnalyzer(true);
    return new PerFieldAnalyzerWrapper(
        german,
        Map.of(
            Fields.WHOLE, whole,
            Fields.SPELL, new FoldingAnalyzer(false),
            Fields.SPEAKER_TEXT, names,
            Fields.LOCATION_TEXT, names));
  }
}
