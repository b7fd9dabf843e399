package de.presseschau;

import de.presseschau.analysis.AnalysisOptions;
import de.presseschau.search.RankingOptions;

/**
 * How an archive analyses and ranks. The defaults are what the CLI uses; other settings exist to
 * measure each part (an index must be searched with the analysis it was built with).
 *
 * @param analysis the German analysis chain
 * @param ranking field weights and BM25 parameters
 * @param searchTimeLimit how long one search may take; a search that takes longer returns what it
 *     found so far, flagged {@link de.presseschau.search.SearchResult#partial()}
 */
public record ArchiveConfig(AnalysisOptions analysis, RankingOptions ranking, java.time.Duration searchTimeLimit) {

  /** The default time limit of a search. */
  public static final java.time.Duration SEARCH_TIME_LIMIT = java.time.Duration.ofSeconds(10);

  public ArchiveConfig {
    java.util.Objects.requireNonNull(searchTimeLimit, "searchTimeLimit");
    if (searchTimeLimit.isNegative() || searchTimeLimit.isZero()) {
      throw new IllegalArgumentException("searchTimeLimit must be positive");
    }
  }

  /** With the default search time limit. */
  public ArchiveConfig(AnalysisOptions analysis, RankingOptions ranking) {
    this(analysis, ranking, SEARCH_TIME_LIMIT);
  }

  public static ArchiveConfig defaults() {
    return new ArchiveConfig(AnalysisOptions.defaults(), RankingOptions.defaults());
  }

  public ArchiveConfig withAnalysis(AnalysisOptions a) {
    return new ArchiveConfig(a, ranking, searchTimeLimit);
  }

  public ArchiveConfig withRanking(RankingOptions r) {
    return new ArchiveConfig(analysis, r, searchTimeLimit);
  }

  public ArchiveConfig withSearchTimeLimit(java.time.Duration limit) {
    return new ArchiveConfig(analysis, ranking, limit);
  }
}
