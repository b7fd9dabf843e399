package de.presseschau.opensearch.plugin;

import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.analysis.Decompounder;
import de.presseschau.analysis.FoldingAnalyzer;
import de.presseschau.analysis.GermanNewsAnalyzer;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Registers Presseschau's analyzers with an OpenSearch node, so that an OpenSearch index analyses
 * exactly as the embedded one (the same classes, the same compound dictionary):
 *
 * <ul>
 *   <li>{@value #GERMAN}: the German chain with compound parts (title and body);
 *   <li>{@value #WHOLE}: the same without compound parts (whole words, phrases);
 *   <li>{@value #NAMES}: folded words of a name (speaker and place search).
 * </ul>
 */
public final class PresseschauAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** The German chain with compound splitting. */
  public static final String GERMAN = "presseschau_german";
  /** The German chain without compound parts. */
  public static final String WHOLE = "presseschau_whole";
  /** Lower-cased, folded words of names. */
  public static final String NAMES = "presseschau_names";

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    AnalysisOptions options = AnalysisOptions.defaults();
    return Map.of(
        GERMAN, provider(() -> new GermanNewsAnalyzer(options, Decompounder.load())),
        WHOLE, provider(() -> new GermanNewsAnalyzer(options.withDecompound(false), null)),
        NAMES, provider(() -> new FoldingAnalyzer(true)));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(Supplier<Analyzer> make) {
    return (IndexSettings indexSettings, org.opensearch.env.Environment env, String name, Settings settings) ->
        new Provider(indexSettings, name, settings, make.get());
  }

  /** One analyzer instance per index (analyzers are thread-safe). */
  private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {
    private final Analyzer analyzer;

    Provider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
      super(indexSettings, name, settings);
      this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
      return analyzer;
    }
  }
}
