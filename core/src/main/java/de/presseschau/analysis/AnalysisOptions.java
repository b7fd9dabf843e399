package de.presseschau.analysis;

/**
 * Switches for the parts of the German analysis chain, so that each part can be measured by
 * switching it off (see the relevance evaluation).
 *
 * @param decompound split compounds into their parts ("Verbindungsbüro" also gives "büro")
 * @param stopWords drop German stop words
 * @param stem reduce words to a stem (light German stemmer)
 * @param extraStemRules the stem rules Presseschau adds to the light stemmer (Büros → Büro,
 *     Bürgermeisters → Bürgermeister)
 */
public record AnalysisOptions(
    boolean decompound, boolean stopWords, boolean stem, boolean extraStemRules) {

  /** Everything on: what the index and the CLI use. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(true, true, true, true);
  }

  public AnalysisOptions withDecompound(boolean on) {
    return new AnalysisOptions(on, stopWords, stem, extraStemRules);
  }

  public AnalysisOptions withStopWords(boolean on) {
    return new AnalysisOptions(decompound, on, stem, extraStemRules);
  }

  public AnalysisOptions withStem(boolean on) {
    return new AnalysisOptions(decompound, stopWords, on, extraStemRules);
  }

  public AnalysisOptions withExtraStemRules(boolean on) {
    return new AnalysisOptions(decompound, stopWords, stem, on);
  }
}
