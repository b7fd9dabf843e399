package de.presseschau.extract;

import de.presseschau.read.Article;

/**
 * Finds the publication date, the speakers and the locations of an article.
 *
 * <p>Immutable and thread-safe: load once, share between threads.
 */
public final class Extractor {

  private Extractor() {}

  /** Loads the extractor with its bundled gazetteer and word lists. */
  public static Extractor load() {
    return new Extractor();
  }

  /** Extracts from the article's {@link Article#fullText() full text}. */
  public Extraction extract(Article article) {
    // Placeholder until the rule-based extractors land.
    return new Extraction(article.date(), java.util.List.of(), java.util.List.of(), java.util.List.of());
  }
}
